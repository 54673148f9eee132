package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;

/**
 * PCMPESTRI/PCMPESTRM/PCMPISTRI/PCMPISTRM (SSE4.2; AMD APM vol. 4): the first operand XMM(reg) and
 * the second (in c.sseLo/c.sseHi) are compared as 16 bytes or 8 words, signed or unsigned, by the
 * aggregation the immediate selects (equal any, ranges, equal each, equal ordered); the result
 * bits are negated by the polarity and returned as an index in ECX or a mask in XMM0, with
 * CF = result nonzero, ZF/SF = the second/first string is shorter than the register, OF = bit 0.
 */
final class StringCompare {
    private StringCompare() {}

    static void execute(Cpu c, Instruction i, boolean explicit, boolean mask) {
        int imm = (int) (i.imm & 0xFF);
        boolean words = (imm & 1) != 0, signed = (imm & 2) != 0;
        int n = words ? 8 : 16, es = words ? 2 : 1;
        long al = c.xmm[2 * i.reg], ah = c.xmm[2 * i.reg + 1], bl = c.sseLo, bh = c.sseHi;
        int la, lb;
        if (explicit) {
            boolean w = (i.rex & 8) != 0;
            la = length(w ? c.gpr[Cpu.RAX] : (int) c.gpr[Cpu.RAX], n);
            lb = length(w ? c.gpr[Cpu.RDX] : (int) c.gpr[Cpu.RDX], n);
        } else {
            la = implicitLength(al, ah, n, es);
            lb = implicitLength(bl, bh, n, es);
        }
        int agg = (imm >> 2) & 3, res = 0;
        for (int j = 0; j < n; j++) {
            long bj = value(bl, bh, j, es, signed);
            boolean r;
            switch (agg) {
                case 0 -> { // equal any
                    r = false;
                    if (j < lb) for (int k = 0; k < la; k++) r |= value(al, ah, k, es, signed) == bj;
                }
                case 1 -> { // ranges: pairs (a[k] <= b[j] <= a[k+1])
                    r = false;
                    if (j < lb) {
                        for (int k = 0; k + 1 < la; k += 2) {
                            r |= value(al, ah, k, es, signed) <= bj && bj <= value(al, ah, k + 1, es, signed);
                        }
                    }
                }
                case 2 -> { // equal each
                    boolean va = j < la, vb = j < lb;
                    r = va && vb ? value(al, ah, j, es, signed) == bj : !va && !vb;
                }
                default -> { // equal ordered: a occurs in b at j
                    r = true;
                    for (int k = 0; k < n - j && r; k++) {
                        if (k >= la) break;
                        if (j + k >= lb) r = false;
                        else r = value(al, ah, k, es, signed) == value(bl, bh, j + k, es, signed);
                    }
                }
            }
            if (r) res |= 1 << j;
        }
        int all = (1 << n) - 1;
        switch ((imm >> 4) & 3) {
            case 1 -> res ^= all;
            case 3 -> res ^= (1 << lb) - 1;
            default -> { }
        }
        if (mask) {
            long ml = 0, mh = 0;
            if ((imm & 0x40) == 0) {
                ml = res;
            } else {
                for (int j = 0; j < n; j++) {
                    if ((res >> j & 1) == 0) continue;
                    int bit = j * es * 8;
                    long m = words ? 0xFFFFL : 0xFFL;
                    if (bit < 64) ml |= m << bit;
                    else mh |= m << (bit - 64);
                }
            }
            c.xmm[0] = ml;
            c.xmm[1] = mh;
        } else {
            int idx = res == 0 ? n : (imm & 0x40) != 0 ? 31 - Integer.numberOfLeadingZeros(res) : Integer.numberOfTrailingZeros(res);
            c.gpr[Cpu.RCX] = idx;
        }
        c.setAllStatus((res != 0 ? 1 : 0) | (lb < n ? 0x40 : 0) | (la < n ? 0x80 : 0) | ((res & 1) != 0 ? 0x800 : 0));
    }

    private static int length(long v, int n) {
        long a = v == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(v);
        return (int) Math.min(a, n);
    }

    private static int implicitLength(long lo, long hi, int n, int es) {
        for (int k = 0; k < n; k++) if (Simd.el(lo, hi, k, es) == 0) return k;
        return n;
    }

    private static long value(long lo, long hi, int k, int es, boolean signed) {
        long v = Simd.el(lo, hi, k, es);
        return signed ? Simd.sx(v, es) : v;
    }
}
