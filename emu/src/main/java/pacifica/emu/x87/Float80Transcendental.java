package pacifica.emu.x87;

import static pacifica.emu.x87.Float80.BIAS;
import static pacifica.emu.x87.Float80.INF;
import static pacifica.emu.x87.Float80.INTEGER_BIT;
import static pacifica.emu.x87.Float80.MAX_EXP;
import static pacifica.emu.x87.Float80.ZERO;
import static pacifica.emu.x87.FpEnv.C1;
import static pacifica.emu.x87.FpEnv.C2;
import static pacifica.emu.x87.FpEnv.ZE;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The x87 transcendental instructions: FSIN, FCOS, FSINCOS, FPTAN, FPATAN, F2XM1, FYL2X, FYL2XP1.
 *
 * <p>Results are computed to about 230 bits and rounded once by the rounding control (precision
 * control does not apply), modelling what the host AMD x87 (Zen 4) computes where that is known:
 * FSIN/FCOS/FPTAN reduce their argument modulo pi/2 with the x87's 68-bit pi, not the true pi;
 * the sine branch of FSIN/FCOS/FSINCOS carries the host polynomial's measured error curve
 * ({@link SineError}); FPATAN unfolds its angle with the same 68-bit pi. Elsewhere the host's
 * internal error behaves as noise of a few hundredths of an ulp that no model here reproduces, so
 * those results are correctly rounded and a few percent differ from the host in the last bit
 * (measured by TranscendentalAgreementTest; the findings are in emu/src/test/analysis/x87).
 * Special operands, exceptions and flags follow the hardware. Arguments with |x| >= 2^63 are out of
 * range: C2 is set and the operand is returned unchanged (the CPU must then not push for
 * FSINCOS/FPTAN).
 *
 * <p>Operands are named as on the x87 stack: {@code a} is ST(0), {@code b} is ST(1). Two-result
 * instructions leave the new ST(0) in {@code env.se/m} and the new ST(1) in {@code env.se2/m2}.
 */
public final class Float80Transcendental {
    private Float80Transcendental() {}

    private static final int SIN = 0, COS = 1, TAN = 2;

    public static boolean fsin(FpEnv env, int se, long m) {
        return trig(env, se, m, SIN);
    }

    public static boolean fcos(FpEnv env, int se, long m) {
        return trig(env, se, m, COS);
    }

    /** FPTAN: new ST(0) = 1.0, new ST(1) = tan(a). */
    public static boolean fptan(FpEnv env, int se, long m) {
        if (!trig(env, se, m, TAN)) return false;
        if ((env.flags & C2) != 0) return true;
        env.se2 = env.se;
        env.m2 = env.m;
        // a NaN result (NaN operand, masked invalid operation) is pushed instead of 1.0
        if (Float80.classify(env.se, env.m) != Float80.QNAN) env.result(BIAS, INTEGER_BIT);
        return true;
    }

    /** FSINCOS: new ST(0) = cos(a), new ST(1) = sin(a). */
    public static boolean fsincos(FpEnv env, int se, long m) {
        if (!trig(env, se, m, SIN)) return false;
        if ((env.flags & C2) != 0) return true;
        int sinSe = env.se, sinFlags = env.flags;
        long sinM = env.m;
        if (!trig(env, se, m, COS)) return false;
        env.se2 = sinSe;
        env.m2 = sinM;
        env.flags = (env.flags & ~C1) | sinFlags; // C1 tells how the sine (new ST(1)) was rounded
        return true;
    }

