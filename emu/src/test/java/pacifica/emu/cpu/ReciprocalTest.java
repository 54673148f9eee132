package pacifica.emu.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import pacifica.emu.Vectors;
import pacifica.emu.flat.FlatMachine;
import pacifica.x86.gnu.GnuTools;

/**
 * {@link Reciprocal} against the host CPU (recip.c: RCPPS/RSQRTPS or RCPSS/RSQRTSS executed natively): every
 * mantissa of 1 <= x < 4 (which covers every table entry), every special class (zeros, denormals, infinities,
 * QNaNs, SNaNs, negative inputs, inputs whose reciprocal is below the normal range) and random bit patterns,
 * under several MXCSR settings, which must neither change the results nor collect a flag.
 *
 * <p>{@code -Dpacifica.recip.exhaustive=true} adds the check of all 2^32 inputs (about a minute), with MXCSR
 * {@code -Dpacifica.recip.mxcsr=HEX} (default 1f80) and the scalar forms with {@code -Dpacifica.recip.scalar=true}.
 */
class ReciprocalTest {
    private static Path binary;

    /** The inputs of a run: (first bit pattern, count) ranges. */
    private static final class Inputs {
        final List<long[]> ranges = new ArrayList<>();

        Inputs range(long first, long count) {
            ranges.add(new long[] {first, count});
            return this;
        }

        Inputs exponent(int e, boolean bothSigns) {
            range((long) e << 23, 1 << 23);
            if (bothSigns) range(0x80000000L | (long) e << 23, 1 << 23);
            return this;
        }

        /** n random mantissas with this sign and exponent, plus the smallest and largest few. */
        Inputs sampled(Random rnd, int sign, int e, int n) {
            long base = (long) sign << 31 | (long) e << 23;
            range(base, 16).range(base + 0x7FFFF0, 16);
            for (int k = 0; k < n; k++) range(base + rnd.nextInt(1 << 23), 1);
            return this;
        }

        Inputs random(Random rnd, int n) {
            for (int k = 0; k < n; k++) range(rnd.nextInt() & 0xFFFFFFFFL, 1);
            return this;
        }

        /** Every class with a rule of its own: exponents 0 (zeros, denormals), 255 (infinities, NaNs) and the extremes. */
        Inputs specials(Random rnd, int n) {
            for (int sign = 0; sign < 2; sign++) {
                for (int e : new int[] {0, 1, 2, 3, 125, 126, 127, 128, 129, 130, 251, 252, 253, 254, 255}) sampled(rnd, sign, e, n);
                range((long) sign << 31 | 0x7FC00000L, 16).range((long) sign << 31 | 0x7F800000L, 16);
            }
            return this;
        }
    }

    private static synchronized Path binary() throws IOException {
        if (binary != null) return binary;
        Path dir = Files.createTempDirectory("pacifica-recip-");
        dir.toFile().deleteOnExit();
        Path src = dir.resolve("recip.c");
        try (InputStream in = ReciprocalTest.class.getResourceAsStream("recip.c")) {
            Files.write(src, in.readAllBytes());
        }
        Path exe = dir.resolve("recip");
        GnuTools.run(List.of("gcc", "-O2", "-o", exe.toString(), src.toString()));
        src.toFile().deleteOnExit();
        exe.toFile().deleteOnExit();
        return binary = exe;
    }

