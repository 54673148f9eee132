package pacifica.emu.x87;

import static pacifica.emu.x87.FpEnv.C0;
import static pacifica.emu.x87.FpEnv.C1;
import static pacifica.emu.x87.FpEnv.PE;
import static pacifica.emu.x87.FpEnv.C2;
import static pacifica.emu.x87.FpEnv.C3;
import static pacifica.emu.x87.FpEnv.DE;
import static pacifica.emu.x87.FpEnv.IE;
import static pacifica.emu.x87.FpEnv.ZE;

/**
 * Software 80-bit extended-precision arithmetic with the x87's rounding, precision control,
 * exceptions and masked responses, bit-exact to an AMD64 processor's x87 unit.
 *
 * <p>A value is a pair {@code (int se, long m)}: {@code se} holds the sign (bit 15) and the biased
 * 15-bit exponent, {@code m} the 64-bit significand including the explicit integer bit (bit 63).
 * Operations take their operands as such pairs and leave the result in an {@link FpEnv}, so they
 * allocate nothing. Operand classes follow the 387 and later: unnormals, pseudo-NaNs and
 * pseudo-infinities are unsupported formats (invalid operation); pseudo-denormals are accepted as
 * denormal operands with the value their bits say (exponent 1 - bias).
 */
public final class Float80 {
    private Float80() {}

    public static final int BIAS = 16383;
    public static final int MAX_EXP = 0x7FFF;
    public static final long INTEGER_BIT = Long.MIN_VALUE;
    public static final long QUIET_BIT = 0x4000_0000_0000_0000L;
    /** The QNaN "real indefinite", the masked response to invalid operations. */
    public static final int INDEFINITE_SE = 0xFFFF;
    public static final long INDEFINITE_M = 0xC000_0000_0000_0000L;

    // Operand classes.
    static final int ZERO = 0, NORMAL = 1, DENORMAL = 2, INF = 3, QNAN = 4, SNAN = 5, UNSUPPORTED = 6;

    static int classify(int se, long m) {
        int e = se & MAX_EXP;
        if (e == 0) return m == 0 ? ZERO : DENORMAL;
        if (e == MAX_EXP) {
            if (m >= 0) return UNSUPPORTED;
            if ((m << 1) == 0) return INF;
            return (m & QUIET_BIT) != 0 ? QNAN : SNAN;
        }
        return m < 0 ? NORMAL : UNSUPPORTED;
    }

    static boolean isNaN(int cls) {
        return cls == QNAN || cls == SNAN;
    }

    /** Signals an invalid operation; the masked response is the QNaN indefinite. */
    static boolean invalid(FpEnv env) {
        env.flags |= IE;
        if (!env.masked(IE)) return false;
        env.result(INDEFINITE_SE, INDEFINITE_M);
        return true;
    }

    /** Unsupported operands, SNaNs and QNaNs of a one-operand operation; -1 when none applies. */
    static int specialOperand(FpEnv env, int se, long m, int cls) {
        if (cls == UNSUPPORTED) return invalid(env) ? 1 : 0;
        if (cls == SNAN) {
            env.flags |= IE;
            if (!env.masked(IE)) return 0;
            env.result(se, m | QUIET_BIT);
            return 1;
        }
        if (cls == QNAN) {
            env.result(se, m);
            return 1;
        }
        return -1;
    }

    /**
     * Unsupported formats and NaNs of a two-operand operation. Returns -1 when neither applies, else
     * 1 (result set) or 0 (unmasked invalid operation: no result).
     */
    static int specialOperands(FpEnv env, int seA, long mA, int ca, int seB, long mB, int cb) {
        if (ca == UNSUPPORTED || cb == UNSUPPORTED) return invalid(env) ? 1 : 0;
        if (!isNaN(ca) && !isNaN(cb)) return -1;
        if (ca == SNAN || cb == SNAN) {
            env.flags |= IE;
            if (!env.masked(IE)) return 0;
        }
        propagateNaN(env, seA, mA, ca, seB, mB, cb);
        return 1;
    }

