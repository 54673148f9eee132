package pacifica.emu.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import pacifica.emu.flat.FlatMachine;
import pacifica.x86.asm.TextAssembler;

/**
 * SSE binary64 sums whose exact error overflows the usual TwoSum (|a| + |r| above the largest
 * double: a huge operand against -MAX), in all four rounding modes. Results and MXCSR images were
 * measured on the host AMD EPYC (Zen 4) with the same instructions and inputs (ldmxcsr; addsd or
 * subsd; stmxcsr).
 */
class SseArithmeticEdgeTest {
    static final long CODE = 0x10000;

    private static long[] run(String insn, long a, long b, int mxcsr) {
        return run(insn, a, 0x1111111111111111L, b, 0x4000000000000000L, mxcsr);
    }

    /** Runs {@code insn} with XMM0 = ah:a, XMM2 = bh:b; returns XMM0 low, high and MXCSR. */
    private static long[] run(String insn, long a, long ah, long b, long bh, int mxcsr) {
        byte[] code = TextAssembler.assemble("t.s", insn + "\nhlt\n", 64, CODE, TextAssembler.Layout.FLAT).flat();
        FlatMachine m = new FlatMachine();
        m.loadProgram(CODE, code);
        m.cpu.cr4 |= 0x600;
        m.cpu.mxcsr = mxcsr;
        m.cpu.xmm[0] = a;
        m.cpu.xmm[1] = ah;
        m.cpu.xmm[4] = b;
        m.cpu.xmm[5] = bh;
        RunResult r = m.run(100);
        assertEquals(RunResult.Stop.HALT, r.stop(), r.describe());
        return new long[] {m.cpu.xmm[0], m.cpu.xmm[1], m.cpu.mxcsr};
    }

    private static void check(String insn, long a, long b, int mxcsr, long want, int wantMxcsr) {
        long[] got = run(insn, a, b, mxcsr);
        String what = String.format("%s %016x %016x mxcsr %04x", insn, a, b, mxcsr);
        assertEquals(want, got[0], what);
        assertEquals(0x1111111111111111L, got[1], what + ": upper half kept");
        assertEquals(wantMxcsr, (int) got[2], what + ": MXCSR");
    }

    @Test
    void sumsNextToTheLargestDouble() {
        long huge = 0x7fd70d4811ea6287L, negMax = 0xffefffffffffffffL, max = 0x7fefffffffffffffL;
        int[] rc = {0x1f80, 0x3f80, 0x5f80, 0x7f80}; // nearest, down, up, toward zero
        long[] addWant = {0xffe4795bf70acebcL, 0xffe4795bf70acebcL, 0xffe4795bf70acebbL, 0xffe4795bf70acebbL};
        long[] subWant = {0x7fe4795bf70acebcL, 0x7fe4795bf70acebbL, 0x7fe4795bf70acebcL, 0x7fe4795bf70acebbL};
        long[] tinyWant = {0xffe7fffffffffffeL, 0xffe7ffffffffffffL, 0xffe7fffffffffffeL, 0xffe7fffffffffffeL};
        for (int k = 0; k < 4; k++) {
            int flagged = rc[k] | 0x20; // PE
            check("addsd %xmm2,%xmm0", huge, negMax, rc[k], addWant[k], flagged);
            check("addsd %xmm2,%xmm0", negMax, huge, rc[k], addWant[k], flagged);
            check("subsd %xmm2,%xmm0", max, huge, rc[k], subWant[k], flagged);
            check("addsd %xmm2,%xmm0", 0x7fd0000000000001L, negMax, rc[k], tinyWant[k], flagged);
        }
    }

    @Test
    void packedLanesAreIndependent() {
        // addpd: the low lane as above, the high lane 1.0 + 2.0 (exact)
        long[] got = run("addpd %xmm2,%xmm0", 0x7fd70d4811ea6287L, 0x3ff0000000000000L, 0xffefffffffffffffL,
                0x4000000000000000L, 0x1f80);
        assertEquals(0xffe4795bf70acebcL, got[0]);
        assertEquals(0x4008000000000000L, got[1]);
        assertEquals(0x1fa0, (int) got[2]);
    }
}
