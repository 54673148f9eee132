package pacifica.emu.cpu;

/**
 * Lazy status flags: the kinds of recorded operations and how to compute CF PF AF ZF SF OF from
 * them. Operands and result are stored truncated to the operation size.
 */
final class LazyFlags {
    static final int NONE = 0, ADD = 1, ADC = 2, SUB = 3, SBB = 4, LOGIC = 5, INC = 6, DEC = 7, NEG = 8;

    private LazyFlags() {}

    static int parity(long r) {
        return (Integer.bitCount((int) r & 0xFF) & 1) == 0 ? 4 : 0;
    }

    /** SF, ZF and PF of a result of {@code size} bytes. */
    static int szp(long r, int size) {
        long m = Cpu.mask(size);
        long sign = 1L << (size * 8 - 1);
        return ((r & m) == 0 ? 0x40 : 0) | ((r & sign) != 0 ? 0x80 : 0) | parity(r);
    }

    static int compute(Cpu c) {
        int size = c.lazySize;
        long a = c.lazyA, b = c.lazyB, r = c.lazyR;
        long sign = 1L << (size * 8 - 1);
        int f = szp(r, size);
        switch (c.lazyOp) {
            case ADD -> {
                if (Long.compareUnsigned(r, a) < 0) f |= 1;
                if (((a ^ r) & (b ^ r) & sign) != 0) f |= 0x800;
                f |= (int) ((a ^ b ^ r) & 0x10);
            }
            case ADC -> {
                if (c.lazyC != 0 ? Long.compareUnsigned(r, a) <= 0 : Long.compareUnsigned(r, a) < 0) f |= 1;
                if (((a ^ r) & (b ^ r) & sign) != 0) f |= 0x800;
                f |= (int) ((a ^ b ^ r) & 0x10);
            }
            case SUB -> {
                if (Long.compareUnsigned(a, b) < 0) f |= 1;
                if (((a ^ b) & (a ^ r) & sign) != 0) f |= 0x800;
                f |= (int) ((a ^ b ^ r) & 0x10);
            }
            case SBB -> {
                if (c.lazyC != 0 ? Long.compareUnsigned(a, b) <= 0 : Long.compareUnsigned(a, b) < 0) f |= 1;
                if (((a ^ b) & (a ^ r) & sign) != 0) f |= 0x800;
                f |= (int) ((a ^ b ^ r) & 0x10);
            }
            case LOGIC -> { }
            case INC -> {
                f |= c.lazyC;
                if (r == sign) f |= 0x800;
                if ((r & 0xF) == 0) f |= 0x10;
            }
            case DEC -> {
                f |= c.lazyC;
                if (r == sign - 1) f |= 0x800;
                if ((r & 0xF) == 0xF) f |= 0x10;
            }
            case NEG -> {
                if (b != 0) f |= 1;
                if (r == sign) f |= 0x800;
                f |= (int) ((b ^ r) & 0x10);
            }
            default -> throw new IllegalStateException("lazy op " + c.lazyOp);
        }
        return f;
    }
}
