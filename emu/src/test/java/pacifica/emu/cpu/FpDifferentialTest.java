package pacifica.emu.cpu;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pacifica.x86.gnu.GnuTools;

/**
 * Differential testing of the x87 and SSE forms against the host CPU: random sequences from
 * {@link FpCaseGenerator} run natively in {@code harness.c} built with -DFX_STATE (state loaded with FXRSTOR64, saved with
 * FXSAVE64 or taken from the signal context) and in the emulator; general registers, flags, faults,
 * scratch memory and FXSAVE bytes 0-415 (x87 control/status/tags, the last-instruction pointers
 * FOP/FIP/FDP, ST0-7, MXCSR, XMM0-15) must agree bit for bit. Sequences with a transcendental instruction are
 * counted apart: the host is not correctly rounded, so their agreement rate is reported, not required.
 *
 * <p>{@code -Dpacifica.fuzz.count=N} sets the number of sequences (default 100,000);
 * {@code -Dpacifica.fuzz.seed=S} the seed; {@code -Dpacifica.fuzz.forms=DPPS,DPPD} restricts the
 * forms to those mnemonics.
 */
class FpDifferentialTest {


    @Test
    void x87AndSseMatchHostCpu() throws IOException {
        int count = Integer.getInteger("pacifica.fuzz.count", 100_000);
        long seed = Long.getLong("pacifica.fuzz.seed", 20261122L);
        String only = System.getProperty("pacifica.fuzz.forms", "");
        Set<String> names = Set.of(only.split(","));
        run(new FpCaseGenerator(seed, f -> only.isEmpty() || names.contains(f.mnemonic)), count);
    }

