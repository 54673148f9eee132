package pacifica.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import pacifica.emu.cpu.RunResult;
import pacifica.emu.flat.FlatMachine;
import pacifica.emu.mem.FlatMemory;

/**
 * Interpreter throughput in MIPS (guest instructions retired per second; REP MOVSB counts once)
 * on an integer loop, a byte-scanning string loop, scalar SSE2 and x87 floating-point loops and
 * REP MOVSB, next to the native time of the
 * same machine code (compiled helper, when gcc is available).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar pacifica.bench.InterpreterBench}
 */
public final class InterpreterBench {
    /** Integer loop: mov $N,%rcx; xor; mov $1,%edx; 1: add; xor; lea; dec; jnz 1b (5 per iteration). */
    static final String INT_LOOP = "48c7c1%s 31c0 ba01000000 4801d0 4831ca 488d541001 48ffc9 75f0";
    /** String loop: 1000 x strlen of a 4 KiB buffer: movzbl (%rsi),%eax; inc %rsi; test; jnz (4 per byte). */
    static final String STR_LOOP = "49c7c0e8030000 be00002000 0fb606 48ffc6 84c0 75f6 49ffc8 75ec";
    /**
     * Scalar SSE2 loop: cvtsi2sd, movapd, pxor; 1: mulsd; addsd; addsd; dec; jnz 1b (5 per iteration).
     * Assembled from AT&T source by GNU as and by pacifica asm alike (the bytes are identical).
     */
    static final String SSE2_LOOP = "48c7c1%s b801000000 f20f2ac8 660f28d1 660fefc0 f20f59d1 f20f58c2 f20f58d1 48ffc9 75ef";
    /** x87 loop: fld1; fldz; 1: fadd %st(1),%st; fmul %st(1),%st; fsqrt; dec; jnz 1b; then pop both. */
    static final String X87_LOOP = "48c7c1%s d9e8 d9ee d8c1 d8c9 d9fa 48ffc9 75f5 ddd8 ddd8";
    /** 1000 x rep movsb of 64 KiB. */
    static final String REP_MOVSB = "49c7c0e8030000 be00002000 bf00003000 b900000100 f3a4 49ffc8 75ea";

    public static void main(String[] args) throws Exception {
        int iterations = 20_000_000;
        String intLoop = String.format(INT_LOOP, le32(iterations));
        report("integer loop", intLoop, 5);
        report("string loop (strlen)", STR_LOOP, 5);
        report("SSE2 scalar double loop", String.format(SSE2_LOOP, le32(iterations)), 5);
        report("x87 loop (fadd/fmul/fsqrt)", String.format(X87_LOOP, le32(iterations / 10)), 3);
        report("rep movsb 64KiB", REP_MOVSB, 7);
    }

    private static String le32(int v) {
        return String.format("%02x%02x%02x%02x", v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF, (v >>> 24));
    }

    private static void report(String name, String hex, int rounds) throws Exception {
        byte[] code = HexFormat.of().parseHex((hex + "f4").replace(" ", ""));
        double best = 0;
        long insns = 0;
        for (int r = 0; r < rounds; r++) {
            FlatMachine m = machine(code);
            long t0 = System.nanoTime();
            RunResult res = m.run(Long.MAX_VALUE);
            long t1 = System.nanoTime();
            if (res.stop() != RunResult.Stop.HALT) throw new IllegalStateException(res.describe());
            insns = res.instructions();
            best = Math.max(best, insns / ((t1 - t0) / 1e3));
        }
        double emuMs = insns / best / 1e3;
        String nativeText = nativeMillis(hex + "c3")
                .map(ms -> String.format("native %.3f ms (emulated/native time %.1f)", ms, emuMs / ms)).orElse("native: gcc not available");
        System.out.printf("%-22s %,d instructions, %.1f MIPS (best of %d), %.1f ms emulated; %s%n",
                name, insns, best, rounds, emuMs, nativeText);
    }

    private static FlatMachine machine(byte[] code) {
        FlatMachine m = new FlatMachine();
        m.loadProgram(0x100000, code);
        m.memory.map(0x200000, 0x10000, FlatMemory.R | FlatMemory.W);
        m.memory.map(0x300000, 0x10000, FlatMemory.R | FlatMemory.W);
        byte[] s = new byte[4096];
        java.util.Arrays.fill(s, (byte) 'a');
        s[4095] = 0;
        m.memory.load(0x200000, s);
        return m;
    }

    private static java.util.Optional<Double> nativeMillis(String hex) {
        try {
            Path dir = Files.createTempDirectory("pacifica-bench-");
            Path src = dir.resolve("native_loop.c"), exe = dir.resolve("native_loop");
            try (InputStream in = InterpreterBench.class.getResourceAsStream("native_loop.c")) {
                Files.write(src, in.readAllBytes());
            }
            Process cc = new ProcessBuilder("gcc", "-O1", "-o", exe.toString(), src.toString()).inheritIO().start();
            if (cc.waitFor() != 0) return java.util.Optional.empty();
            Process p = new ProcessBuilder(exe.toString(), hex.replace(" ", ""), "5").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            p.waitFor();
            Files.deleteIfExists(exe);
            Files.deleteIfExists(src);
            Files.deleteIfExists(dir);
            return java.util.Optional.of(Long.parseLong(out) / 1e6);
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