    private static boolean trig(FpEnv env, int se, long m, int fn) {
        env.flags = 0;
        int ca = Float80.classify(se, m);
        int s = Float80.specialOperand(env, se, m, ca);
        if (s >= 0) return s == 1;
        if (ca == INF) return Float80.invalid(env);
        if (ca == ZERO) {
            if (fn == COS) env.result(BIAS, INTEGER_BIT);
            else env.result(se, m);
            return true;
        }
        if (!Float80.denormal(env, ca, ZERO)) return false;
        if (Float80.normExp(se, m) - BIAS >= 63) {
            env.flags |= C2;
            env.result(se, m);
            return true;
        }
        if (Float80.normExp(se, m) - BIAS < -32) return tinyTrig(env, se, m, fn);
        BigDecimal x = BigMath.toBig(se, m);
        BigDecimal n = x.divide(BigMath.PI68_HALF, BigMath.MC).setScale(0, java.math.RoundingMode.HALF_EVEN);
        BigDecimal r = x.subtract(n.multiply(BigMath.PI68_HALF));
        int q = n.remainder(BigDecimal.valueOf(4)).intValue() & 3;
        BigDecimal v = switch (fn) {
            case SIN -> switch (q) {
                case 0 -> BigMath.sin(r);
                case 1 -> BigMath.cos(r);
                case 2 -> BigMath.sin(r).negate();
                default -> BigMath.cos(r).negate();
            };
            case COS -> switch (q) {
                case 0 -> BigMath.cos(r);
                case 1 -> BigMath.sin(r).negate();
                case 2 -> BigMath.cos(r).negate();
                default -> BigMath.sin(r);
            };
            default -> (q & 1) == 0 ? BigMath.sin(r).divide(BigMath.cos(r), BigMath.MC)
                    : BigMath.cos(r).divide(BigMath.sin(r), BigMath.MC).negate();
        };
        if (fn != TAN && (fn == SIN) == ((q & 1) == 0)) {
            // the sine branch: the host's polynomial is off by a known smooth curve (see SineError)
            v = v.multiply(BigDecimal.ONE.add(new BigDecimal(SineError.relative(r.doubleValue()))), BigMath.MC);
        }
        // sin r < r, cos r < 1 and cot r < 1/r in magnitude: where the computed digits happen to be
        // exact the lost tail lies below them
        return BigMath.round(env, v, fn == TAN && (q & 1) == 0 ? BigMath.ABOVE : BigMath.BELOW);
    }

    /**
     * |x| < 2^-32: sin x = x - x^3/6..., tan x = x + x^3/3... and cos x = 1 - x^2/2... lie within a
     * quarter ulp of x (or 1), on the side the next term says; the host rounds them so.
     */
    private static boolean tinyTrig(FpEnv env, int se, long m, int fn) {
        if (fn == COS) return nearExact(env, 0, BIAS, INTEGER_BIT, BigMath.BELOW);
        return nearExact(env, Float80.sign(se), Float80.normExp(se, m), Float80.normalized(m),
                fn == SIN ? BigMath.BELOW : BigMath.ABOVE);
    }

    /**
     * Rounds a value a tiny bit above or below (in magnitude; {@code tail}) the exact value
     * {@code hi:0 / 2^127 * 2^(exp - BIAS)} ({@code hi} normalized). Any {@code exp}: tiny results
     * are denormalized by the rounder.
     */
    private static boolean nearExact(FpEnv env, int sign, int exp, long hi, int tail) {
        long lo;
        if (tail == BigMath.ABOVE) {
            lo = 1;
        } else {
            lo = -1L;
            hi--;
            if (hi >= 0) { // hi was 2^63: just below a power of two
                hi = -1L;
                exp--;
            }
        }
        return Rounder.round(env, sign, exp, hi, lo, 64, MAX_EXP, Rounder.WRAP_EXTENDED);
    }