    /**
     * Runs the inputs on the host with this MXCSR and compares each result with the model; returns the
     * number of inputs checked. Asserts no mismatch and an MXCSR left as it was set.
     */
    private static long check(Inputs inputs, int mxcsr, boolean scalar) throws IOException, InterruptedException {
        GnuTools.assumeTool("gcc");
        assertTrue(System.getProperty("os.arch").matches("amd64|x86_64"), "needs an x86-64 host");
        Path in = Files.createTempFile("pacifica-recip-", ".bin");
        try {
            ByteBuffer b = ByteBuffer.allocate(inputs.ranges.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
            for (long[] r : inputs.ranges) {
                for (long first = r[0], left = r[1]; left > 0; ) { // counts are u32: split 2^32
                    long n = Math.min(left, 0x80000000L);
                    if (b.remaining() < 8) b = ByteBuffer.allocate(b.capacity() * 2).order(ByteOrder.LITTLE_ENDIAN).put(b.flip());
                    b.putInt((int) first).putInt((int) n);
                    first += n;
                    left -= n;
                }
            }
            Files.write(in, java.util.Arrays.copyOf(b.array(), b.position()));
            List<String> argv = new ArrayList<>(List.of(binary().toString(), Integer.toHexString(mxcsr)));
            if (scalar) argv.add("ss");
            Process p = new ProcessBuilder(argv).redirectInput(in.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long checked = 0, bad = 0;
            StringBuilder first = new StringBuilder();
            byte[] buf = new byte[1 << 20];
            ByteBuffer view = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
            try (InputStream out = new BufferedInputStream(p.getInputStream(), 1 << 20)) {
                for (long[] r : inputs.ranges) {
                    long x = r[0], left = r[1];
                    while (left > 0) {
                        int n = (int) Math.min(left, buf.length / 8);
                        if (out.readNBytes(buf, 0, 8 * n) != 8 * n) throw new IOException("recip: short output");
                        for (int k = 0; k < n; k++, x++) {
                            int hostRcp = view.getInt(8 * k), hostRsqrt = view.getInt(8 * k + 4);
                            int rcp = Reciprocal.rcp((int) x), rsqrt = Reciprocal.rsqrt((int) x);
                            if (rcp != hostRcp || rsqrt != hostRsqrt) {
                                if (bad++ < 10) {
                                    first.append(String.format("%n  %08x: rcp host %08x model %08x, rsqrt host %08x model %08x",
                                            (int) x, hostRcp, rcp, hostRsqrt, rsqrt));
                                }
                            }
                        }
                        left -= n;
                        checked += n;
                    }
                }
                byte[] tail = out.readNBytes(4);
                assertEquals(4, tail.length, "recip: no MXCSR at the end");
                int seen = ByteBuffer.wrap(tail).order(ByteOrder.LITTLE_ENDIAN).getInt();
                assertEquals(0, bad, bad + " of " + checked + " inputs differ (MXCSR " + Integer.toHexString(mxcsr) + ")" + first);
                assertEquals(Integer.toHexString(mxcsr), Integer.toHexString(seen), "MXCSR changed (a flag was set)");
            }
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "recip did not finish");
            assertEquals(0, p.exitValue(), "recip exit status (SIGFPE would mean an unmasked exception was raised)");
            return checked;
        } finally {
            Files.deleteIfExists(in);
        }
    }

    @Test
    void everyTableEntryAndSpecialClassMatchesTheHost() throws Exception {
        Random rnd = new Random(20261122L);
        Inputs all = new Inputs().exponent(127, true).exponent(128, true).specials(rnd, 20_000).random(rnd, 200_000);
        long n = check(all, 0x1F80, false);
        assertTrue(n > 33_000_000, "checked " + n);
    }

    @Test
    void mxcsrChangesNothing() throws Exception {
        // DAZ, FTZ, both, each rounding mode, all exceptions unmasked, sticky flags already set.
        int[] settings = {0x1FC0, 0x9F80, 0x9FC0, 0x3F80, 0x5F80, 0x7F80, 0x0000, 0xFFC0, 0x1FBF};
        for (int k = 0; k < settings.length; k++) {
            Random rnd = new Random(k);
            Inputs s = new Inputs().range(0x3F800000L + (k << 15), 1 << 15).specials(rnd, 500).random(rnd, 20_000);
            check(s, settings[k], false);
            check(s, settings[k], true);
        }
    }

    @Test
    void scalarFormsMatchThePackedOnes() throws Exception {
        Random rnd = new Random(7);
        check(new Inputs().exponent(127, false).specials(rnd, 2_000).random(rnd, 100_000), 0x1F80, true);
    }

    /**
     * The instructions in the CPU: all four lanes of the packed forms, the upper lanes of the destination kept
     * by the scalar forms, #GP(0) for a misaligned 16-byte operand only (host: SIGSEGV for RCPPS/RSQRTPS at
     * an address 4 or 8 mod 16, none for RCPSS/RSQRTSS), MXCSR untouched even with every exception unmasked.
     * Expected values measured on the host.
     */
    @Test
    void instructionsInTheCpu() {
        // rcpps (%rax),%xmm1; rsqrtss (%rax),%xmm2; rcpps %xmm0,%xmm3; rsqrtps %xmm0,%xmm4; rcpss %xmm0,%xmm5; hlt
        FlatMachine m = EdgeCaseTest.machine("0f 53 08 f3 0f 52 10 0f 53 d8 0f 52 e0 f3 0f 53 e8 f4");
        Cpu c = m.cpu;
        c.mxcsr = 0; // all exceptions unmasked: an SNaN, a zero and a denormal raise nothing
        c.gpr[Cpu.RAX] = EdgeCaseTest.DATA;
        m.memory.write64(EdgeCaseTest.DATA, 0x0000000140800000L); // 4.0, the smallest denormal
        m.memory.write64(EdgeCaseTest.DATA + 8, 0x7E8000007F800001L); // an SNaN, 2^126
        c.xmm[0] = 0x400000003F800000L; // 1.0, 2.0
        c.xmm[1] = 0x00000000BF800000L; // -1.0, +0
        for (int r = 1; r <= 5; r++) {
            c.xmm[2 * r] = 0x1111111122222222L;
            c.xmm[2 * r + 1] = 0x3333333344444444L;
        }
        EdgeCaseTest.assertHalt(EdgeCaseTest.run(m));
        assertEquals(0x7F8000003E7FF000L, c.xmm[2]);
        assertEquals(0x000000007FC00001L, c.xmm[3]);
        assertEquals(0x111111113EFFF800L, c.xmm[4], "RSQRTSS keeps bits 127:32");
        assertEquals(0x3333333344444444L, c.xmm[5]);
        assertEquals(0x3EFFF0003F7FF000L, c.xmm[6]);
        assertEquals(0x7F800000BF7FF000L, c.xmm[7]);
        assertEquals(0x3F3500003F7FF800L, c.xmm[8]);
        assertEquals(0x7F800000FFC00000L, c.xmm[9]);
        assertEquals(0x111111113F7FF000L, c.xmm[10], "RCPSS keeps bits 127:32");
        assertEquals(0x3333333344444444L, c.xmm[11]);
        assertEquals(0, c.mxcsr, "no flag set");

        for (int off : new int[] {4, 8}) {
            // rcpps (%rax),%xmm1 / rsqrtps (%rax),%xmm1 at a misaligned address: #GP(0), destination unwritten
            for (String code : new String[] {"0f 53 08 f4", "0f 52 08 f4"}) {
                m = EdgeCaseTest.machine(code);
                m.cpu.gpr[Cpu.RAX] = EdgeCaseTest.DATA + off;
                RunResult r = EdgeCaseTest.run(m);
                assertEquals(Vectors.GP, r.vector(), r.describe());
                assertEquals(0, r.errorCode());
                assertEquals(0, m.cpu.xmm[2] | m.cpu.xmm[3]);
            }
            // rcpss 1(%rax),%xmm1 and rsqrtss: no alignment check
            for (String code : new String[] {"f3 0f 53 48 01 f4", "f3 0f 52 48 01 f4"}) {
                m = EdgeCaseTest.machine(code);
                m.cpu.gpr[Cpu.RAX] = EdgeCaseTest.DATA + off;
                EdgeCaseTest.assertHalt(EdgeCaseTest.run(m));
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "pacifica.recip.exhaustive", matches = "true")
    void allTwoToThe32InputsMatchTheHost() throws Exception {
        int mxcsr = Integer.parseInt(System.getProperty("pacifica.recip.mxcsr", "1f80"), 16);
        boolean scalar = Boolean.getBoolean("pacifica.recip.scalar");
        long n = check(new Inputs().range(0, 1L << 32), mxcsr, scalar);
        assertEquals(1L << 32, n);
        System.out.printf("ReciprocalTest: all %d inputs of %s match the host (MXCSR %04x)%n", n,
                scalar ? "RCPSS and RSQRTSS" : "RCPPS and RSQRTPS", mxcsr);
    }
}