    /**
     * The NaN result of an operation with NaN operands, as the host AMD x87 does it: a lone NaN is
     * quieted; of a QNaN and an SNaN the QNaN wins; of two NaNs of the same kind the one with the
     * larger significand, and on a tie the positive one.
     */
    static void propagateNaN(FpEnv env, int seA, long mA, int ca, int seB, long mB, int cb) {
        if (isNaN(ca) && isNaN(cb)) {
            boolean pickA;
            if (ca != cb) {
                pickA = ca == QNAN;
            } else {
                int c = Long.compareUnsigned(mA, mB);
                pickA = c > 0 || (c == 0 && sign(seA) == 0);
            }
            if (pickA) env.result(seA, mA | QUIET_BIT);
            else env.result(seB, mB | QUIET_BIT);
        } else if (isNaN(ca)) {
            env.result(seA, mA | QUIET_BIT);
        } else {
            env.result(seB, mB | QUIET_BIT);
        }
    }

    /** Signals a denormal operand; false when the exception is unmasked (no result). */
    static boolean denormal(FpEnv env, int ca, int cb) {
        return denormal(env, ca, cb, false);
    }

    /** As above; {@code sourceDenormal}: the memory operand was a denormal of its own format. */
    static boolean denormal(FpEnv env, int ca, int cb, boolean sourceDenormal) {
        if (ca != DENORMAL && cb != DENORMAL && !sourceDenormal) return true;
        env.flags |= DE;
        return env.masked(DE);
    }

    /** Reads and clears {@link FpEnv#denormalSource}. */
    static boolean takeSourceDenormal(FpEnv env) {
        boolean d = env.denormalSource;
        env.denormalSource = false;
        return d;
    }

    /** The exponent of a finite nonzero operand after normalizing its significand ({@link #normalized}). */
    static int normExp(int se, long m) {
        int e = se & MAX_EXP;
        if (e == 0) return 1 - Long.numberOfLeadingZeros(m);
        return e;
    }

    static long normalized(long m) {
        return m << Long.numberOfLeadingZeros(m);
    }

    static int sign(int se) {
        return (se >> 15) & 1;
    }

    // ------------------------------------------------------------------ add, subtract

    public static boolean add(FpEnv env, int seA, long mA, int seB, long mB) {
        return addSub(env, seA, mA, seB, mB, false);
    }

    /** a - b (FSUB; FSUBR is sub with the operands swapped). */
    public static boolean sub(FpEnv env, int seA, long mA, int seB, long mB) {
        return addSub(env, seA, mA, seB, mB, true);
    }

