package pacifica.x86.gnu;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU as as an encoding oracle: assembles many one-instruction lines in a single run and returns
 * each line's bytes.
 *
 * <p>All lines go into one source file, each between labels {@code .Ls<i>} and {@code .Le<i>} in
 * {@code .text}; a table of {@code .long .Le<i>-.Ls<i>} in section {@code .pacifica_lens} records
 * each line's length. Label differences within one section are assembly-time constants (computed
 * after branch relaxation), so that table needs no relocations. Both sections are extracted with
 * {@code objcopy -O binary --only-section=...} and {@code .text} is sliced by the lengths.
 *
 * <p>Behaviour callers must know:
 * <ul>
 *   <li>{@code as} deletes its output when any line has an error. Lines with errors (reported as
 *       {@code in.s:LINE: Error: ...}) are therefore dropped and the rest assembled again, so every
 *       line gets a result.
 *   <li>An operand that needs a relocation gets placeholder bytes from {@code as} (for
 *       {@code jmp 0x1000} in 64-bit mode: {@code e9 00 00 00 00} plus an R_X86_64_PC32 against
 *       *ABS*). Such bytes are no oracle, so those lines come back with null bytes and an error
 *       naming the relocation. Write branch targets relative to {@code .} ({@code jmp .+0x10}) to
 *       get real bytes.
 *   <li>{@code as} picks branch sizes by relaxation ({@code jmp .+0x10} becomes {@code eb 0e}).
 *   <li>Warnings do not fail a line ({@code fadd} assembles to {@code faddp %st,%st(1)} with the
 *       warning "translating to `faddp'"); they are not reported.
 *   <li>16-bit code is assembled with {@code --32} and {@code .code16}.
 *   <li>A line holding just a prefix ({@code lock}) assembles to that prefix byte alone.
 * </ul>
 * Lines must not contain newlines or change sections; {@code ;} separates statements as usual.
 */
public final class GnuAs {

    /**
     * The outcome for one input line: {@code bytes} is null exactly when {@code error} is not, which
     * is when {@code as} rejected the line or its encoding needed a relocation.
     */
    public record Result(String source, byte[] bytes, String error) {

        public boolean ok() {
            return bytes != null;
        }

        public String hex() {
            return bytes == null ? null : HexFormat.ofDelimiter(" ").formatHex(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result r && r.source.equals(source) && Arrays.equals(r.bytes, bytes)
                    && java.util.Objects.equals(r.error, error);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(source, Arrays.hashCode(bytes), error);
        }

        @Override
        public String toString() {
            return source + " => " + (bytes != null ? hex() : "error: " + error);
        }
    }

    private static final String SOURCE = "in.s";
    private static final String LENGTHS_SECTION = ".pacifica_lens";
    private static final Pattern MESSAGE = Pattern.compile("^" + Pattern.quote(SOURCE) + ":(\\d+): Error: (.*)$");

    private GnuAs() {}

    /** Assembles each AT&T-syntax line on its own, in 16-, 32- or 64-bit mode. */
    public static List<Result> assembleEach(List<String> instructions, int bits) throws IOException {
        return assembleEach(instructions, bits, GnuObjdump.Syntax.ATT);
    }

