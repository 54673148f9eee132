package pacifica.emu.cpu;

import java.util.HashMap;
import java.util.Map;

import pacifica.emu.Vectors;
import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;

/**
 * SSE/SSE2/SSE3/SSE4.1 floating-point arithmetic with the MXCSR semantics (AMD APM vol. 1, 4.10):
 * rounding control, DAZ, FTZ, the six exception flags and their masks. An unmasked exception in any
 * element raises #XM (#UD when CR4.OSXMMEXCPT is clear) with the destination unwritten and the flags
 * of all elements recorded. Each result is computed as a nearest double plus the sign of its exact
 * error (TwoSum, FMA residuals; binary64 operations scaled into the normal range when an operand or
 * the result is extreme) and rounded by {@link SseRound} (rounding control, overflow and tininess
 * with an unbounded exponent, FTZ, the flags). NaN results: the first NaN operand quieted, else the
 * default NaN.
 *
 * <p>Takes over the floating-point forms of {@link Sse} (which keeps its cases, now unreachable:
 * they can be deleted there) and adds the packed forms Sse lacked; conversions in {@link SseCvt}.
 */
public final class SseFp {
    private SseFp() {}

    static final int ADD = 1, SUB = 2, MUL = 3, DIV = 4, MIN = 5, MAX = 6, SQRT = 7, CMP = 8, COMI = 9, UCOMI = 10,
            ADDSUB = 11, HADD = 12, HSUB = 13, ROUND = 14,
            RCP = 15, RSQRT = 16;
    static final int IE = 1, DE = 2, ZE = 4, OE = 8, UE = 16, PE = 32;

    private static final Map<String, Integer> OPS = new HashMap<>();

    /** info: bits 8-11 element size (4/8), bit 12 packed. */
    private static void op(int code, String base) {
        OPS.put(base + "SS", code | 4 << 8);
        OPS.put(base + "SD", code | 8 << 8);
        OPS.put(base + "PS", code | 4 << 8 | 1 << 12);
        OPS.put(base + "PD", code | 8 << 8 | 1 << 12);
    }

    static {
        op(ADD, "ADD");
        op(SUB, "SUB");
        op(MUL, "MUL");
        op(DIV, "DIV");
        op(MIN, "MIN");
        op(MAX, "MAX");
        op(SQRT, "SQRT");
        op(CMP, "CMP");
        OPS.put("COMISS", COMI | 4 << 8);
        OPS.put("COMISD", COMI | 8 << 8);
        OPS.put("UCOMISS", UCOMI | 4 << 8);
        OPS.put("UCOMISD", UCOMI | 8 << 8);
        OPS.put("ADDSUBPS", ADDSUB | 4 << 8 | 1 << 12);
        OPS.put("ADDSUBPD", ADDSUB | 8 << 8 | 1 << 12);
        OPS.put("HADDPS", HADD | 4 << 8 | 1 << 12);
        OPS.put("HADDPD", HADD | 8 << 8 | 1 << 12);
        OPS.put("HSUBPS", HSUB | 4 << 8 | 1 << 12);
        OPS.put("HSUBPD", HSUB | 8 << 8 | 1 << 12);
        op(ROUND, "ROUND");
        OPS.put("RCPSS", RCP | 4 << 8);
        OPS.put("RCPPS", RCP | 4 << 8 | 1 << 12);
        OPS.put("RSQRTSS", RSQRT | 4 << 8);
        OPS.put("RSQRTPS", RSQRT | 4 << 8 | 1 << 12);
        SseCvt.register(OPS);
    }

    /** The operation for a legacy XMM floating-point form, or -1. */
    public static int opFor(InstructionForm f) {
        if (f.space != InstructionForm.SPACE_LEGACY || f.attributes.containsKey("ud")) return -1;
        for (var o : f.operands) {
            OperandKind k = o.kind();
            if (k == OperandKind.P || k == OperandKind.Q || k == OperandKind.N) return -1;
        }
        if (f.operands.length == 0 || f.operands[0].kind() != OperandKind.V && f.operands[0].kind() != OperandKind.G) {
            return -1; // string CMPSD ...
        }
        Integer v = OPS.get(f.mnemonic);
        return v == null ? -1 : v;
    }