    /** Runs {@code count} sequences from {@code gen} natively and in the emulator; fails on any difference. */
    static void run(FpCaseGenerator gen, int count) throws IOException {
        GnuTools.assumeTool("gcc");
        assertTrue(System.getProperty("os.arch").matches("amd64|x86_64"), "needs an x86-64 host");
        List<FpCaseGenerator.Case> cases = new ArrayList<>();
        while (cases.size() < count) {
            FpCaseGenerator.Case c = gen.generate();
            if (c != null) cases.add(c);
        }
        Set<Integer> covered = new HashSet<>();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        int failed = 0, trans = 0, transAgree = 0;
        Map<String, int[]> transPerForm = new LinkedHashMap<>();
        EmuSide emu = new EmuSide();
        emu.cpu.cr4 |= 0x600; // OSFXSR, OSXMMEXCPT: as Linux runs user programs (unmasked SIMD exceptions raise #XM)
        for (int from = 0; from < cases.size(); from += 5_000) {
            List<FpCaseGenerator.Case> batch = cases.subList(from, Math.min(cases.size(), from + 5_000));
            List<String> nativeLines = runNative(batch);
            for (int k = 0; k < batch.size(); k++) {
                FpCaseGenerator.Case c = batch.get(k);
                for (int id : c.formIds()) covered.add(id);
                loadImage(emu.cpu, c.fx());
                String e = emu.run(c.diffCase());
                e = insertImage(e, saveImage(emu.cpu));
                String n = nativeLines.get(k);
                String why = compare(n, e, c);
                if (c.transcendental()) {
                    trans++;
                    if (why == null) transAgree++;
                    String key = c.label().replaceAll("\\[[^]]*\\]", "").replaceAll("\\s+", " ").trim();
                    int[] t = transPerForm.computeIfAbsent(key.contains(";") ? "sequence" : key, x -> new int[2]);
                    t[0]++;
                    if (why == null) t[1]++;
                    continue;
                }
                if (why != null) {
                    failed++;
                    List<String> l = failures.computeIfAbsent(c.label(), x -> new ArrayList<>());
                    if (l.size() < 2) {
                        l.add(why + "\n      code " + c.diffCase().hex() + " in " + hex(c.fx(), 416) + memoryOperands(c)
                                + "\n      native " + n + "\n      emu    " + e);
                    }
                }
            }
        }
        System.out.printf("fp differential: %d sequences over %d of %d forms; %d mismatching sequences (%d labels); "
                        + "transcendental sequences %d, agreeing %d (%.1f%%)%n",
                cases.size(), covered.size(), gen.forms.size(), failed, failures.size(), trans, transAgree,
                trans == 0 ? 0.0 : 100.0 * transAgree / trans);
        transPerForm.forEach((f, t) -> System.out.printf("  transcendental %s: %d/%d agree%n", f, t[1], t[0]));
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            failures.forEach((label, l) -> {
                sb.append(label).append('\n');
                l.forEach(x -> sb.append("    ").append(x).append('\n'));
            });
            System.out.println(sb.substring(0, Math.min(sb.length(), 200_000)));
            fail(failed + " of " + cases.size() + " sequences differ from the host CPU:\n" + sb.substring(0, Math.min(sb.length(), 20000)));
        }
    }

    /** The initial 16 bytes at each memory operand of the case's code (for reading a failure). */
    private static String memoryOperands(FpCaseGenerator.Case c) {
        StringBuilder sb = new StringBuilder();
        byte[] code = c.code(), scratch = c.diffCase().scratch();
        pacifica.x86.decode.Decoder dec = new pacifica.x86.decode.Decoder();
        pacifica.x86.decode.Instruction insn = new pacifica.x86.decode.Instruction();
        for (int at = 0; at < code.length; ) {
            int len = dec.decode(code, at, code.length, NativeHarness.CODE + at, 64, insn);
            if (insn.form == null || len <= 0) break;
            int off = (int) (insn.disp - NativeHarness.SCRATCH);
            if (insn.isMemory && off >= 0 && off + 16 <= scratch.length) {
                sb.append(" mem@").append(Integer.toHexString(off)).append('=');
                for (int k = 15; k >= 0; k--) sb.append(String.format("%02x", scratch[off + k] & 0xFF));
            }
            at += len;
        }
        return sb.toString();
    }

    /** Null when the native and emulated result lines agree, else what differs. */
    static String compare(String nativeLine, String emuLine, FpCaseGenerator.Case c) {
        String[] n = nativeLine.split(" ");
        String[] e = emuLine.split(" ");
        if (!n[0].equals(e[0])) return "outcome " + n[0] + " vs " + e[0];
        if (n[0].equals("F")) {
            if (!n[1].equals(e[1])) return "vector " + n[1] + " vs " + e[1];
            if (!n[2].equals(e[2])) return "error code " + n[2] + " vs " + e[2];
            if (!n[4].equals(e[4])) return "rip " + n[4] + " vs " + e[4];
        }
        for (int k = 0; k < 16; k++) {
            if (!n[5 + k].equals(e[5 + k])) return "register " + k + " " + n[5 + k] + " vs " + e[5 + k];
        }
        long nf = Long.parseUnsignedLong(n[21], 16) & DifferentialTest.FLAG_MASK;
        long ef = Long.parseUnsignedLong(e[21], 16) & DifferentialTest.FLAG_MASK;
        if (nf != ef) return "flags " + Long.toHexString(nf) + " vs " + Long.toHexString(ef);
        String ni = n[23], ei = e[23];
        if (!ni.equals(ei)) return "fp state " + describeImage(ni, ei);
        String nm = memory(n, c), em = memory(e, c);
        if (!nm.equals(em)) return "memory [" + nm + "] vs [" + em + "]";
        return null;
    }

    private static String memory(String[] l, FpCaseGenerator.Case c) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int k = 24; k < l.length; k++) {
            int off = Integer.parseInt(l[k].substring(0, l[k].indexOf('=')), 16);
            for (int[] r : c.ignore()) if (off >= r[0] && off < r[1]) continue outer;
            sb.append(l[k]).append(' ');
        }
        return sb.toString().trim();
    }

    private static String describeImage(String n, String e) {
        StringBuilder sb = new StringBuilder();
        String[] names = {"fcw", "fsw", "ftw", "", "", "", "", "", "", "", "", "", "mxcsr", "mxcsr_mask"};
        for (int b = 0; b < 416; b += 2) {
            String x = n.substring(2 * b, 2 * b + 4), y = e.substring(2 * b, 2 * b + 4);
            if (x.equals(y)) continue;
            String where = b < 28 ? names[b / 2] + "@" + b : b < 160 ? "st" + (b - 32) / 16 + "@" + (b - 32) % 16
                    : "xmm" + (b - 160) / 16 + "@" + (b - 160) % 16;
            sb.append(where).append(' ').append(x).append('/').append(y).append("; ");
            if (sb.length() > 300) break;
        }
        return sb.toString();
    }

    // ================================================================ emulator side

    /** Loads an FXSAVE image into the CPU (the state FXRSTOR64 gives the native run). */
    static void loadImage(Cpu c, byte[] fx) {
        c.fcw = (int) le(fx, 0, 2);
        int sw = (int) le(fx, 2, 2);
        c.fsw = sw & ~0x3800;
        c.fpTop = (sw >> 11) & 7;
        int t = 0;
        for (int p = 0; p < 8; p++) t |= ((fx[4] >> p & 1) != 0 ? 0 : 3) << (2 * p);
        c.ftw = t;
        for (int k = 0; k < 8; k++) {
            int p = (c.fpTop + k) & 7;
            c.fpMant[p] = le(fx, 32 + 16 * k, 8);
            c.fpExp[p] = (int) le(fx, 40 + 16 * k, 2);
        }
        c.mxcsr = (int) le(fx, 24, 4);
        for (int r = 0; r < 32; r++) c.xmm[r] = le(fx, 160 + 8 * r, 8);
        boolean pending = (sw & 0x80) != 0; // FXRSTOR64 on AMD: the pointers only with an exception pending
        c.fpOp = pending ? (int) le(fx, 6, 2) & 0x7FF : 0;
        c.fpIp = pending ? le(fx, 8, 8) : 0;
        c.fpDp = pending ? le(fx, 16, 8) : 0;
        c.fpCs = 0;
        c.fpDs = 0;
    }

    /** The CPU state as FXSAVE64 stores it on AMD (bytes 0-415; FOP/FIP/FDP only while FSW.ES is set). */
    static byte[] saveImage(Cpu c) {
        byte[] fx = new byte[416];
        put(fx, 0, c.fcw, 2);
        put(fx, 2, X87.statusWord(c), 2);
        int ab = 0;
        for (int p = 0; p < 8; p++) if (((c.ftw >> (2 * p)) & 3) != 3) ab |= 1 << p;
        fx[4] = (byte) ab;
        if ((c.fsw & 0x80) != 0) {
            put(fx, 6, c.fpOp, 2);
            put(fx, 8, c.fpIp, 8);
            put(fx, 16, c.fpDp, 8);
        }
        put(fx, 24, c.mxcsr, 4);
        put(fx, 28, X87State.MXCSR_MASK, 4);
        for (int k = 0; k < 8; k++) {
            int p = (c.fpTop + k) & 7;
            put(fx, 32 + 16 * k, c.fpMant[p], 8);
            put(fx, 40 + 16 * k, c.fpExp[p], 2);
        }
        for (int r = 0; r < 32; r++) put(fx, 160 + 8 * r, c.xmm[r], 8);
        return fx;
    }

    private static String insertImage(String line, byte[] fx) {
        String[] p = line.split(" ", 23);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 22; k++) sb.append(k == 0 ? "" : " ").append(p[k]);
        sb.append(" X ").append(hex(fx, 416));
        if (p.length > 22) sb.append(' ').append(p[22]);
        return sb.toString();
    }

    static long le(byte[] b, int at, int n) {
        long v = 0;
        for (int k = n - 1; k >= 0; k--) v = v << 8 | (b[at + k] & 0xFF);
        return v;
    }

    static void put(byte[] b, int at, long v, int n) {
        for (int k = 0; k < n; k++) b[at + k] = (byte) (v >>> (8 * k));
    }

    static String hex(byte[] b, int n) {
        StringBuilder sb = new StringBuilder(2 * n);
        for (int k = 0; k < n; k++) sb.append(String.format("%02x", b[k] & 0xFF));
        return sb.toString();
    }

    // ================================================================ native side

    private static List<String> runNative(List<FpCaseGenerator.Case> cases) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer b = ByteBuffer.allocate(8192).order(ByteOrder.LITTLE_ENDIAN);
        for (FpCaseGenerator.Case c : cases) {
            b.clear();
            b.putInt(c.code().length).put(c.code()).putLong(c.seed());
            for (long r : c.regs()) b.putLong(r);
            b.putLong(c.rflags()).putInt(c.pokeOffset()).putLong(c.pokeValue()).put(c.fx());
            out.write(b.array(), 0, b.position());
        }
        out.write(new byte[4], 0, 4);
        GnuTools.ProcessResult r = GnuTools.run(List.of(NativeHarness.binary(true).toString()), out.toByteArray(), Duration.ofMinutes(5), true);
        List<String> lines = new ArrayList<>();
        for (String l : r.stdout().split("\n")) if (!l.isEmpty()) lines.add(l);
        if (lines.size() != cases.size()) throw new IOException("harness returned " + lines.size() + " lines for " + cases.size());
        return lines;
    }
}
