package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;

/**
 * The common case of ADD/SUB/MUL/DIV/MIN/MAX/SQRT SS/SD/PS/PD, decided without {@link SseRound}
 * (and of the scalar compares COMIS and UCOMIS, whose common case raises nothing):
 * MXCSR rounding to nearest and every element's operands zeros or normal numbers with a result in
 * the normal range (or an exact zero). There the host's result is the Java operation's (round to
 * nearest even), DAZ and FTZ change nothing, and the only possible flag is PE, read off an exact
 * residual (TwoSum, FMA, or a product exact in binary64). An element outside that case goes to
 * {@link SseFp#op64}/{@link SseFp#op32} unchanged, so results and flags are those of the general
 * code; the flags of all elements are then recorded by {@link SseFp#finish} as before.
 *
 * <p>Block construction ({@link Fast#specialize}) routes these forms here ({@link Dispatch#FAST_SSE}),
 * which also skips {@link SseFp#execute}'s decoding of the operation.
 */
final class SseFast {
    private SseFast() {}

    /** "Not decided here": an SNaN, never a result of the fast paths. */
    static final long FALLBACK = 0x7FF0000000000001L;
    private static final long EXP64 = 0x7FF0000000000000L;
    private static final int EXP32 = 0x7F800000;
    private static final int RC = 0x6000;

    /** Whether {@link #execute} handles the SseFp operation {@code op} (operation number and element size). */
    static boolean handles(int op) {
        int code = op & 0xFF;
        return code >= SseFp.ADD && code <= SseFp.SQRT || code == SseFp.COMI || code == SseFp.UCOMI;
    }

    static void execute(Cpu c, Instruction i, int op) {
        int code = op & 0xFF, es = (op >> 8) & 0xF;
        if ((op & 0x1000) != 0) {
            packed(c, i, code, es);
            return;
        }
        long[] x = c.xmm;
        int d = 2 * i.reg;
        long sl = i.isMemory ? c.read(c.ea(i), es) : x[2 * i.rm];
        long dl = x[d];
        c.fpEnv.flags = 0;
        if (code == SseFp.COMI || code == SseFp.UCOMI) {
            compare(c, dl, sl, es, code == SseFp.COMI);
            return;
        }
        boolean nearest = (c.mxcsr & RC) == 0;
        long r;
        if (es == 8) {
            r = nearest ? fast64(c, code, dl, sl) : FALLBACK;
            if (r == FALLBACK) r = SseFp.op64(c, code, dl, sl, 0);
        } else {
            r = nearest ? fast32(c, code, (int) dl, (int) sl) : FALLBACK;
            if (r == FALLBACK) r = SseFp.op32(c, code, (int) dl, (int) sl, 0);
            r = (dl & ~0xFFFFFFFFL) | (r & 0xFFFFFFFFL);
        }
        if (c.fpEnv.flags != 0) SseFp.finish(c);
        x[d] = r;
    }

    private static void packed(Cpu c, Instruction i, int code, int es) {
        long[] x = c.xmm;
        int d = 2 * i.reg;
        c.loadXmmOperand(i, true);
        long sl = c.sseLo, sh = c.sseHi;
        long dl = x[d], dh = x[d + 1];
        c.fpEnv.flags = 0;
        boolean nearest = (c.mxcsr & RC) == 0;
        long rl, rh;
        if (es == 8) {
            rl = element64(c, code, dl, sl, nearest);
            rh = element64(c, code, dh, sh, nearest);
        } else {
            rl = element32(c, code, dl, sl, nearest) | element32(c, code, dl >>> 32, sl >>> 32, nearest) << 32;
            rh = element32(c, code, dh, sh, nearest) | element32(c, code, dh >>> 32, sh >>> 32, nearest) << 32;
        }
        if (c.fpEnv.flags != 0) SseFp.finish(c);
        x[d] = rl;
        x[d + 1] = rh;
    }

