package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;

/**
 * The SSE/SSE2 conversions with MXCSR semantics ({@link SseFp} flags, rounding control, DAZ, FTZ,
 * #XM): integer to float, float to integer (rounded by RC or truncated; NaN and out-of-range give
 * the integer indefinite with IE), single to double and back, packed forms. Entered from
 * {@link SseFp#execute} for operation numbers from {@link #FIRST}.
 */
final class SseCvt {
    private SseCvt() {}

    static final int FIRST = 20, CVTSI2 = 20, CVT2SI = 21, CVTT2SI = 22, CVTSS2SD = 23, CVTSD2SS = 24, CVTPS2PD = 25,
            CVTPD2PS = 26, CVTDQ2PD = 27, CVTDQ2PS = 28, CVTPS2DQ = 29, CVTTPS2DQ = 30, CVTPD2DQ = 31, CVTTPD2DQ = 32;

    static void register(java.util.Map<String, Integer> ops) {
        ops.put("CVTSI2SS", CVTSI2 | 4 << 8);
        ops.put("CVTSI2SD", CVTSI2 | 8 << 8);
        ops.put("CVTSS2SI", CVT2SI | 4 << 8);
        ops.put("CVTSD2SI", CVT2SI | 8 << 8);
        ops.put("CVTTSS2SI", CVTT2SI | 4 << 8);
        ops.put("CVTTSD2SI", CVTT2SI | 8 << 8);
        ops.put("CVTSS2SD", CVTSS2SD);
        ops.put("CVTSD2SS", CVTSD2SS);
        ops.put("CVTPS2PD", CVTPS2PD);
        ops.put("CVTPD2PS", CVTPD2PS);
        ops.put("CVTDQ2PD", CVTDQ2PD);
        ops.put("CVTDQ2PS", CVTDQ2PS);
        ops.put("CVTPS2DQ", CVTPS2DQ);
        ops.put("CVTTPS2DQ", CVTTPS2DQ);
        ops.put("CVTPD2DQ", CVTPD2DQ);
        ops.put("CVTTPD2DQ", CVTTPD2DQ);
    }

    private static long src128lo(Cpu c, Instruction i) {
        c.loadXmmOperand(i, true);
        return c.sseLo;
    }

    private static long src64(Cpu c, Instruction i, int size) {
        return i.isMemory ? c.read(c.ea(i), size) : c.xmm[2 * i.rm];
    }

    static void execute(Cpu c, Instruction i, int code, int es) {
        long[] x = c.xmm;
        int d = 2 * i.reg;
        c.fpEnv.flags = 0;
        switch (code) {
            case CVTSI2 -> {
                int size = (i.rex & 8) != 0 ? 8 : 4;
                long v = i.isMemory ? c.read(c.ea(i), size) : c.reg(i, i.rm, size);
                if (size == 4) v = (int) v;
                long r = es == 8 ? fromLong64(c, v) : fromLong32(c, v) & 0xFFFFFFFFL;
                SseFp.finish(c);
                x[d] = es == 8 ? r : (x[d] & ~0xFFFFFFFFL) | r;
            }
            case CVT2SI, CVTT2SI -> {
                int size = (i.rex & 8) != 0 ? 8 : 4;
                long v = src64(c, i, es);
                long r = toInt(c, es == 8 ? v : widen(c, (int) v, false), size, code == CVTT2SI);
                SseFp.finish(c);
                c.setGpr(i.reg, size, r);
            }
            case CVTSS2SD -> {
                long r = widen(c, (int) src64(c, i, 4), true);
                SseFp.finish(c);
                x[d] = r;
            }
            case CVTSD2SS -> {
                long r = narrow(c, src64(c, i, 8)) & 0xFFFFFFFFL;
                SseFp.finish(c);
                x[d] = (x[d] & ~0xFFFFFFFFL) | r;
            }
            case CVTPS2PD -> {
                long v = src64(c, i, 8);
                long lo = widen(c, (int) v, true), hi = widen(c, (int) (v >>> 32), true);
                SseFp.finish(c);
                x[d] = lo;
                x[d + 1] = hi;
            }
            case CVTPD2PS -> {
                long lo = src128lo(c, i), hi = c.sseHi;
                long r = (narrow(c, lo) & 0xFFFFFFFFL) | (long) narrow(c, hi) << 32;
                SseFp.finish(c);
                x[d] = r;
                x[d + 1] = 0;
            }
            case CVTDQ2PD -> {
                long v = src64(c, i, 8);
                x[d] = Double.doubleToRawLongBits((int) v);
                x[d + 1] = Double.doubleToRawLongBits((int) (v >>> 32));
            }
            case CVTDQ2PS -> {
                long lo = src128lo(c, i), hi = c.sseHi;
                long r0 = (fromLong32(c, (int) lo) & 0xFFFFFFFFL) | (long) fromLong32(c, (int) (lo >>> 32)) << 32;
                long r1 = (fromLong32(c, (int) hi) & 0xFFFFFFFFL) | (long) fromLong32(c, (int) (hi >>> 32)) << 32;
                SseFp.finish(c);
                x[d] = r0;
                x[d + 1] = r1;
            }
            case CVTPS2DQ, CVTTPS2DQ -> {
                long lo = src128lo(c, i), hi = c.sseHi;
                boolean t = code == CVTTPS2DQ;
                long r0 = (toInt(c, widen(c, (int) lo, false), 4, t) & 0xFFFFFFFFL) | toInt(c, widen(c, (int) (lo >>> 32), false), 4, t) << 32;
                long r1 = (toInt(c, widen(c, (int) hi, false), 4, t) & 0xFFFFFFFFL) | toInt(c, widen(c, (int) (hi >>> 32), false), 4, t) << 32;
                SseFp.finish(c);
                x[d] = r0;
                x[d + 1] = r1;
            }
            default -> { // CVTPD2DQ, CVTTPD2DQ
                long lo = src128lo(c, i), hi = c.sseHi;
                boolean t = code == CVTTPD2DQ;
                long r = (toInt(c, lo, 4, t) & 0xFFFFFFFFL) | toInt(c, hi, 4, t) << 32;
                SseFp.finish(c);
                x[d] = r;
                x[d + 1] = 0;
            }
        }
    }