    /** As {@link #assembleEach(List, int)}; INTEL means {@code .intel_syntax noprefix}. */
    public static List<Result> assembleEach(List<String> instructions, int bits, GnuObjdump.Syntax syntax)
            throws IOException {
        for (int i = 0; i < instructions.size(); i++) {
            String line = instructions.get(i);
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("line " + i + " contains a line break: " + line);
            }
        }
        Result[] results = new Result[instructions.size()];
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < instructions.size(); i++) {
            remaining.add(i);
        }
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            // Each round either succeeds or removes at least one failing line, so this terminates;
            // in practice the second round succeeds.
            while (!remaining.isEmpty()) {
                List<String> batch = remaining.stream().map(instructions::get).toList();
                Map<Integer, String> errors = new TreeMap<>();
                byte[][] bytes = assembleOnce(dir.path(), batch, bits, syntax, errors);
                if (bytes != null) {
                    for (int j = 0; j < batch.size(); j++) {
                        int index = remaining.get(j);
                        String error = errors.get(j);
                        results[index] = new Result(batch.get(j), error == null ? bytes[j] : null, error);
                    }
                    break;
                }
                List<Integer> next = new ArrayList<>();
                for (int j = 0; j < batch.size(); j++) {
                    int index = remaining.get(j);
                    String error = errors.get(j);
                    if (error != null) {
                        results[index] = new Result(batch.get(j), null, error);
                    } else {
                        next.add(index);
                    }
                }
                remaining = next;
            }
        }
        return Arrays.asList(results);
    }

    /**
     * One {@code as} run over {@code lines}. Returns every line's bytes, or null when {@code as}
     * failed, in which case {@code errors} holds the messages by line index. On success,
     * {@code errors} receives the lines whose bytes need a relocation.
     */
    private static byte[][] assembleOnce(Path dir, List<String> lines, int bits, GnuObjdump.Syntax syntax,
                                         Map<Integer, String> errors) throws IOException {
        Source source = Source.build(lines, bits, syntax);
        Files.writeString(dir.resolve(SOURCE), source.text(), StandardCharsets.UTF_8);
        String asFlag = bits == 64 ? "--64" : "--32";
        GnuTools.ProcessResult as = GnuTools.run(List.of("as", asFlag, "-o", "in.o", SOURCE), null,
                GnuTools.DEFAULT_TIMEOUT, false, dir, null);
        if (!as.ok()) {
            collectErrors(as.stderr(), source, errors);
            if (errors.isEmpty()) {
                throw new IOException("as failed without a line-numbered error:\n" + as.stderr().strip());
            }
            return null;
        }

        GnuTools.run(List.of("objcopy", "-O", "binary", "--only-section=.text", "in.o", "text.bin"), null,
                GnuTools.DEFAULT_TIMEOUT, true, dir, null);
        GnuTools.run(List.of("objcopy", "-O", "binary", "--only-section=" + LENGTHS_SECTION, "in.o", "lens.bin"),
                null, GnuTools.DEFAULT_TIMEOUT, true, dir, null);
        byte[] text = Files.readAllBytes(dir.resolve("text.bin"));
        ByteBuffer lens = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("lens.bin"))).order(ByteOrder.LITTLE_ENDIAN);
        if (lens.remaining() != 4 * lines.size()) {
            throw new IOException("length table has " + lens.remaining() + " bytes, expected " + 4 * lines.size());
        }
        int[] starts = new int[lines.size() + 1];
        byte[][] result = new byte[lines.size()][];
        for (int j = 0; j < lines.size(); j++) {
            int len = lens.getInt();
            starts[j + 1] = starts[j] + len;
            if (len < 0 || starts[j + 1] > text.length) {
                throw new IOException("length table inconsistent with .text at line " + j + ": " + lines.get(j));
            }
            result[j] = Arrays.copyOfRange(text, starts[j], starts[j + 1]);
        }
        if (starts[lines.size()] != text.length) {
            throw new IOException(".text has " + text.length + " bytes but the lengths add up to "
                    + starts[lines.size()]);
        }
        markRelocations(dir, starts, result, errors);
        return result;
    }

    /** Maps {@code in.s:LINE: Error: msg} back to line indexes; several messages for one line are joined. */
    private static void collectErrors(String stderr, Source source, Map<Integer, String> errors) {
        for (String message : stderr.split("\n")) {
            Matcher m = MESSAGE.matcher(message);
            if (m.matches()) {
                int index = source.indexOfLine(Integer.parseInt(m.group(1)));
                if (index >= 0) {
                    errors.merge(index, m.group(2), (a, b) -> a + "; " + b);
                }
            }
        }
    }

    /**
     * Finds relocations against {@code .text} with {@code objdump -r} and turns the lines they fall
     * in into errors, since their bytes hold placeholders rather than the final encoding.
     */
    private static void markRelocations(Path dir, int[] starts, byte[][] bytes, Map<Integer, String> errors)
            throws IOException {
        String listing = GnuTools.run(List.of("objdump", "-r", "-j", ".text", "in.o"), null,
                GnuTools.DEFAULT_TIMEOUT, true, dir, null).stdout();
        boolean inTable = false;
        for (String line : listing.split("\n")) {
            if (line.startsWith("OFFSET")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split("\\s+", 3);
            long offset = Long.parseUnsignedLong(f[0], 16);
            int j = Arrays.binarySearch(starts, (int) offset);
            j = j >= 0 ? j : -j - 2; // the line whose range contains the offset
            while (j + 1 < starts.length - 1 && starts[j + 1] == starts[j]) {
                j++; // skip empty lines that share the start offset
            }
            String what = "needs relocation " + f[1] + (f.length > 2 ? " " + f[2] : "") + " at +"
                    + (offset - starts[j]) + "; as left placeholder bytes "
                    + HexFormat.ofDelimiter(" ").formatHex(bytes[j])
                    + " (write targets relative to '.', e.g. jmp .+0x10)";
            errors.merge(j, what, (a, b) -> a + "; " + b);
        }
    }

    /** The generated source and where each input line landed in it. */
    private record Source(String text, int firstLine, int count) {

        /** Lines before the first instruction block: mode directives and .text. */
        static Source build(List<String> lines, int bits, GnuObjdump.Syntax syntax) {
            String mode = switch (bits) {
                case 64 -> ".code64";
                case 32 -> ".code32";
                case 16 -> ".code16";
                default -> throw new IllegalArgumentException("bits must be 16, 32 or 64: " + bits);
            };
            StringBuilder sb = new StringBuilder(lines.size() * 64);
            sb.append(syntax == GnuObjdump.Syntax.INTEL ? ".intel_syntax noprefix\n" : ".att_syntax prefix\n");
            sb.append(".text\n").append(mode).append('\n');
            int firstLine = 4; // the line number of the first ".Ls0:"
            for (int i = 0; i < lines.size(); i++) {
                sb.append(".Ls").append(i).append(":\n").append(lines.get(i)).append("\n.Le").append(i).append(":\n");
            }
            sb.append(".section ").append(LENGTHS_SECTION).append(",\"a\"\n");
            for (int i = 0; i < lines.size(); i++) {
                sb.append(".long .Le").append(i).append("-.Ls").append(i).append('\n');
            }
            return new Source(sb.toString(), firstLine, lines.size());
        }

        /**
         * The input index a source line number belongs to: its three-line block in .text, or its
         * entry in the length table; -1 for the header lines.
         */
        int indexOfLine(int lineNumber) {
            int inBlocks = lineNumber - firstLine;
            if (inBlocks < 0) {
                return -1;
            }
            if (inBlocks < 3 * count) {
                return inBlocks / 3;
            }
            int inTable = inBlocks - 3 * count - 1; // minus the .section line
            return inTable >= 0 && inTable < count ? inTable : -1;
        }
    }
}