    /**
     * COMISS/COMISD/UCOMISS/UCOMISD: ZF PF CF. Zeros and normal numbers compare as Java values and
     * raise nothing (no NaN, no denormal); anything else takes {@link SseFp#compare}.
     */
    private static void compare(Cpu c, long dl, long sl, int es, boolean signal) {
        int f;
        if (es == 8 ? plain64(dl) && plain64(sl) : plain32((int) dl) && plain32((int) sl)) {
            double a = es == 8 ? Double.longBitsToDouble(dl) : Float.intBitsToFloat((int) dl);
            double b = es == 8 ? Double.longBitsToDouble(sl) : Float.intBitsToFloat((int) sl);
            f = a > b ? 0 : a < b ? 1 : 0x40;
        } else {
            f = SseFp.compare(c, dl, sl, es, signal);
            SseFp.finish(c);
        }
        c.setAllStatus(f);
    }

    private static long element64(Cpu c, int code, long a, long b, boolean nearest) {
        long r = nearest ? fast64(c, code, a, b) : FALLBACK;
        return r != FALLBACK ? r : SseFp.op64(c, code, a, b, 0);
    }

    /** One binary32 element, zero-extended. */
    private static long element32(Cpu c, int code, long a, long b, boolean nearest) {
        long r = nearest ? fast32(c, code, (int) a, (int) b) : FALLBACK;
        return (r != FALLBACK ? r : SseFp.op32(c, code, (int) a, (int) b, 0)) & 0xFFFFFFFFL;
    }

    // ================================================================ binary64

    /** A zero or a normal number: not a NaN, an infinity or a denormal. */
    private static boolean plain64(long v) {
        long e = v & EXP64;
        return e != EXP64 && (e != 0 || (v << 1) == 0);
    }

    /** A magnitude in [2^-900, 2^900], as {@code SseFp.moderate}: FMA residuals of such values are exact. */
    private static boolean moderate(double v) {
        double m = Math.abs(v);
        return m >= 0x1p-900 && m <= 0x1p900;
    }

    /** Normal and finite, above the smallest normal: the nearest double is the nearest with an unbounded exponent. */
    private static boolean normalResult(double r) {
        double m = Math.abs(r);
        return m > Double.MIN_NORMAL && m <= Double.MAX_VALUE;
    }

    /** a op b (b alone for SQRT) under RC = nearest, PE ORed into the flags; {@link #FALLBACK} outside the common case. */
    static long fast64(Cpu c, int code, long ab, long bb) {
        if (!plain64(bb)) return FALLBACK;
        if (code == SseFp.SQRT) return sqrt64(c, bb);
        if (!plain64(ab)) return FALLBACK;
        double a = Double.longBitsToDouble(ab), b = Double.longBitsToDouble(bb);
        return switch (code) {
            case SseFp.ADD -> sum64(c, a, b);
            case SseFp.SUB -> sum64(c, a, -b);
            case SseFp.MUL -> mul64(c, a, b);
            case SseFp.DIV -> div64(c, a, b);
            case SseFp.MIN -> a < b ? ab : bb;
            default -> a > b ? ab : bb; // MAX
        };
    }

    private static long sum64(Cpu c, double a, double b) {
        double r = a + b;
        if (r == 0) return Double.doubleToRawLongBits(r); // exact: zeros, or x + -x (+0 when rounding to nearest)
        if (!normalResult(r)) return FALLBACK;
        double bv = r - a, err = (a - (r - bv)) + (b - bv); // TwoSum: the exact error, NaN when r - a overflowed
        if (err != 0) {
            if (err != err) return FALLBACK;
            c.fpEnv.flags |= SseFp.PE;
        }
        return Double.doubleToRawLongBits(r);
    }

    private static long mul64(Cpu c, double a, double b) {
        double r = a * b;
        if (a == 0 || b == 0) return Double.doubleToRawLongBits(r);
        if (!moderate(r)) return FALLBACK;
        if (Math.fma(a, b, -r) != 0) c.fpEnv.flags |= SseFp.PE;
        return Double.doubleToRawLongBits(r);
    }