    public static void execute(Cpu c, Instruction i, int op) {
        int code = op & 0xFF, es = (op >> 8) & 0xF;
        boolean packed = (op & 0x1000) != 0;
        if (code >= SseCvt.FIRST) {
            SseCvt.execute(c, i, code, es);
            return;
        }
        long[] x = c.xmm;
        int d = 2 * i.reg;
        long sl, sh;
        if (packed) {
            c.loadXmmOperand(i, true);
            sl = c.sseLo;
            sh = c.sseHi;
        } else {
            sl = i.isMemory ? c.read(c.ea(i), es) : x[2 * i.rm];
            sh = 0;
        }
        long dl = x[d], dh = x[d + 1];
        if (code == RCP || code == RSQRT) { // approximations that neither read nor write MXCSR (host)
            x[d] = packed ? Reciprocal.packed(sl, code == RSQRT) : Reciprocal.scalar(dl, sl, code == RSQRT);
            if (packed) x[d + 1] = Reciprocal.packed(sh, code == RSQRT);
            return;
        }
        c.fpEnv.flags = 0;
        int pred = (int) (i.imm & 7);
        long rl, rh;
        if (code == COMI || code == UCOMI) {
            int f = compare(c, dl, sl, es, code == COMI);
            finish(c);
            c.setAllStatus(f);
            return;
        }
        if (code == ROUND) {
            int imm = (int) (i.imm & 0xF);
            if (es == 8) {
                rl = round64i(c, sl, imm);
                rh = packed ? round64i(c, sh, imm) : dh;
            } else if (packed) {
                rl = round32i(c, (int) sl, imm) & 0xFFFFFFFFL | (long) round32i(c, (int) (sl >>> 32), imm) << 32;
                rh = round32i(c, (int) sh, imm) & 0xFFFFFFFFL | (long) round32i(c, (int) (sh >>> 32), imm) << 32;
            } else {
                rl = (dl & ~0xFFFFFFFFL) | round32i(c, (int) sl, imm) & 0xFFFFFFFFL;
                rh = dh;
            }
        } else if (code == HADD || code == HSUB) {
            int k = code == HADD ? ADD : SUB;
            if (es == 8) {
                rl = op64(c, k, dl, dh, 0);
                rh = op64(c, k, sl, sh, 0);
            } else {
                rl = pair32(c, k, dl, dl >>> 32, 0) | pair32(c, k, dh, dh >>> 32, 0) << 32;
                rh = pair32(c, k, sl, sl >>> 32, 0) | pair32(c, k, sh, sh >>> 32, 0) << 32;
            }
        } else if (code == ADDSUB) {
            if (es == 8) {
                rl = op64(c, SUB, dl, sl, 0);
                rh = op64(c, ADD, dh, sh, 0);
            } else {
                rl = pair32(c, SUB, dl, sl, 0) | pair32(c, ADD, dl >>> 32, sl >>> 32, 0) << 32;
                rh = pair32(c, SUB, dh, sh, 0) | pair32(c, ADD, dh >>> 32, sh >>> 32, 0) << 32;
            }
        } else if (es == 8) {
            rl = op64(c, code, dl, sl, pred);
            rh = packed ? op64(c, code, dh, sh, pred) : dh;
        } else if (packed) {
            rl = pair32(c, code, dl, sl, pred) | pair32(c, code, dl >>> 32, sl >>> 32, pred) << 32;
            rh = pair32(c, code, dh, sh, pred) | pair32(c, code, dh >>> 32, sh >>> 32, pred) << 32;
        } else {
            rl = (dl & ~0xFFFFFFFFL) | pair32(c, code, dl, sl, pred);
            rh = dh;
        }
        finish(c);
        x[d] = rl;
        x[d + 1] = rh;
    }

