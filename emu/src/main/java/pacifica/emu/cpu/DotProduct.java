package pacifica.emu.cpu;

/**
 * SSE4.1 DPPS and DPPD: each product selected by imm bits 7:4 (5:4) is a rounded MULPS/MULPD
 * element under MXCSR (a product not selected is +0.0), the products are summed pairwise as
 * (p0 + p1) + (p2 + p3) (DPPD: p0 + p1), each addition rounded like ADDPS/ADDPD, and the sum goes
 * to the elements selected by imm bits 3:0 (1:0), +0.0 to the others. The exception flags follow
 * {@link SseFp}: the multiplications are one step, the additions a second; an unmasked exception
 * in the first raises #XM before the sums are computed. Destination XMM at x[d], source in
 * c.sseLo/c.sseHi; nothing is allocated.
 */
final class DotProduct {
    private DotProduct() {}

    static void dpps(Cpu c, int d, int imm) {
        long[] x = c.xmm;
        long dl = x[d], dh = x[d + 1], sl = c.sseLo, sh = c.sseHi;
        c.fpEnv.flags = 0;
        int p0 = (imm & 0x10) != 0 ? SseFp.op32(c, SseFp.MUL, (int) dl, (int) sl, 0) : 0;
        int p1 = (imm & 0x20) != 0 ? SseFp.op32(c, SseFp.MUL, (int) (dl >>> 32), (int) (sl >>> 32), 0) : 0;
        int p2 = (imm & 0x40) != 0 ? SseFp.op32(c, SseFp.MUL, (int) dh, (int) sh, 0) : 0;
        int p3 = (imm & 0x80) != 0 ? SseFp.op32(c, SseFp.MUL, (int) (dh >>> 32), (int) (sh >>> 32), 0) : 0;
        step(c);
        int s01 = SseFp.op32(c, SseFp.ADD, p0, p1, 0);
        int s23 = SseFp.op32(c, SseFp.ADD, p2, p3, 0);
        long s = SseFp.op32(c, SseFp.ADD, s01, s23, 0) & 0xFFFFFFFFL;
        SseFp.finish(c);
        x[d] = ((imm & 1) != 0 ? s : 0) | ((imm & 2) != 0 ? s << 32 : 0);
        x[d + 1] = ((imm & 4) != 0 ? s : 0) | ((imm & 8) != 0 ? s << 32 : 0);
    }

    static void dppd(Cpu c, int d, int imm) {
        long[] x = c.xmm;
        c.fpEnv.flags = 0;
        long p0 = (imm & 0x10) != 0 ? SseFp.op64(c, SseFp.MUL, x[d], c.sseLo, 0) : 0;
        long p1 = (imm & 0x20) != 0 ? SseFp.op64(c, SseFp.MUL, x[d + 1], c.sseHi, 0) : 0;
        step(c);
        long s = SseFp.op64(c, SseFp.ADD, p0, p1, 0);
        SseFp.finish(c);
        x[d] = (imm & 1) != 0 ? s : 0;
        x[d + 1] = (imm & 2) != 0 ? s : 0;
    }

    /** Ends the multiplication step: its flags go to MXCSR, an unmasked one raises #XM. */
    private static void step(Cpu c) {
        SseFp.finish(c);
        c.fpEnv.flags = 0;
    }
}