    private static boolean addSub(FpEnv env, int seA, long mA, int seB, long mB, boolean negateB) {
        env.flags = 0;
        boolean src = takeSourceDenormal(env);
        int ca = classify(seA, mA), cb = classify(seB, mB);
        int s = specialOperands(env, seA, mA, ca, seB, mB, cb);
        if (s >= 0) return s == 1;
        if (negateB) seB ^= 0x8000;
        int sa = sign(seA), sb = sign(seB);
        if (ca == INF || cb == INF) {
            if (ca == INF && cb == INF && sa != sb) return invalid(env);
            if (!denormal(env, ca, cb, src)) return false;
            env.result(ca == INF ? seA : seB, INTEGER_BIT);
            return true;
        }
        if (!denormal(env, ca, cb, src)) return false;
        int rc = env.roundingControl();
        if (ca == ZERO && cb == ZERO) {
            int zs = sa == sb ? sa : (rc == FpEnv.RC_DOWN ? 1 : 0);
            env.result(zs << 15, 0);
            return true;
        }
        int p = env.precision();
        if (ca == ZERO) return Rounder.round(env, sb, normExp(seB, mB), normalized(mB), 0, p, MAX_EXP,
                Rounder.WRAP_EXTENDED);
        if (cb == ZERO) return Rounder.round(env, sa, normExp(seA, mA), normalized(mA), 0, p, MAX_EXP,
                Rounder.WRAP_EXTENDED);
        int ea = normExp(seA, mA), eb = normExp(seB, mB);
        long ma = normalized(mA), mb = normalized(mB);
        // Order by magnitude: |a| >= |b|.
        if (ea < eb || (ea == eb && Long.compareUnsigned(ma, mb) < 0)) {
            int t = ea; ea = eb; eb = t;
            long tm = ma; ma = mb; mb = tm;
            t = sa; sa = sb; sb = t;
        }
        // b aligned to a's exponent as a 128-bit value with sticky bit.
        int d = ea - eb;
        long bh, bl;
        if (d == 0) {
            bh = mb; bl = 0;
        } else if (d < 64) {
            bh = mb >>> d; bl = mb << (64 - d);
        } else if (d == 64) {
            bh = 0; bl = mb;
        } else if (d < 128) {
            bh = 0; bl = (mb >>> (d - 64)) | ((mb << (128 - d)) != 0 ? 1 : 0);
        } else {
            bh = 0; bl = 1;
        }
        long hi, lo;
        int exp = ea;
        if (sa == sb) {
            lo = bl; // a's low half is zero
            hi = ma + bh;
            if (Long.compareUnsigned(hi, ma) < 0) { // carry out of bit 63
                long sticky = lo & 1;
                lo = (lo >>> 1) | (hi << 63) | sticky;
                hi = (hi >>> 1) | INTEGER_BIT;
                exp++;
            }
        } else {
            lo = -bl;
            hi = ma - bh - (bl != 0 ? 1 : 0);
            if (hi == 0 && lo == 0) {
                env.result((rc == FpEnv.RC_DOWN ? 1 : 0) << 15, 0);
                return true;
            }
            int n = hi != 0 ? Long.numberOfLeadingZeros(hi) : 64 + Long.numberOfLeadingZeros(lo);
            if (n >= 64) {
                hi = lo << (n - 64);
                lo = 0;
            } else if (n > 0) {
                hi = (hi << n) | (lo >>> (64 - n));
                lo <<= n;
            }
            exp -= n;
        }
        return Rounder.round(env, sa, exp, hi, lo, p, MAX_EXP, Rounder.WRAP_EXTENDED);
    }

    // ------------------------------------------------------------------ multiply

    public static boolean mul(FpEnv env, int seA, long mA, int seB, long mB) {
        env.flags = 0;
        boolean src = takeSourceDenormal(env);
        int ca = classify(seA, mA), cb = classify(seB, mB);
        int s = specialOperands(env, seA, mA, ca, seB, mB, cb);
        if (s >= 0) return s == 1;
        int sign = sign(seA) ^ sign(seB);
        if (ca == INF || cb == INF) {
            if (ca == ZERO || cb == ZERO) return invalid(env);
            if (!denormal(env, ca, cb, src)) return false;
            env.result((sign << 15) | MAX_EXP, INTEGER_BIT);
            return true;
        }
        if (!denormal(env, ca, cb, src)) return false;
        if (ca == ZERO || cb == ZERO) {
            env.result(sign << 15, 0);
            return true;
        }
        long ma = normalized(mA), mb = normalized(mB);
        int exp = normExp(seA, mA) + normExp(seB, mB) - BIAS + 1;
        long hi = Math.unsignedMultiplyHigh(ma, mb), lo = ma * mb;
        if (hi >= 0) {
            hi = (hi << 1) | (lo >>> 63);
            lo <<= 1;
            exp--;
        }
        return Rounder.round(env, sign, exp, hi, lo, env.precision(), MAX_EXP, Rounder.WRAP_EXTENDED);
    }

    // ------------------------------------------------------------------ divide