    private static long div64(Cpu c, double a, double b) {
        if (b == 0) return FALLBACK; // zero divide
        double r = a / b;
        if (a == 0) return Double.doubleToRawLongBits(r);
        if (!moderate(a) || !moderate(b) || !moderate(r)) return FALLBACK;
        if (Math.fma(-r, b, a) != 0) c.fpEnv.flags |= SseFp.PE;
        return Double.doubleToRawLongBits(r);
    }

    private static long sqrt64(Cpu c, long bb) {
        if ((bb << 1) == 0) return bb; // +-0
        if (bb < 0) return FALLBACK; // invalid
        double a = Double.longBitsToDouble(bb);
        if (a < 0x1p-900) return FALLBACK; // the general code scales tiny radicands
        double r = Math.sqrt(a);
        if (Math.fma(-r, r, a) != 0) c.fpEnv.flags |= SseFp.PE;
        return Double.doubleToRawLongBits(r);
    }

    // ================================================================ binary32

    private static boolean plain32(int v) {
        int e = v & EXP32;
        return e != EXP32 && (e != 0 || (v << 1) == 0);
    }

    private static boolean normalResult(float z) {
        float m = Math.abs(z);
        return m > Float.MIN_NORMAL && m <= Float.MAX_VALUE;
    }

    /** As {@link #fast64} for binary32 elements: the result's bits zero-extended, or {@link #FALLBACK}. */
    static long fast32(Cpu c, int code, int ab, int bb) {
        if (!plain32(bb)) return FALLBACK;
        if (code == SseFp.SQRT) return sqrt32(c, bb);
        if (!plain32(ab)) return FALLBACK;
        float a = Float.intBitsToFloat(ab), b = Float.intBitsToFloat(bb);
        return switch (code) {
            case SseFp.ADD -> sum32(c, a, b);
            case SseFp.SUB -> sum32(c, a, -b);
            case SseFp.MUL -> mul32(c, a, b);
            case SseFp.DIV -> div32(c, a, b);
            case SseFp.MIN -> (a < b ? ab : bb) & 0xFFFFFFFFL;
            default -> (a > b ? ab : bb) & 0xFFFFFFFFL; // MAX
        };
    }

    private static long bits(float z) {
        return Float.floatToRawIntBits(z) & 0xFFFFFFFFL;
    }

    private static long sum32(Cpu c, float a, float b) {
        float z = a + b;
        if (z == 0) return bits(z); // exact (a nonzero sum of floats is at least 2^-149)
        if (!normalResult(z)) return FALLBACK;
        double da = a, db = b, r = da + db, bv = r - da;
        if ((double) z != r || (da - (r - bv)) + (db - bv) != 0) c.fpEnv.flags |= SseFp.PE;
        return bits(z);
    }

    private static long mul32(Cpu c, float a, float b) {
        float z = a * b;
        if (a == 0 || b == 0) return bits(z);
        if (!normalResult(z)) return FALLBACK;
        if ((double) z != (double) a * (double) b) c.fpEnv.flags |= SseFp.PE; // the product is exact in binary64
        return bits(z);
    }

    private static long div32(Cpu c, float a, float b) {
        if (b == 0) return FALLBACK; // zero divide
        float z = a / b;
        if (a == 0) return bits(z);
        if (!normalResult(z)) return FALLBACK;
        if ((double) z * (double) b != (double) a) c.fpEnv.flags |= SseFp.PE;
        return bits(z);
    }

    private static long sqrt32(Cpu c, int bb) {
        if ((bb << 1) == 0) return bb & 0xFFFFFFFFL; // +-0
        if (bb < 0) return FALLBACK; // invalid
        float a = Float.intBitsToFloat(bb);
        float z = (float) Math.sqrt(a); // correctly rounded: binary64 has more than 2 * 24 + 2 bits
        double dz = z;
        if (dz * dz != (double) a) c.fpEnv.flags |= SseFp.PE;
        return bits(z);
    }
}