    /** Records the flags; an unmasked one raises #XM (or #UD without CR4.OSXMMEXCPT). */
    static void finish(Cpu c) {
        int f = c.fpEnv.flags;
        // An unmasked invalid, denormal or zero-divide exception is reported before any result is
        // computed: the precision, underflow and overflow flags of the operation are not recorded.
        if ((f & ~(c.mxcsr >> 7) & (IE | DE | ZE)) != 0) f &= IE | DE | ZE;
        c.mxcsr |= f;
        if ((f & ~(c.mxcsr >> 7) & 0x3F) != 0) throw c.fault((c.cr4 & 0x400) != 0 ? Vectors.XM : Vectors.UD, -1);
    }

    private static long pair32(Cpu c, int code, long a, long b, int pred) {
        return op32(c, code, (int) a, (int) b, pred) & 0xFFFFFFFFL;
    }

    // ================================================================ ROUNDxx (SSE4.1)

    /** The rounding of ROUNDxx: imm bit 2 selects MXCSR.RC, else imm bits 1:0. */
    private static double roundMode(Cpu c, double v, int imm) {
        int rc = (imm & 4) != 0 ? (c.mxcsr >> 13) & 3 : imm & 3;
        return switch (rc) {
            case 0 -> Math.rint(v);
            case 1 -> Math.floor(v);
            case 2 -> Math.ceil(v);
            default -> v < 0 ? Math.ceil(v) : Math.floor(v);
        };
    }

    /** ROUNDSD/PD element: IE only for SNaNs, PE unless imm bit 3; DAZ applies, DE is not signaled. */
    private static long round64i(Cpu c, long bits, int imm) {
        if (nan64(bits)) {
            if (snan64(bits)) c.fpEnv.flags |= IE;
            return bits | 0x0008000000000000L;
        }
        if ((bits & 0x7FF0000000000000L) == 0 && (c.mxcsr & 0x40) != 0) bits &= Long.MIN_VALUE;
        double v = Double.longBitsToDouble(bits);
        double r = Math.copySign(roundMode(c, v, imm), v);
        if (r != v && (imm & 8) == 0) c.fpEnv.flags |= PE;
        return Double.doubleToRawLongBits(r);
    }

    private static int round32i(Cpu c, int bits, int imm) {
        if (nan32(bits)) {
            if (snan32(bits)) c.fpEnv.flags |= IE;
            return bits | 0x00400000;
        }
        if ((bits & 0x7F800000) == 0 && (c.mxcsr & 0x40) != 0) bits &= Integer.MIN_VALUE;
        float v = Float.intBitsToFloat(bits);
        float r = Math.copySign((float) roundMode(c, v, imm), v);
        if (r != v && (imm & 8) == 0) c.fpEnv.flags |= PE;
        return Float.floatToRawIntBits(r);
    }

    // ================================================================ binary64

    static boolean nan64(long v) {
        return (v & Long.MAX_VALUE) > 0x7FF0000000000000L;
    }

    static boolean snan64(long v) {
        return nan64(v) && (v & 0x0008000000000000L) == 0;
    }

    private static long daz64(Cpu c, long v) {
        if ((v & 0x7FF0000000000000L) == 0 && (v & 0xFFFFFFFFFFFFFL) != 0) {
            if ((c.mxcsr & 0x40) != 0) return v & Long.MIN_VALUE;
            c.fpEnv.flags |= DE;
        }
        return v;
    }