    /** FPATAN: arctan(b / a) in the quadrant of (a, b), i.e. atan2(ST(1), ST(0)). */
    public static boolean fpatan(FpEnv env, int seA, long mA, int seB, long mB) {
        env.flags = 0;
        int ca = Float80.classify(seA, mA), cb = Float80.classify(seB, mB);
        int s = Float80.specialOperands(env, seA, mA, ca, seB, mB, cb);
        if (s >= 0) return s == 1;
        if (!Float80.denormal(env, ca, cb)) return false;
        int sa = Float80.sign(seA), sb = Float80.sign(seB);
        BigDecimal v;
        if (cb == ZERO) {
            if (sa == 0) {
                env.result(seB, 0);
                return true;
            }
            v = BigMath.PI;
        } else if (ca == ZERO || (cb == INF && ca != INF)) {
            v = BigMath.PI.multiply(BigMath.HALF);
        } else if (ca == INF) {
            if (cb == INF) {
                v = BigMath.PI.multiply(new java.math.BigDecimal(sa == 0 ? "0.25" : "0.75"));
            } else if (sa == 0) {
                env.result(seB & 0x8000, 0);
                return true;
            } else {
                v = BigMath.PI;
            }
        } else if (sa == 0 && Float80.normExp(seB, mB) - Float80.normExp(seA, mA) < -70) {
            // atan t = t - t^3/3... with |t| < 2^-69: t's own rounding decides, the tail only the
            // direction when t is exact (computed exactly: tiny operands lose digits in BigDecimal)
            return tinyQuotient(env, sb, seB, mB, seA, mA);
        } else {
            // The host folds the angle into [0, pi/4] and unfolds it with its 68-bit pi (truncated,
            // about 0.019 ulp low): pi/2 - atan(x/y) above the diagonal, pi - angle left of the y axis.
            // With the true pi instead, 1.7% of results differ from the host's; with pi68, 0.5%.
            BigDecimal x = BigMath.toBig(seA, mA).abs(), y = BigMath.toBig(seB, mB).abs();
            boolean steep = y.compareTo(x) > 0;
            v = steep ? BigMath.PI68_HALF.subtract(BigMath.atan(x.divide(y, BigMath.MC)), BigMath.MC)
                    : BigMath.atan(y.divide(x, BigMath.MC));
            if (sa != 0) v = BigMath.PI68_HALF.add(BigMath.PI68_HALF).subtract(v, BigMath.MC);
        }
        return BigMath.round(env, sb != 0 ? v.negate() : v, BigMath.BELOW);
    }

    /** Rounds |b / a| (signed {@code sign}) minus a tail far below its last bit. */
    private static boolean tinyQuotient(FpEnv env, int sign, int seB, long mB, int seA, long mA) {
        BigInteger[] qr = BigMath.unsigned(Float80.normalized(mB)).shiftLeft(130)
                .divideAndRemainder(BigMath.unsigned(Float80.normalized(mA)));
        BigInteger q = qr[0];
        int shift = q.bitLength() - 128;
        boolean sticky = qr[1].signum() != 0 || q.getLowestSetBit() < shift;
        q = q.shiftRight(shift);
        int exp = Float80.normExp(seB, mB) - Float80.normExp(seA, mA) + BIAS + q.bitLength() + shift - 131;
        long hi = q.shiftRight(64).longValue(), lo = q.longValue();
        if (sticky) return Rounder.round(env, sign, exp, hi, lo | 1, 64, MAX_EXP, Rounder.WRAP_EXTENDED);
        if (lo != 0) return Rounder.round(env, sign, exp, hi, lo - 1 | 1, 64, MAX_EXP, Rounder.WRAP_EXTENDED);
        return nearExact(env, sign, exp, hi, BigMath.BELOW);
    }

    /** F2XM1: 2^a - 1 (defined for -1 <= a <= 1). */
    public static boolean f2xm1(FpEnv env, int se, long m) {
        env.flags = 0;
        int ca = Float80.classify(se, m);
        int s = Float80.specialOperand(env, se, m, ca);
        if (s >= 0) return s == 1;
        if (ca == ZERO) {
            env.result(se, m);
            return true;
        }
        if (ca == INF) {
            if (Float80.sign(se) == 0) env.result(se, m);
            else env.result(0x8000 | BIAS, INTEGER_BIT);
            return true;
        }
        if (!Float80.denormal(env, ca, ZERO)) return false;
        BigDecimal x = BigMath.toBig(se, m);
        int c = x.abs().compareTo(BigDecimal.ONE);
        if (c > 0) {
            // outside the defined domain the host returns the operand unchanged, flagged inexact
            env.flags |= FpEnv.PE;
            env.result(se, m);
            return true;
        }
        if (c == 0) {
            // exact, yet the host flags them inexact and computes 2^1 - 1 a hair below 1
            env.flags |= FpEnv.PE;
            if (x.signum() < 0) {
                env.result(0x8000 | (BIAS - 1), INTEGER_BIT);
                return true;
            }
            return nearExact(env, 0, BIAS, INTEGER_BIT, BigMath.BELOW);
        }
        return BigMath.round(env, BigMath.expm1(x.multiply(BigMath.LN2, BigMath.MC)), false);
    }