    /** a / b (FDIV; FDIVR is div with the operands swapped). */
    public static boolean div(FpEnv env, int seA, long mA, int seB, long mB) {
        env.flags = 0;
        boolean src = takeSourceDenormal(env);
        int ca = classify(seA, mA), cb = classify(seB, mB);
        int s = specialOperands(env, seA, mA, ca, seB, mB, cb);
        if (s >= 0) return s == 1;
        int sign = sign(seA) ^ sign(seB);
        if (ca == INF) {
            if (cb == INF) return invalid(env);
            if (!denormal(env, ca, cb, src)) return false;
            env.result((sign << 15) | MAX_EXP, INTEGER_BIT);
            return true;
        }
        if (cb == INF) {
            if (!denormal(env, ca, cb, src)) return false;
            env.result(sign << 15, 0);
            return true;
        }
        if (cb == ZERO) {
            if (ca == ZERO) return invalid(env);
            // zero divide outranks the denormal-operand exception: a denormal dividend raises ZE only
            env.flags |= ZE;
            if (!env.masked(ZE)) return false;
            env.result((sign << 15) | MAX_EXP, INTEGER_BIT);
            return true;
        }
        if (!denormal(env, ca, cb, src)) return false;
        if (ca == ZERO) {
            env.result(sign << 15, 0);
            return true;
        }
        long ma = normalized(mA), mb = normalized(mB);
        int exp = normExp(seA, mA) - normExp(seB, mB) + BIAS;
        // Quotient of 64 bits with its leading one at bit 63: ma * 2^63 / mb or ma * 2^64 / mb.
        long nh, nl;
        if (Long.compareUnsigned(ma, mb) >= 0) {
            nh = ma >>> 1; nl = ma << 63;
        } else {
            nh = ma; nl = 0;
            exp--;
        }
        long q = divide128(nh, nl, mb);
        return Rounder.round(env, sign, exp, q, remainderBits(remainder128(nh, nl, mb, q), mb), env.precision(),
                MAX_EXP, Rounder.WRAP_EXTENDED);
    }

    private static final long B32 = 1L << 32, LOW32 = B32 - 1;

