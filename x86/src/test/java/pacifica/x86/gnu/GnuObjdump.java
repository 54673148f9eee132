package pacifica.x86.gnu;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * GNU objdump as a disassembly oracle for raw byte blobs.
 *
 * <p>The command line is {@code objdump -D -z -b binary -m ARCH --adjust-vma=VMA --insn-width=15 -w
 * [-M intel,...] FILE}. Why each flag:
 * <ul>
 *   <li>{@code -z}: without it objdump collapses runs of zero bytes into a line "{@code ...}", which
 *       would swallow instructions such as {@code 00 00} ({@code add %al,(%rax)}).
 *   <li>{@code --insn-width=15 -w}: all bytes of an instruction (at most 15) stay on one line;
 *       by default objdump wraps after 7 bytes onto an address-only continuation line.
 *   <li>{@code -m}: {@code i386:x86-64} for 64-bit, {@code i386} for 32-bit and {@code i8086} for
 *       16-bit ({@code -m i386 -M i8086} is equivalent; {@code -M addr16,data16} also works).
 * </ul>
 *
 * <p>Things objdump 2.40 does that callers comparing text should know:
 * <ul>
 *   <li>Undecodable bytes print as {@code (bad)}; the line's bytes say how many objdump consumed
 *       (e.g. 64-bit {@code 06} is a one-byte (bad), {@code 0f 04} a two-byte one).
 *   <li>An instruction cut off by the end of the blob prints as {@code .byte 0xc4}.
 *   <li>Prefixes objdump cannot attach print on their own line: a REX byte followed by another
 *       prefix prints as {@code rex.W} (or {@code rex}, {@code rex.WB}, ...) alone; 15+ byte prefix
 *       runs print as e.g. {@code data16 data16 ... cs (bad)}.
 *   <li>Unused prefixes are spelled in front of the mnemonic: {@code rex.W nop},
 *       {@code lock nop}, {@code data16 addr32 rex.W call 0x44}, {@code es nop}.
 *   <li>RIP-relative operands get a comment: {@code lea    0x10(%rip),%rax        # 0x401018}.
 *   <li>Branch targets are absolute (they include the VMA); in 16-bit mode they are not wrapped
 *       to 64 KiB (a call at 0xfffe prints {@code call   0x10001}).
 *   <li>{@code 9b} (fwait) is merged into the following x87 instruction, e.g.
 *       {@code 9b 9b df e0} is one line {@code fstsw  %ax}.
 *   <li>A binary blob has no symbols, so no {@code <sym+off>} annotations appear.
 * </ul>
 */
public final class GnuObjdump {

    public enum Syntax { ATT, INTEL }

    /**
     * One instruction line.
     *
     * @param address the instruction's address (VMA-adjusted)
     * @param bytes   the bytes objdump consumed for this line
     * @param text    everything after the bytes column, trailing whitespace stripped, internal
     *                spacing verbatim (objdump pads the mnemonic to 6 columns plus one space)
     */
    public record Line(long address, byte[] bytes, String text) {

        public int length() {
            return bytes.length;
        }

        public boolean isBad() {
            return text.equals("(bad)") || text.endsWith(" (bad)");
        }

        /** The bytes as lower-case hex pairs separated by spaces, as objdump prints them. */
        public String hex() {
            return HexFormat.ofDelimiter(" ").formatHex(bytes);
        }

        // Records compare arrays by identity; lines are compared by content in tests.
        @Override
        public boolean equals(Object o) {
            return o instanceof Line l && l.address == address && Arrays.equals(l.bytes, bytes)
                    && l.text.equals(text);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(address, Arrays.hashCode(bytes), text);
        }

        @Override
        public String toString() {
            return Long.toHexString(address) + ": " + hex() + "\t" + text;
        }
    }

    /** Padding between encodings laid out at a stride: one-byte NOPs, easy to tell apart. */
    public static final byte PAD = (byte) 0x90;

    private GnuObjdump() {}

    /** Disassembles {@code code} loaded at {@code vma} in 16-, 32- or 64-bit mode. */
    public static List<Line> disassemble(byte[] code, int bits, long vma, Syntax syntax) throws IOException {
        return disassemble(code, bits, vma, syntax, List.of());
    }

    /**
     * As {@link #disassemble(byte[], int, long, Syntax)}, with further {@code -M} options such as
     * {@code suffix}, {@code amd64} or {@code intel64}.
     */
    public static List<Line> disassemble(byte[] code, int bits, long vma, Syntax syntax, List<String> options)
            throws IOException {
        List<Line> lines = new ArrayList<>();
        run(code, bits, vma, syntax, options, lines::add);
        return lines;
    }

    /**
     * Disassembles many encodings in one objdump run, one per slot: encoding {@code i} is placed at
     * address {@code i * stride} (the VMA is 0) and the rest of its slot is filled with {@link #PAD}.
     *
     * <p>The map is keyed by <b>slot index</b> {@code i} (not by address), iterates in slot order and
     * has an entry for every slot. The value is objdump's line starting at the slot's first byte; its
     * bytes may run into the padding when objdump decoded the encoding as longer than it is (for a
     * lone {@code 66} that is {@code 66 90 xchg %ax,%ax}). The value is <b>null</b> when objdump's
     * decoding of an earlier slot ran across this slot's start, so that no line starts there; such
     * slots are also reported on stderr. A stride of at least the longest encoding plus one is
     * sensible; 16 always works for valid x86 encodings.
     */
    public static Map<Long, Line> disassembleAtStride(List<byte[]> encodings, int bits, Syntax syntax, int stride)
            throws IOException {
        if (stride <= 0) {
            throw new IllegalArgumentException("stride must be positive: " + stride);
        }
        int n = encodings.size();
        long total = (long) n * stride;
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many encodings for one blob: " + n);
        }
        byte[] blob = new byte[(int) total];
        Arrays.fill(blob, PAD);
        for (int i = 0; i < n; i++) {
            byte[] enc = encodings.get(i);
            if (enc.length > stride) {
                throw new IllegalArgumentException("encoding " + i + " has " + enc.length
                        + " bytes, more than the stride " + stride);
            }
            System.arraycopy(enc, 0, blob, i * stride, enc.length);
        }

        Line[] atSlot = new Line[n];
        run(blob, bits, 0, syntax, List.of(), line -> {
            if (line.address() % stride == 0) {
                atSlot[(int) (line.address() / stride)] = line;
            }
        });

        Map<Long, Line> result = new LinkedHashMap<>(n * 2);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            result.put((long) i, atSlot[i]);
            if (atSlot[i] == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            System.err.println("GnuObjdump.disassembleAtStride: " + missing.size() + " of " + n
                    + " slots have no line at their start (an earlier line ran across them): slots "
                    + (missing.size() > 20 ? missing.subList(0, 20) + "..." : missing));
        }
        return Collections.unmodifiableMap(result);
    }

    /** The objdump command line for a blob in {@code file}. */
    static List<String> command(Path file, int bits, long vma, Syntax syntax, List<String> options) {
        List<String> argv = new ArrayList<>(List.of("objdump", "-D", "-z", "-b", "binary", "-m", machine(bits),
                "--adjust-vma=0x" + Long.toUnsignedString(vma, 16), "--insn-width=15", "-w"));
        List<String> m = new ArrayList<>();
        if (syntax == Syntax.INTEL) {
            m.add("intel");
        }
        m.addAll(options);
        if (!m.isEmpty()) {
            argv.add("-M");
            argv.add(String.join(",", m));
        }
        argv.add(file.toString());
        return argv;
    }

    static String machine(int bits) {
        return switch (bits) {
            case 64 -> "i386:x86-64";
            case 32 -> "i386";
            case 16 -> "i8086";
            default -> throw new IllegalArgumentException("bits must be 16, 32 or 64: " + bits);
        };
    }

    private static void run(byte[] code, int bits, long vma, Syntax syntax, List<String> options,
                            Consumer<Line> sink) throws IOException {
        machine(bits); // validate before doing any work
        if (code.length == 0) {
            return;
        }
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path bin = dir.resolve("code.bin");
            Path out = dir.resolve("out.txt");
            Files.write(bin, code);
            GnuTools.run(command(bin, bits, vma, syntax, options), null, GnuTools.DEFAULT_TIMEOUT, true,
                    dir.path(), out);
            try (BufferedReader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
                parse(reader, sink);
            }
        }
    }

    /**
     * Parses objdump's listing, passing each instruction line to {@code sink} in address order.
     * Instruction lines look like {@code "   1000:\t48 89 d8    \tmov    %rbx,%rax"}: hex address,
     * colon, tab, the bytes column padded with spaces, tab, text. A line with an address and bytes
     * but no text is a continuation of the previous instruction's bytes (objdump wraps long
     * instructions that way when the byte column is narrow); its bytes are appended. Everything
     * else (headers, blank lines, "{@code ...}" gap markers) is ignored.
     */
    static void parse(BufferedReader reader, Consumer<Line> sink) throws IOException {
        Line pending = null;
        String s;
        while ((s = reader.readLine()) != null) {
            int colon = s.indexOf(':');
            if (colon <= 0 || colon + 1 >= s.length() || s.charAt(colon + 1) != '\t') {
                continue;
            }
            long address = parseAddress(s, colon);
            if (address == -1 && !isAllOnes(s, colon)) {
                continue; // not an address, e.g. a header line
            }
            int tab = s.indexOf('\t', colon + 2);
            String byteColumn = tab < 0 ? s.substring(colon + 2) : s.substring(colon + 2, tab);
            byte[] bytes = parseBytes(byteColumn);
            if (bytes == null) {
                continue;
            }
            if (tab < 0) {
                if (pending != null) {
                    pending = new Line(pending.address(), concat(pending.bytes(), bytes), pending.text());
                }
                continue;
            }
            if (pending != null) {
                sink.accept(pending);
            }
            pending = new Line(address, bytes, s.substring(tab + 1).stripTrailing());
        }
        if (pending != null) {
            sink.accept(pending);
        }
    }

    /** The hex number before the colon, or -1 when it is not one. */
    private static long parseAddress(String s, int colon) {
        int start = 0;
        while (start < colon && s.charAt(start) == ' ') {
            start++;
        }
        if (start == colon || colon - start > 16) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < colon; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            value = (value << 4) | d;
        }
        return value;
    }

    /** Tells a genuine address 0xffffffffffffffff apart from parseAddress's failure value. */
    private static boolean isAllOnes(String s, int colon) {
        return s.substring(0, colon).strip().equalsIgnoreCase("ffffffffffffffff");
    }

    /** Space-separated hex pairs, or null when the column is anything else. */
    private static byte[] parseBytes(String column) {
        String trimmed = column.strip();
        if (trimmed.isEmpty() || (trimmed.length() + 1) % 3 != 0) {
            return null;
        }
        byte[] bytes = new byte[(trimmed.length() + 1) / 3];
        for (int i = 0; i < bytes.length; i++) {
            int hi = Character.digit(trimmed.charAt(3 * i), 16);
            int lo = Character.digit(trimmed.charAt(3 * i + 1), 16);
            if (hi < 0 || lo < 0 || (3 * i + 2 < trimmed.length() && trimmed.charAt(3 * i + 2) != ' ')) {
                return null;
            }
            bytes[i] = (byte) (hi << 4 | lo);
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