    static long op64(Cpu c, int code, long ab, long bb, int pred) {
        if (code == CMP) return cmp64(c, ab, bb, pred) ? -1L : 0;
        if (code == SQRT) ab = bb;
        boolean na = nan64(ab), nb = nan64(bb);
        if (na || nb) {
            if (snan64(ab) || snan64(bb) || code == MIN || code == MAX) c.fpEnv.flags |= IE;
            if (code == MIN || code == MAX) { // no DE with a NaN operand; DAZ still flushes the result (host)
                return !nb && (c.mxcsr & 0x40) != 0 && (bb & 0x7FF0000000000000L) == 0 ? bb & Long.MIN_VALUE : bb;
            }
            return (na ? ab : bb) | 0x0008000000000000L;
        }
        if (code == SQRT && ab < 0 && (ab & Long.MAX_VALUE) != 0 && (c.mxcsr & 0x40) == 0) return invalid64(c); // no DE (host)
        int before = c.fpEnv.flags;
        ab = daz64(c, ab);
        if (code != SQRT) bb = daz64(c, bb);
        double a = Double.longBitsToDouble(ab), b = Double.longBitsToDouble(bb);
        if (code == DIV && b == 0 && a != 0 && !Double.isInfinite(a)) c.fpEnv.flags = before; // ZE outranks DE (host)
        switch (code) {
            case MIN -> {
                return a < b ? ab : bb;
            }
            case MAX -> {
                return a > b ? ab : bb;
            }
            case ADD, SUB -> {
                if (code == SUB) b = -b;
                if (Double.isInfinite(a) && Double.isInfinite(b) && a != b) return invalid64(c);
                double r = a + b;
                if (r == 0 || Double.isInfinite(a) || Double.isInfinite(b)) { // exact
                    if (r == 0 && ((c.mxcsr >> 13) & 3) == 1 && !(a == 0 && b == 0 && 1 / a > 0 && 1 / b > 0)) r = -0.0;
                    return Double.doubleToRawLongBits(r);
                }
                if (Double.isInfinite(r)) return addHuge(c, a, b);
                double bv = r - a, err = (a - (r - bv)) + (b - bv); // TwoSum: exact for a finite sum ...
                if (Double.isNaN(err)) { // ... unless r - a overflowed (a huge, r of the other sign): Fast2Sum
                    err = Math.abs(a) >= Math.abs(b) ? b - (r - a) : a - (r - b);
                }
                if (Math.abs(r) < Double.MIN_NORMAL) return SseRound.to64(c, r * 0x1p100, 0, -100); // tiny sums are exact
                return SseRound.to64(c, r, (int) Math.signum(err), 0);
            }
            case MUL -> {
                double r = a * b;
                if (Double.isNaN(r)) return invalid64(c);
                if (a == 0 || b == 0 || Double.isInfinite(a) || Double.isInfinite(b)) return Double.doubleToRawLongBits(r);
                if (moderate(r)) return SseRound.to64(c, r, (int) Math.signum(Math.fma(a, b, -r)), 0);
                int ea = SseRound.exponent(a), eb = SseRound.exponent(b); // scaled to [1, 2): the product is normal
                double as = Math.scalb(a, -ea), bs = Math.scalb(b, -eb), q = as * bs;
                return SseRound.to64(c, q, (int) Math.signum(Math.fma(as, bs, -q)), ea + eb);
            }
            case DIV -> {
                if (b == 0 && a != 0 && !Double.isInfinite(a)) c.fpEnv.flags |= ZE;
                double r = a / b;
                if (Double.isNaN(r)) return invalid64(c);
                if (a == 0 || b == 0 || Double.isInfinite(a) || Double.isInfinite(b)) return Double.doubleToRawLongBits(r);
                if (moderate(a) && moderate(b) && moderate(r)) return SseRound.to64(c, r, (int) (Math.signum(Math.fma(-r, b, a)) * Math.signum(b)), 0);
                int ea = SseRound.exponent(a), eb = SseRound.exponent(b);
                double as = Math.scalb(a, -ea), bs = Math.scalb(b, -eb), q = as / bs;
                return SseRound.to64(c, q, (int) (Math.signum(Math.fma(-q, bs, as)) * Math.signum(bs)), ea - eb);
            }
            default -> { // SQRT
                if (a < 0) return invalid64(c);
                if (a == 0 || Double.isInfinite(a)) return Double.doubleToRawLongBits(a);
                int k = a < 0x1p-900 ? 200 : 0; // an even scale keeping the residual a - r*r representable
                double as = a * Math.scalb(1.0, k), r = Math.sqrt(as);
                return SseRound.to64(c, r, (int) Math.signum(Math.fma(-r, r, as)), -k / 2);
            }
        }
    }