    /**
     * floor((u1:u0) / v) for a normalized divisor (bit 63 set) and u1 < v, so that the quotient fits
     * in 64 bits: Knuth's algorithm D with two 32-bit quotient digits (Hacker's Delight, divlu).
     */
    static long divide128(long u1, long u0, long v) {
        long vn1 = v >>> 32, vn0 = v & LOW32;
        long un1 = u0 >>> 32, un0 = u0 & LOW32;
        long q1 = Long.divideUnsigned(u1, vn1);
        long rhat = u1 - q1 * vn1;
        while (Long.compareUnsigned(q1, LOW32) > 0
                || Long.compareUnsigned(q1 * vn0, (rhat << 32) | un1) > 0) {
            q1--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, LOW32) > 0) break;
        }
        long un21 = (u1 << 32) + un1 - q1 * v;
        long q0 = Long.divideUnsigned(un21, vn1);
        rhat = un21 - q0 * vn1;
        while (Long.compareUnsigned(q0, LOW32) > 0
                || Long.compareUnsigned(q0 * vn0, (rhat << 32) | un0) > 0) {
            q0--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, LOW32) > 0) break;
        }
        return (q1 << 32) | q0;
    }

    /** (u1:u0) - q * v, known to be below v. */
    static long remainder128(long u1, long u0, long v, long q) {
        return u0 - q * v;
    }

    /** Round and sticky bits for a remainder {@code r < d}: the fraction r/d as far as rounding needs it. */
    static long remainderBits(long r, long d) {
        if (r == 0) return 0;
        // compare 2r with d (2r may need 65 bits)
        int c = r < 0 ? 1 : Long.compareUnsigned(r << 1, d);
        if (c == 0) return INTEGER_BIT;
        return c > 0 ? INTEGER_BIT | 1 : 1;
    }

    // ------------------------------------------------------------------ square root

    public static boolean sqrt(FpEnv env, int seA, long mA) {
        env.flags = 0;
        int ca = classify(seA, mA);
        int s = specialOperand(env, seA, mA, ca);
        if (s >= 0) return s == 1;
        if (ca == ZERO) {
            env.result(seA, 0);
            return true;
        }
        if (sign(seA) != 0) return invalid(env);
        if (ca == INF) {
            env.result(seA, mA);
            return true;
        }
        if (!denormal(env, ca, ZERO)) return false;
        long ma = normalized(mA);
        int e = normExp(seA, mA) - BIAS;
        // radicand R = ma * 2^63 (e even) or ma * 2^64 (e odd); root in [2^63, 2^64)
        long rh, rl;
        if ((e & 1) != 0) {
            rh = ma; rl = 0;
        } else {
            rh = ma >>> 1; rl = ma << 63;
        }
        int exp = Math.floorDiv(e, 2) + BIAS;
        long root = isqrt128(rh, rl);
        long sh = Math.unsignedMultiplyHigh(root, root), sl = root * root;
        long remL = rl - sl;
        long remH = rh - sh - (Long.compareUnsigned(rl, sl) < 0 ? 1 : 0);
        long lo;
        if (remH == 0 && remL == 0) {
            lo = 0;
        } else if (remH != 0 || Long.compareUnsigned(remL, root) > 0) {
            lo = INTEGER_BIT | 1; // the root's fraction is above one half (never exactly half)
        } else {
            lo = 1;
        }
        return Rounder.round(env, 0, exp, root, lo, env.precision(), MAX_EXP, Rounder.WRAP_EXTENDED);
    }

    /**
     * floor(sqrt(rh:rl)) for a radicand in [2^126, 2^128): a double estimate (within about 2^11 of
     * the root), one Newton step r + (R - r^2) / 2r, then a correction by at most a few units. The
     * Newton step is taken in binary64: R - r^2 is small (below 2^80 in magnitude) and exact in
     * 128-bit integers, so the step's error is far below one unit and no 128/64-bit division is needed.
     */
    static long isqrt128(long rh, long rl) {
        double approx = Math.sqrt(unsignedToDouble(rh) * 0x1p64 + unsignedToDouble(rl));
        long r = approx >= 0x1p64 ? -1L : Long.MIN_VALUE | (long) (Math.max(approx, 0x1p63) - 0x1p63);
        long sh = Math.unsignedMultiplyHigh(r, r), sl = r * r;
        long dl = rl - sl, dh = rh - sh - (Long.compareUnsigned(rl, sl) < 0 ? 1 : 0); // R - r^2, two's complement
        long step = (long) ((dh * 0x1p64 + unsignedToDouble(dl)) / (2 * unsignedToDouble(r)));
        long t = r + step;
        if (step > 0 && Long.compareUnsigned(t, r) < 0) t = -1L; // the root is below 2^64
        else if (t > 0) t = Long.MIN_VALUE; // nor below 2^63
        r = t;
        while (squareAbove(r, rh, rl)) r--;
        while (r != -1L && !squareAbove(r + 1, rh, rl)) r++;
        return r;
    }

    /** An unsigned 64-bit value as a double (rounded; exact below 2^53). */
    private static double unsignedToDouble(long v) {
        return (v >>> 1) * 2.0 + (v & 1);
    }

    /** r^2 > rh:rl (unsigned 128-bit). */
    private static boolean squareAbove(long r, long rh, long rl) {
        long sh = Math.unsignedMultiplyHigh(r, r), sl = r * r;
        int c = Long.compareUnsigned(sh, rh);
        return c > 0 || (c == 0 && Long.compareUnsigned(sl, rl) > 0);
    }

    // ------------------------------------------------------------------ compare

    /**
     * FCOM/FUCOM/FCOMI: compares a with b and sets C3 C2 C0 in {@code env.flags} (greater: 000,
     * less: 001, equal: 100, unordered: 111). {@code quiet} (FUCOM) signals IE only for SNaNs and
     * unsupported formats, a plain compare for any NaN. Returns false when an exception is unmasked;
     * the condition codes are set even then, as the host AMD processor does (for FCOMI too).
     */
    public static boolean compare(FpEnv env, int seA, long mA, int seB, long mB, boolean quiet) {
        env.flags = 0;
        boolean sourceDenormal = takeSourceDenormal(env);
        int ca = classify(seA, mA), cb = classify(seB, mB);
        if (ca == UNSUPPORTED || cb == UNSUPPORTED || isNaN(ca) || isNaN(cb)) {
            boolean signal = !quiet || ca == SNAN || cb == SNAN || ca == UNSUPPORTED || cb == UNSUPPORTED;
            env.flags |= C3 | C2 | C0;
            if (signal) {
                env.flags |= IE;
                return env.masked(IE);
            }
            return true;
        }
        boolean ok = denormal(env, ca, cb, sourceDenormal);
        int c = compareOrdered(seA, mA, ca, seB, mB, cb);
        env.flags |= c == 0 ? C3 : c < 0 ? C0 : 0;
        return ok;
    }

    /** Compares two ordered (non-NaN, supported) values: -1, 0, 1. */
    static int compareOrdered(int seA, long mA, int ca, int seB, long mB, int cb) {
        if (ca == ZERO && cb == ZERO) return 0;
        int sa = sign(seA), sb = sign(seB);
        if (ca == ZERO) return sb != 0 ? 1 : -1;
        if (cb == ZERO) return sa != 0 ? -1 : 1;
        if (sa != sb) return sa != 0 ? -1 : 1;
        int mag;
        if (ca == INF || cb == INF) {
            mag = ca == cb ? 0 : ca == INF ? 1 : -1;
        } else {
            int ea = normExp(seA, mA), eb = normExp(seB, mB);
            mag = ea != eb ? Integer.compare(ea, eb) : Long.compareUnsigned(normalized(mA), normalized(mB));
        }
        return sa != 0 ? -mag : mag;
    }

    // ------------------------------------------------------------------ round to integer

    /** FRNDINT: rounds to an integral value by the rounding control (precision control does not apply). */
    public static boolean roundToInt(FpEnv env, int seA, long mA) {
        env.flags = 0;
        int ca = classify(seA, mA);
        int s = specialOperand(env, seA, mA, ca);
        if (s >= 0) return s == 1;
        if (ca == ZERO || ca == INF) {
            env.result(seA, mA);
            return true;
        }
        if (!denormal(env, ca, ZERO)) return false;
        int e = normExp(seA, mA) - BIAS;
        if (e >= 63) {
            env.result(seA, mA);
            return true;
        }
        long m = normalized(mA);
        int sign = sign(seA);
        int rc = env.roundingControl();
        // integer part in 'hi' with the fraction below; for e < -1 the value is a pure sticky fraction
        long hi, lo;
        if (e >= 0) {
            hi = m >>> (63 - e);
            lo = m << (e + 1);
        } else if (e == -1) {
            hi = 0;
            lo = m;
        } else {
            hi = 0;
            lo = 1; // below one half, nonzero
        }
        boolean up = roundsUp(hi, lo, rc, sign);
        if (lo != 0) env.flags |= PE;
        if (up) {
            hi++;
            env.flags |= C1;
        }
        if (hi == 0) {
            env.result(sign << 15, 0);
            return true;
        }
        int n = Long.numberOfLeadingZeros(hi);
        env.result((sign << 15) | (BIAS + 63 - n), hi << n);
        return true;
    }

    /** Rounding of an integer {@code hi} with a 64-bit fraction {@code lo} (binary point between them). */
    static boolean roundsUp(long hi, long lo, int rc, int sign) {
        return Rounder.roundsUp(hi, lo, 0, rc, sign);
    }
}
