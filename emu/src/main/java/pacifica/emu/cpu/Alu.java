package pacifica.emu.cpu;

import pacifica.emu.Vectors;
import pacifica.x86.decode.Instruction;

/** Integer arithmetic and logic: ADD..CMP, TEST, INC/DEC, NEG/NOT, MUL/IMUL/DIV/IDIV, ADCX/ADOX. */
final class Alu {
    static final int ADD = 0, OR = 1, ADC = 2, SBB = 3, AND = 4, SUB = 5, XOR = 6, CMP = 7, TEST = 8;

    private Alu() {}

    /** Two-operand ALU operation {@code kind} on operands described by {@code d0}, {@code d1}. */
    static void binary(Cpu c, Instruction i, int kind, int d0, int d1) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long a = kind == CMP || kind == TEST ? Operands.get(c, i, d0, size, la) : Operands.getRmw(c, i, d0, size, la);
        long b = Operands.get(c, i, d1, size, la);
        long r = op(c, kind, size, a, b);
        if (kind != CMP && kind != TEST) Operands.set(c, i, d0, size, la, r);
    }

    /** Computes {@code a kind b}, records the flags, returns the masked result. */
    static long op(Cpu c, int kind, int size, long a, long b) {
        long m = Cpu.mask(size);
        long r;
        switch (kind) {
            case ADD -> {
                r = (a + b) & m;
                c.lazy(LazyFlags.ADD, size, a, b, r);
            }
            case ADC -> {
                int cin = c.cf() ? 1 : 0;
                r = (a + b + cin) & m;
                c.lazyC = cin;
                c.lazy(LazyFlags.ADC, size, a, b, r);
            }
            case SUB, CMP -> {
                r = (a - b) & m;
                c.lazy(LazyFlags.SUB, size, a, b, r);
            }
            case SBB -> {
                int cin = c.cf() ? 1 : 0;
                r = (a - b - cin) & m;
                c.lazyC = cin;
                c.lazy(LazyFlags.SBB, size, a, b, r);
            }
            case OR -> {
                r = a | b;
                c.lazy(LazyFlags.LOGIC, size, a, b, r);
            }
            case XOR -> {
                r = a ^ b;
                c.lazy(LazyFlags.LOGIC, size, a, b, r);
            }
            default -> { // AND, TEST
                r = a & b;
                c.lazy(LazyFlags.LOGIC, size, a, b, r);
            }
        }
        return r;
    }

    static void incDec(Cpu c, Instruction i, int d0, boolean dec) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long a = Operands.getRmw(c, i, d0, size, la);
        long r = (dec ? a - 1 : a + 1) & Cpu.mask(size);
        int cf = c.cf() ? 1 : 0;
        Operands.set(c, i, d0, size, la, r);
        c.lazyC = cf;
        c.lazy(dec ? LazyFlags.DEC : LazyFlags.INC, size, a, 1, r);
    }

    static void neg(Cpu c, Instruction i, int d0) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long b = Operands.getRmw(c, i, d0, size, la);
        long r = (-b) & Cpu.mask(size);
        Operands.set(c, i, d0, size, la, r);
        c.lazy(LazyFlags.NEG, size, 0, b, r);
    }

    static void not(Cpu c, Instruction i, int d0) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long a = Operands.getRmw(c, i, d0, size, la);
        Operands.set(c, i, d0, size, la, ~a & Cpu.mask(size));
    }

    // ---------------------------------------------------------------- multiply

    /** Sets CF and OF; this processor leaves SF ZF AF PF unchanged for MUL and IMUL (measured). */
    private static void mulFlags(Cpu c, boolean overflow) {
        c.setStatus(0x801, overflow ? 0x801 : 0);
    }

    /** MUL/IMUL with one operand: rDX:rAX (AX for bytes) = rAX * src. */
    static void mul1(Cpu c, Instruction i, int d0, boolean signed) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long b = Operands.get(c, i, d0, size, la);
        long[] g = c.gpr;
        if (size == 8) {
            long a = g[0];
            long lo = a * b;
            long hi = signed ? Math.multiplyHigh(a, b) : Math.unsignedMultiplyHigh(a, b);
            g[0] = lo;
            g[2] = hi;
            mulFlags(c, signed ? hi != (lo >> 63) : hi != 0);
            return;
        }
        int bits = size * 8;
        long a = g[0] & Cpu.mask(size);
        long p;
        boolean of;
        if (signed) {
            p = (a << (64 - bits) >> (64 - bits)) * (b << (64 - bits) >> (64 - bits));
            of = p != (p << (64 - bits) >> (64 - bits));
        } else {
            p = a * b;
            of = (p >>> bits) != 0;
        }
        if (size == 1) {
            c.setGpr(0, 2, p);
        } else {
            c.setGpr(0, size, p);
            c.setGpr(2, size, p >>> bits);
        }
        mulFlags(c, of);
    }

    /** IMUL with two or three operands: dest = src1 * src2 truncated. */
    static void imul(Cpu c, Instruction i, int d0, int d1, int d2) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long a, b;
        if ((d2 & 0xF) == Operands.K_NONE) {
            a = Operands.get(c, i, d0, size, la);
            b = Operands.get(c, i, d1, size, la);
        } else {
            a = Operands.get(c, i, d1, size, la);
            b = i.imm;
        }
        int bits = size * 8;
        long sa = a << (64 - bits) >> (64 - bits);
        long sb = size == 8 ? b : (b << (64 - bits) >> (64 - bits));
        long lo = sa * sb;
        boolean of;
        if (size == 8) {
            of = Math.multiplyHigh(sa, sb) != (lo >> 63);
        } else {
            of = lo != (lo << (64 - bits) >> (64 - bits));
        }
        Operands.set(c, i, d0, size, la, lo & Cpu.mask(size));
        mulFlags(c, of);
    }

    // ---------------------------------------------------------------- divide

    /**
     * Flags after DIV/IDIV are all undefined; this processor (AMD EPYC, measured) keeps CF and OF,
     * clears SF ZF PF and sets AF.
     */
    private static void divFlags(Cpu c) {
        c.setAllStatus((c.status() & 0x801) | 0x10);
    }

    static void div(Cpu c, Instruction i, int d0, boolean signed) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long d = Operands.get(c, i, d0, size, la);
        if (d == 0) throw c.fault(Vectors.DE, -1);
        long[] g = c.gpr;
        if (size == 8) {
            if (signed) idiv128(c, g[2], g[0], d);
            else divu128(c, g[2], g[0], d);
            divFlags(c);
            return;
        }
        int bits = size * 8;
        long m = Cpu.mask(size);
        long hi = size == 1 ? (g[0] >>> 8) & 0xFF : g[2] & m;
        long lo = g[0] & m;
        long q, r;
        if (!signed) {
            long n = (hi << bits) | lo;
            q = Long.divideUnsigned(n, d);
            r = Long.remainderUnsigned(n, d);
            if ((q & ~m) != 0) throw c.fault(Vectors.DE, -1);
        } else {
            long n = ((hi << bits) | lo) << (64 - 2 * bits) >> (64 - 2 * bits);
            long sd = d << (64 - bits) >> (64 - bits);
            q = n / sd;
            r = n % sd;
            if (q != (q << (64 - bits) >> (64 - bits))) throw c.fault(Vectors.DE, -1);
        }
        if (size == 1) {
            c.setGpr(0, 2, (q & 0xFF) | (r & 0xFF) << 8);
        } else {
            c.setGpr(0, size, q);
            c.setGpr(2, size, r);
        }
        divFlags(c);
    }

    /** Unsigned 128/64 division of hi:lo by d into RAX (quotient) and RDX (remainder); #DE on overflow. */
    private static void divu128(Cpu c, long hi, long lo, long d) {
        if (Long.compareUnsigned(hi, d) >= 0) throw c.fault(Vectors.DE, -1);
        c.gpr[0] = divu128q(c, hi, lo, d);
        c.gpr[2] = c.divRemainder;
    }

    /** Quotient of hi:lo / d for hi < d (unsigned); the remainder goes to {@code c.divRemainder}. */
    private static long divu128q(Cpu c, long hi, long lo, long d) {
        if (hi == 0) {
            c.divRemainder = Long.remainderUnsigned(lo, d);
            return Long.divideUnsigned(lo, d);
        }
        long q = 0, r = hi;
        for (int k = 63; k >= 0; k--) {
            boolean carry = r < 0;
            r = (r << 1) | ((lo >>> k) & 1);
            q <<= 1;
            if (carry || Long.compareUnsigned(r, d) >= 0) {
                r -= d;
                q |= 1;
            }
        }
        c.divRemainder = r;
        return q;
    }

    private static void idiv128(Cpu c, long hi, long lo, long d) {
        boolean negN = hi < 0;
        if (negN) { // negate the 128-bit value
            lo = -lo;
            hi = ~hi + (lo == 0 ? 1 : 0);
        }
        boolean negD = d < 0;
        long ud = negD ? -d : d;
        if (Long.compareUnsigned(hi, ud) >= 0) throw c.fault(Vectors.DE, -1);
        long q = divu128q(c, hi, lo, ud), r = c.divRemainder;
        boolean negQ = negN != negD;
        // The quotient must fit in a signed 64-bit value.
        if (negQ ? Long.compareUnsigned(q, 1L << 63) > 0 : q < 0) throw c.fault(Vectors.DE, -1);
        c.gpr[0] = negQ ? -q : q;
        c.gpr[2] = negN ? -r : r;
    }

    // ---------------------------------------------------------------- ADX

    static void adx(Cpu c, Instruction i, int d0, int d1, boolean overflowFlag) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long a = Operands.get(c, i, d0, size, la);
        long b = Operands.get(c, i, d1, size, la);
        int bit = overflowFlag ? 0x800 : 1;
        int cin = (c.status() & bit) != 0 ? 1 : 0;
        long m = Cpu.mask(size);
        long r = (a + b + cin) & m;
        boolean carry = cin != 0 ? Long.compareUnsigned(r, a) <= 0 : Long.compareUnsigned(r, a) < 0;
        Operands.set(c, i, d0, size, la, r);
        c.setStatus(bit, carry ? bit : 0);
    }
}