    /** a + b (finite, same sign) whose nearest-even sum overflowed: the sum is rounded at half scale. */
    private static long addHuge(Cpu c, double a, double b) {
        if (Math.abs(a) < Math.abs(b)) {
            double t = a;
            a = b;
            b = t;
        }
        if (SseRound.exponent(a) - SseRound.exponent(b) > 60) return SseRound.to64(c, a * 0.5, (int) Math.signum(b), 1);
        double ah = a * 0.5, bh = b * 0.5, r = ah + bh, bv = r - ah; // exact halves: both are large
        return SseRound.to64(c, r, (int) Math.signum((ah - (r - bv)) + (bh - bv)), 1);
    }

    /** A magnitude in [2^-900, 2^900]: an FMA residual of a product or quotient of such values is exact. */
    private static boolean moderate(double v) {
        double m = Math.abs(v);
        return m >= 0x1p-900 && m <= 0x1p900;
    }

    private static long invalid64(Cpu c) {
        c.fpEnv.flags |= IE;
        return 0xFFF8000000000000L;
    }

    private static boolean cmp64(Cpu c, long ab, long bb, int pred) {
        boolean un = nan64(ab) || nan64(bb);
        if (snan64(ab) || snan64(bb) || un && (pred == 1 || pred == 2 || pred == 5 || pred == 6)) c.fpEnv.flags |= IE;
        if (un) return pred == 3 || pred == 4 || pred == 5 || pred == 6;
        double a = Double.longBitsToDouble(daz64(c, ab)), b = Double.longBitsToDouble(daz64(c, bb));
        return switch (pred) {
            case 0 -> a == b;
            case 1 -> a < b;
            case 2 -> a <= b;
            case 3 -> false;
            case 4 -> a != b;
            case 5 -> !(a < b);
            case 6 -> !(a <= b);
            default -> true;
        };
    }

    /** COMISS/COMISD (signal on any NaN) and UCOMIS* (on SNaNs): ZF PF CF. */
    static int compare(Cpu c, long ab, long bb, int es, boolean signal) {
        if (es == 4) {
            boolean anyNaN = nan32((int) ab) || nan32((int) bb); // no DE next to a NaN (host)
            ab = widen(anyNaN ? (int) ab : daz32(c, (int) ab));
            bb = widen(anyNaN ? (int) bb : daz32(c, (int) bb));
        }
        boolean un = nan64(ab) || nan64(bb);
        if (un) {
            if (signal || snan64(ab) || snan64(bb)) c.fpEnv.flags |= IE;
            return 0x45;
        }
        double a = Double.longBitsToDouble(es == 4 ? ab : daz64(c, ab)), b = Double.longBitsToDouble(es == 4 ? bb : daz64(c, bb));
        return a > b ? 0 : a < b ? 1 : 0x40;
    }

    /** A binary32 operand as a double for comparisons (denormal flag and DAZ applied). */
    private static long widen(int v) {
        if ((v & 0x7FFFFFFF) > 0x7F800000) {
            long q = (v & 0x00400000) != 0 ? 0x0008000000000000L : 0;
            return (v < 0 ? Long.MIN_VALUE : 0) | 0x7FF0000000000000L | q | ((long) (v & 0x3FFFFF) << 29) | 1L << 28;
        }
        return Double.doubleToRawLongBits(Float.intBitsToFloat(v));
    }

    // ================================================================ binary32

    static boolean nan32(int v) {
        return (v & Integer.MAX_VALUE) > 0x7F800000;
    }

    static boolean snan32(int v) {
        return nan32(v) && (v & 0x00400000) == 0;
    }

    private static int daz32(Cpu c, int v) {
        if ((v & 0x7F800000) == 0 && (v & 0x7FFFFF) != 0) {
            if ((c.mxcsr & 0x40) != 0) return v & Integer.MIN_VALUE;
            c.fpEnv.flags |= DE;
        }
        return v;
    }