    private static int rc(Cpu c) {
        return (c.mxcsr >> 13) & 3;
    }

    private static long fromLong64(Cpu c, long v) {
        double r = v;
        int cmp = r >= 0x1p63 ? -1 : Long.compare(v, (long) r); // sign of v - r
        return adjust64(c, r, cmp);
    }

    static int fromLong32(Cpu c, long v) {
        float r = v;
        int cmp = r >= 0x1p63f ? -1 : Long.compare(v, (long) r);
        return Float.floatToRawIntBits((float) directed(c, r, cmp, true));
    }

    private static long adjust64(Cpu c, double r, int cmp) {
        return Double.doubleToRawLongBits(directed(c, r, cmp, false));
    }

    /**
     * Applies MXCSR.RC to {@code r}, the nearest binary32 ({@code single}) or binary64 value to an
     * integer that lies above it ({@code cmp > 0}) or below it ({@code cmp < 0}); PE when inexact.
     */
    private static double directed(Cpu c, double r, int cmp, boolean single) {
        if (cmp == 0) return r;
        c.fpEnv.flags |= SseFp.PE;
        int m = rc(c);
        boolean up = m == 2 && cmp > 0 || m == 3 && r < 0 && cmp > 0;
        boolean down = m == 1 && cmp < 0 || m == 3 && r > 0 && cmp < 0;
        if (up) return single ? Math.nextUp((float) r) : Math.nextUp(r);
        if (down) return single ? Math.nextDown((float) r) : Math.nextDown(r);
        return r;
    }

    /** binary32 to binary64 bits: exact; SNaN quieted with IE; denormal: DE, or zero under DAZ. */
    static long widen(Cpu c, int v, boolean signalNaN) {
        if ((v & 0x7FFFFFFF) > 0x7F800000) {
            if ((v & 0x00400000) == 0 && signalNaN) c.fpEnv.flags |= SseFp.IE;
            return (v < 0 ? Long.MIN_VALUE : 0) | 0x7FF8000000000000L | ((long) (v & 0x3FFFFF) << 29);
        }
        if ((v & 0x7F800000) == 0 && (v & 0x7FFFFF) != 0) {
            if ((c.mxcsr & 0x40) != 0) return v < 0 ? Long.MIN_VALUE : 0;
            if (signalNaN) c.fpEnv.flags |= SseFp.DE;
        }
        return Double.doubleToRawLongBits(Float.intBitsToFloat(v));
    }

    /** binary64 to binary32 by the rounding control (IE DE OE UE PE, FTZ). */
    static int narrow(Cpu c, long v) {
        if (SseFp.nan64(v)) {
            if (SseFp.snan64(v)) c.fpEnv.flags |= SseFp.IE;
            return (v < 0 ? Integer.MIN_VALUE : 0) | 0x7FC00000 | (int) ((v >>> 29) & 0x3FFFFF);
        }
        if ((v & 0x7FF0000000000000L) == 0 && (v & 0xFFFFFFFFFFFFFL) != 0) {
            if ((c.mxcsr & 0x40) != 0) return v < 0 ? Integer.MIN_VALUE : 0;
            c.fpEnv.flags |= SseFp.DE;
        }
        double dv = Double.longBitsToDouble(v);
        if (dv == 0 || Double.isInfinite(dv)) return Float.floatToRawIntBits((float) dv);
        if (Math.abs(dv) < Double.MIN_NORMAL) return SseRound.to32(c, dv * 0x1p64, 0, -64);
        return SseRound.to32(c, dv, 0, 0);
    }

    /** A binary64 value (bits) to a signed integer of {@code size} bytes. */
    static long toInt(Cpu c, long bits, int size, boolean truncate) {
        long indefinite = size == 8 ? Long.MIN_VALUE : 0x80000000L;
        if (SseFp.nan64(bits)) {
            c.fpEnv.flags |= SseFp.IE;
            return indefinite;
        }
        if ((bits & 0x7FF0000000000000L) == 0 && (c.mxcsr & 0x40) != 0) bits &= Long.MIN_VALUE;
        double v = Double.longBitsToDouble(bits);
        double r = truncate ? (v < 0 ? Math.ceil(v) : Math.floor(v)) : switch (rc(c)) {
            case 0 -> Math.rint(v);
            case 1 -> Math.floor(v);
            case 2 -> Math.ceil(v);
            default -> v < 0 ? Math.ceil(v) : Math.floor(v);
        };
        double lim = size == 8 ? 0x1p63 : 0x1p31;
        if (r >= lim || r < -lim) {
            c.fpEnv.flags |= SseFp.IE;
            return indefinite;
        }
        if (r != v) c.fpEnv.flags |= SseFp.PE;
        long out = (long) r;
        return size == 8 ? out : out & 0xFFFFFFFFL;
    }
}