    /** FYL2X: b * log2(a). */
    public static boolean fyl2x(FpEnv env, int seA, long mA, int seB, long mB) {
        env.flags = 0;
        int ca = Float80.classify(seA, mA), cb = Float80.classify(seB, mB);
        int s = Float80.specialOperands(env, seA, mA, ca, seB, mB, cb);
        if (s >= 0) return s == 1;
        int sa = Float80.sign(seA), sb = Float80.sign(seB);
        if (sa != 0 && ca != ZERO) return Float80.invalid(env);
        boolean one = ca == Float80.NORMAL && (seA & MAX_EXP) == BIAS && mA == INTEGER_BIT;
        if (ca == ZERO) {
            if (cb == ZERO) return Float80.invalid(env);
            if (cb != INF) {
                // zero divide: the host reports no denormal operand here, masked or not
                env.flags |= ZE;
                if (!env.masked(ZE)) return false;
            }
            env.result(((sb ^ 1) << 15) | MAX_EXP, INTEGER_BIT); // log2(0) = -inf
            return true;
        }
        if (ca == INF) {
            if (cb == ZERO) return Float80.invalid(env);
            if (!Float80.denormal(env, ca, cb)) return false;
            env.result((sb << 15) | MAX_EXP, INTEGER_BIT);
            return true;
        }
        if (cb == INF) {
            if (one) return Float80.invalid(env);
            if (!Float80.denormal(env, ca, cb)) return false;
            boolean below1 = Float80.normExp(seA, mA) < BIAS;
            env.result(((sb ^ (below1 ? 1 : 0)) << 15) | MAX_EXP, INTEGER_BIT);
            return true;
        }
        if (!Float80.denormal(env, ca, cb)) return false;
        if (cb == ZERO || one) {
            boolean below1 = Float80.normExp(seA, mA) < BIAS;
            env.result((sb ^ (below1 ? 1 : 0)) << 15, 0);
            return true;
        }
        BigDecimal y = BigMath.toBig(seB, mB);
        if (Float80.normalized(mA) == INTEGER_BIT) {
            // a is a power of two: log2(a) is an integer and the product is exact before rounding
            int k = Float80.normExp(seA, mA) - BIAS;
            boolean written = BigMath.round(env, y.multiply(BigDecimal.valueOf(k)), true);
            env.flags |= FpEnv.PE; // the host flags even exact products inexact
            return written;
        }
        BigDecimal log2 = BigMath.ln(BigMath.toBig(seA, mA)).divide(BigMath.LN2, BigMath.MC);
        return BigMath.round(env, y.multiply(log2, BigMath.MC), false);
    }

    /** FYL2XP1: b * log2(a + 1) (defined for |a| < 1 - sqrt(2)/2). */
    public static boolean fyl2xp1(FpEnv env, int seA, long mA, int seB, long mB) {
        env.flags = 0;
        int ca = Float80.classify(seA, mA), cb = Float80.classify(seB, mB);
        int s = Float80.specialOperands(env, seA, mA, ca, seB, mB, cb);
        if (s >= 0) return s == 1;
        int sa = Float80.sign(seA), sb = Float80.sign(seB);
        if (ca == ZERO) {
            if (cb == INF) return Float80.invalid(env);
            if (!Float80.denormal(env, ca, cb)) return false;
            env.result((sa ^ sb) << 15, 0);
            return true;
        }
        if (ca == INF) {
            if (sa != 0 || cb == ZERO) return Float80.invalid(env);
            if (!Float80.denormal(env, ca, cb)) return false;
            env.result((sb << 15) | MAX_EXP, INTEGER_BIT);
            return true;
        }
        if (!Float80.denormal(env, ca, cb)) return false;
        if (cb == INF) {
            env.result(((sa ^ sb) << 15) | MAX_EXP, INTEGER_BIT);
            return true;
        }
        if (cb == ZERO) {
            env.result((sa ^ sb) << 15, 0);
            return true;
        }
        BigDecimal x = BigMath.toBig(seA, mA);
        if (x.compareTo(BigDecimal.ONE.negate()) <= 0) {
            // at or below -1 (log undefined) the host returns a unchanged, flagged inexact
            env.flags |= FpEnv.PE;
            env.result(seA, mA);
            return true;
        }
        BigDecimal log2 = BigMath.ln1p(x).divide(BigMath.LN2, BigMath.MC);
        return BigMath.round(env, BigMath.toBig(seB, mB).multiply(log2, BigMath.MC), false);
    }
}
