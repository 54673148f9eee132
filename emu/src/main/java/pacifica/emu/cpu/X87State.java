package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;

/**
 * Saving and restoring the x87 (and SSE) state: FNSTENV/FLDENV, FNSAVE/FRSTOR in the 28/108-byte
 * 32-bit protected-mode layout (14/94 bytes with a 66h prefix), and FXSAVE/FXRSTOR's 512-byte image
 * (AMD APM vol. 5, FXSAVE; vol. 1, 11.4.4). The host AMD processor fills the reserved upper halves of
 * the environment dwords with ones and leaves FXSAVE bytes 416-511 untouched; FXSAVE writes FOP, FIP
 * and FDP only when ES is set, and as they are not tracked they are stored as zero everywhere.
 */
final class X87State {
    private X87State() {}

    /** MXCSR_MASK the host reports (DAZ and the AMD misaligned-exception mask MM supported). */
    static final int MXCSR_MASK = 0x2FFFF;

    private static int envSize(Instruction i) {
        return i.operandSize == 2 ? 14 : 28;
    }

    static void stenv(Cpu c, Instruction i, long a) {
        c.probeWrite(a, envSize(i));
        writeEnv(c, i, a);
    }

    private static void writeEnv(Cpu c, Instruction i, long a) {
        int tags = X87.fullTags(c), sw = X87.statusWord(c);
        if (envSize(i) == 14) {
            c.write(a, 2, c.fcw);
            c.write(a + 2, 2, sw);
            c.write(a + 4, 2, tags);
            // 16-bit protected-mode layout: instruction offset and CS, operand offset and DS
            c.write(a + 6, 2, c.fpIp);
            c.write(a + 8, 2, c.fpCs);
            c.write(a + 10, 2, c.fpDp);
            c.write(a + 12, 2, c.fpDs);
            return;
        }
        c.write(a, 4, 0xFFFF0000L | c.fcw);
        c.write(a + 4, 4, 0xFFFF0000L | sw);
        c.write(a + 8, 4, 0xFFFF0000L | tags);
        c.write(a + 12, 4, c.fpIp & 0xFFFFFFFFL);
        c.write(a + 16, 4, (long) c.fpOp << 16 | c.fpCs);
        c.write(a + 20, 4, c.fpDp & 0xFFFFFFFFL);
        c.write(a + 24, 4, 0xFFFF0000L | c.fpDs);
    }

    static void ldenv(Cpu c, Instruction i, long a) {
        boolean small = envSize(i) == 14;
        int cw = (int) c.read(a, 2), sw = (int) c.read(a + (small ? 2 : 4), 2), tw = (int) c.read(a + (small ? 4 : 8), 2);
        loadEnv(c, cw, sw, tw);
        loadPointers(c, a, small);
    }

    /** The last-instruction pointers of an FLDENV/FRSTOR image (protected-mode layouts). */
    private static void loadPointers(Cpu c, long a, boolean small) {
        if (small) {
            c.fpIp = c.read(a + 6, 2);
            c.fpCs = (int) c.read(a + 8, 2);
            c.fpDp = c.read(a + 10, 2);
            c.fpDs = (int) c.read(a + 12, 2);
            c.fpOp = 0;
        } else {
            c.fpIp = c.read(a + 12, 4);
            long w = c.read(a + 16, 4);
            c.fpCs = (int) w & 0xFFFF;
            c.fpOp = (int) (w >>> 16) & 0x7FF;
            c.fpDp = c.read(a + 20, 4);
            c.fpDs = (int) c.read(a + 24, 2);
        }
    }

    private static void loadEnv(Cpu c, int cw, int sw, int tw) {
        c.fcw = X87.controlWord(cw);
        c.fsw = sw & ~0x3800;
        c.fpTop = (sw >> 11) & 7;
        int t = 0;
        for (int p = 0; p < 8; p++) t |= (((tw >> (2 * p)) & 3) == 3 ? 3 : 0) << (2 * p);
        c.ftw = t;
        X87.summary(c);
    }

    static void fsave(Cpu c, Instruction i, long a) {
        int n = envSize(i);
        c.probeWrite(a, n + 80);
        writeEnv(c, i, a);
        for (int k = 0; k < 8; k++) {
            int p = (c.fpTop + k) & 7;
            c.write(a + n + 10L * k, 8, c.fpMant[p]);
            c.write(a + n + 10L * k + 8, 2, c.fpExp[p]);
        }
    }

    static void frstor(Cpu c, Instruction i, long a) {
        boolean small = envSize(i) == 14;
        int n = envSize(i);
        int cw = (int) c.read(a, 2), sw = (int) c.read(a + (small ? 2 : 4), 2), tw = (int) c.read(a + (small ? 4 : 8), 2);
        long[] m = new long[8];
        int[] e = new int[8];
        for (int k = 0; k < 8; k++) {
            m[k] = c.read(a + n + 10L * k, 8);
            e[k] = (int) c.read(a + n + 10L * k + 8, 2);
        }
        loadEnv(c, cw, sw, tw);
        loadPointers(c, a, small);
        for (int k = 0; k < 8; k++) {
            int p = (c.fpTop + k) & 7;
            c.fpMant[p] = m[k];
            c.fpExp[p] = e[k];
        }
    }

