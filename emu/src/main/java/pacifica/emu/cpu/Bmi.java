package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;

/** BMI1 and BMI2 (VEX-encoded general-purpose instructions, APM vol. 3 chapter 3). */
final class Bmi {
    static final int ANDN = 0, BEXTR = 1, BLSR = 2, BLSMSK = 3, BLSI = 4, BZHI = 5, MULX = 6, PDEP = 7, PEXT = 8,
            RORX = 9, SARX = 10, SHLX = 11, SHRX = 12;

    private Bmi() {}

    static void exec(Cpu c, Instruction i, int kind, int d0, int d1, int d2) {
        int size = Operands.size(d0, i);
        int bits = size * 8;
        long m = Cpu.mask(size);
        long la = i.isMemory ? c.ea(i) : 0;
        long a = Operands.get(c, i, d1, size, la);
        long b = (d2 & 0xF) == Operands.K_NONE ? 0 : Operands.get(c, i, d2, size, la);
        long r;
        switch (kind) {
            case ANDN -> { // Gy = ~By & Ey
                r = ~a & b & m;
                flags(c, r, size, 0);
            }
            case BEXTR -> { // Gy = bits of Ey selected by By
                int start = (int) (b & 0xFF), len = (int) ((b >> 8) & 0xFF);
                r = start >= bits ? 0 : a >>> start;
                if (len < 64) r &= (1L << len) - 1;
                r &= m;
                // Undefined flags as measured: AF set (as by shifts), PF from the result, SF clear.
                c.setAllStatus((LazyFlags.szp(r, size) & 0x44) | 0x10);
            }
            case BLSR -> { // By = Ey & (Ey - 1)
                r = a & (a - 1) & m;
                flags(c, r, size, a == 0 ? 1 : 0);
            }
            case BLSMSK -> {
                r = (a ^ (a - 1)) & m;
                flags(c, r, size, a == 0 ? 1 : 0);
            }
            case BLSI -> {
                r = a & -a & m;
                flags(c, r, size, a != 0 ? 1 : 0);
            }
            case BZHI -> { // Gy = Ey with bits from index By[7:0] up cleared
                int n = (int) (b & 0xFF);
                r = n < bits ? a & ((1L << n) - 1) : a;
                flags(c, r, size, n > bits - 1 ? 1 : 0);
            }
            case MULX -> { // Gy:By = rDX * Ey (unsigned); no flags
                long d = c.gpr[2] & m;
                long lo, hi;
                if (size == 8) {
                    lo = d * b;
                    hi = Math.unsignedMultiplyHigh(d, b);
                } else {
                    long p = d * b;
                    lo = p & m;
                    hi = p >>> 32;
                }
                Operands.set(c, i, d1, size, 0, lo);
                Operands.set(c, i, d0, size, 0, hi);
                return;
            }
            case PDEP -> {
                r = 0;
                long src = a, mask = b;
                for (long bit = 1; mask != 0; bit <<= 1) {
                    long low = mask & -mask;
                    if ((src & bit) != 0) r |= low;
                    mask ^= low;
                }
                r &= m;
            }
            case PEXT -> {
                r = 0;
                long mask = b;
                for (long bit = 1; mask != 0; bit <<= 1) {
                    long low = mask & -mask;
                    if ((a & low) != 0) r |= bit;
                    mask ^= low;
                }
            }
            case RORX -> {
                int n = (int) (i.imm & (bits - 1));
                r = n == 0 ? a : ((a >>> n) | (a << (bits - n))) & m;
            }
            case SARX -> r = ((a << (64 - bits) >> (64 - bits)) >> (b & (bits - 1))) & m;
            case SHLX -> r = (a << (b & (bits - 1))) & m;
            default -> r = a >>> (b & (bits - 1)); // SHRX
        }
        Operands.set(c, i, d0, size, 0, r);
    }

    /** SF and ZF from the result, CF as given, OF cleared; the undefined AF cleared and PF from the result (measured). */
    private static void flags(Cpu c, long r, int size, int cf) {
        c.setAllStatus(LazyFlags.szp(r, size) | cf);
    }
}