    static int op32(Cpu c, int code, int ab, int bb, int pred) {
        if (code == CMP) {
            boolean un = nan32(ab) || nan32(bb);
            if (snan32(ab) || snan32(bb) || un && (pred == 1 || pred == 2 || pred == 5 || pred == 6)) c.fpEnv.flags |= IE;
            if (un) return pred == 3 || pred == 4 || pred == 5 || pred == 6 ? -1 : 0;
            float a = Float.intBitsToFloat(daz32(c, ab)), b = Float.intBitsToFloat(daz32(c, bb));
            boolean r = switch (pred) {
                case 0 -> a == b;
                case 1 -> a < b;
                case 2 -> a <= b;
                case 3 -> false;
                case 4 -> a != b;
                case 5 -> !(a < b);
                case 6 -> !(a <= b);
                default -> true;
            };
            return r ? -1 : 0;
        }
        if (code == SQRT) ab = bb;
        boolean na = nan32(ab), nb = nan32(bb);
        if (na || nb) {
            if (snan32(ab) || snan32(bb) || code == MIN || code == MAX) c.fpEnv.flags |= IE;
            if (code == MIN || code == MAX) return !nb && (c.mxcsr & 0x40) != 0 && (bb & 0x7F800000) == 0 ? bb & Integer.MIN_VALUE : bb;
            return (na ? ab : bb) | 0x00400000;
        }
        if (code == SQRT && ab < 0 && (ab & Integer.MAX_VALUE) != 0 && (c.mxcsr & 0x40) == 0) return invalid32(c);
        int before = c.fpEnv.flags;
        ab = daz32(c, ab);
        if (code != SQRT) bb = daz32(c, bb);
        float a = Float.intBitsToFloat(ab), b = Float.intBitsToFloat(bb);
        if (code == DIV && b == 0 && a != 0 && !Float.isInfinite(a)) c.fpEnv.flags = before;
        switch (code) {
            case MIN -> {
                return a < b ? ab : bb;
            }
            case MAX -> {
                return a > b ? ab : bb;
            }
            case ADD, SUB -> {
                if (code == SUB) b = -b;
                if (Float.isInfinite(a) && Float.isInfinite(b) && a != b) return invalid32(c);
                double da = a, db = b, r = da + db;
                if (r == 0 || Float.isInfinite(a) || Float.isInfinite(b)) { // exact
                    float z = a + b;
                    if (z == 0 && ((c.mxcsr >> 13) & 3) == 1 && !(a == 0 && b == 0 && 1 / a > 0 && 1 / b > 0)) z = -0.0f;
                    return Float.floatToRawIntBits(z);
                }
                double bv = r - da, err = (da - (r - bv)) + (db - bv); // TwoSum in binary64: exact
                return SseRound.to32(c, r, (int) Math.signum(err), 0);
            }
            case MUL -> {
                float z = a * b;
                if (Float.isNaN(z)) return invalid32(c);
                if (a == 0 || b == 0 || Float.isInfinite(a) || Float.isInfinite(b)) return Float.floatToRawIntBits(z);
                return SseRound.to32(c, (double) a * (double) b, 0, 0); // exact: 48 significant bits
            }
            case DIV -> {
                if (b == 0 && a != 0 && !Float.isInfinite(a)) c.fpEnv.flags |= ZE;
                float z = a / b;
                if (Float.isNaN(z)) return invalid32(c);
                if (a == 0 || b == 0 || Float.isInfinite(a) || Float.isInfinite(b)) return Float.floatToRawIntBits(z);
                double q = (double) a / b;
                return SseRound.to32(c, q, (int) (Math.signum(Math.fma(-q, b, a)) * Math.signum(b)), 0);
            }
            default -> {
                if (a < 0) return invalid32(c);
                if (a == 0 || Float.isInfinite(a)) return Float.floatToRawIntBits(a);
                double r = Math.sqrt(a);
                return SseRound.to32(c, r, (int) Math.signum(Math.fma(-r, r, a)), 0);
            }
        }
    }

    private static int invalid32(Cpu c) {
        c.fpEnv.flags |= IE;
        return 0xFFC00000;
    }
}