    static void fxsave(Cpu c, Instruction i) {
        long a = c.ea(i);
        c.checkAlignment(a, 4); // with alignment checking, #AC below 4-byte alignment, then #GP (host)
        if ((a & 15) != 0) throw c.gp0();
        c.probeWrite(a, 416);
        int abridged = 0;
        for (int p = 0; p < 8; p++) if (((c.ftw >> (2 * p)) & 3) != 3) abridged |= 1 << p;
        c.write(a, 2, c.fcw);
        c.write(a + 2, 2, X87.statusWord(c));
        c.write(a + 4, 2, abridged);
        // AMD stores FOP, FIP and FDP only while an unmasked exception is pending (FSW.ES); otherwise
        // zeros (measured on the host; APM vol. 5, FXSAVE). FXSAVE64 (REX.W) has 64-bit offsets,
        // FXSAVE 32-bit offsets with the CS and DS selectors.
        boolean pending = (c.fsw & 0x80) != 0;
        c.write(a + 6, 2, pending ? c.fpOp : 0);
        if (!pending) {
            c.write(a + 8, 8, 0);
            c.write(a + 16, 8, 0);
        } else if ((i.rex & 8) != 0) {
            c.write(a + 8, 8, c.fpIp);
            c.write(a + 16, 8, c.fpDp);
        } else {
            c.write(a + 8, 8, (c.fpIp & 0xFFFFFFFFL) | (long) c.fpCs << 32);
            c.write(a + 16, 8, (c.fpDp & 0xFFFFFFFFL) | (long) c.fpDs << 32);
        }
        c.write(a + 24, 4, c.mxcsr);
        c.write(a + 28, 4, MXCSR_MASK);
        for (int k = 0; k < 8; k++) {
            int p = (c.fpTop + k) & 7;
            long o = a + 32 + 16L * k;
            c.write(o, 8, c.fpMant[p]);
            c.write(o + 8, 8, c.fpExp[p] & 0xFFFF);
        }
        int regs = c.mode == 64 ? 16 : 8;
        for (int r = 0; r < regs; r++) {
            c.write(a + 160 + 16L * r, 8, c.xmm[2 * r]);
            c.write(a + 168 + 16L * r, 8, c.xmm[2 * r + 1]);
        }
    }

    static void fxrstor(Cpu c, Instruction i) {
        long a = c.ea(i);
        c.checkAlignment(a, 4); // with alignment checking, #AC below 4-byte alignment, then #GP (host)
        if ((a & 15) != 0) throw c.gp0();
        long mx = c.read(a + 24, 4);
        if ((mx & ~(long) MXCSR_MASK) != 0) throw c.gp0();
        c.read(a + 415, 1);
        int cw = (int) c.read(a, 2), sw = (int) c.read(a + 2, 2), abridged = (int) c.read(a + 4, 1);
        c.fcw = X87.controlWord(cw);
        c.fsw = sw & ~0x3800;
        c.fpTop = (sw >> 11) & 7;
        if ((sw & 0x80) != 0) { // AMD restores the pointers only with an exception pending (as it saves them)
            c.fpOp = (int) c.read(a + 6, 2) & 0x7FF;
            boolean wide = (i.rex & 8) != 0;
            c.fpIp = wide ? c.read(a + 8, 8) : c.read(a + 8, 4);
            c.fpDp = wide ? c.read(a + 16, 8) : c.read(a + 16, 4);
            c.fpCs = wide ? 0 : (int) c.read(a + 12, 2);
            c.fpDs = wide ? 0 : (int) c.read(a + 20, 2);
        } else {
            c.fpOp = 0;
            c.fpIp = 0;
            c.fpDp = 0;
            c.fpCs = 0;
            c.fpDs = 0;
        }
        int t = 0;
        for (int p = 0; p < 8; p++) t |= ((abridged >> p & 1) != 0 ? 0 : 3) << (2 * p);
        c.ftw = t;
        for (int k = 0; k < 8; k++) {
            int p = (c.fpTop + k) & 7;
            long o = a + 32 + 16L * k;
            c.fpMant[p] = c.read(o, 8);
            c.fpExp[p] = (int) c.read(o + 8, 2);
        }
        c.mxcsr = (int) mx;
        int regs = c.mode == 64 ? 16 : 8;
        for (int r = 0; r < regs; r++) {
            c.xmm[2 * r] = c.read(a + 160 + 16L * r, 8);
            c.xmm[2 * r + 1] = c.read(a + 168 + 16L * r, 8);
        }
    }
}
