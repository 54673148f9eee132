package pacifica.emu.x87;

import static pacifica.emu.x87.FpEnv.C1;
import static pacifica.emu.x87.FpEnv.OE;
import static pacifica.emu.x87.FpEnv.PE;
import static pacifica.emu.x87.FpEnv.UE;

/**
 * Rounds an exact result to a floating-point format: the one place where rounding mode, precision,
 * overflow, underflow and the inexact flag are decided (x87 rules: AMD APM vol. 1, 6.4.5 and 6.9;
 * Intel SDM vol. 1, 4.9 and 8.5).
 *
 * <p>The exact value is {@code (-1)^sign * hi:lo / 2^127 * 2^(exp - bias)}: a 128-bit significand with
 * its leading one at bit 127 (bit 63 of {@code hi}) and a "sticky" 1 in the lowest bit standing for
 * any nonzero bits lost below it. The format is described by the significand width {@code p} (24, 53
 * or 64 bits, counted from bit 63 of the result) and the all-ones exponent {@code maxExp}
 * (0x7FFF extended, 0x7FF double, 0xFF single).
 *
 * <p>Tininess is detected after rounding (rounding to {@code p} bits with an unbounded exponent),
 * as AMD and Intel x87 units do; a masked underflow is signaled only when the tiny result is also
 * inexact; the denormalized significand is rounded at the same bit position as a normal one.
 */
final class Rounder {
    private Rounder() {}

    /** Where the unmasked overflow/underflow result goes: a register gets a re-biased result. */
    static final int WRAP_EXTENDED = 24576;
    /** Memory destinations are left unwritten on unmasked overflow/underflow. */
    static final int WRAP_NONE = 0;

    /**
     * Rounds and packs into {@code env.se}/{@code env.m} (the exponent field is in the target
     * format's bias, the significand keeps the explicit integer bit at bit 63) and ORs OE/UE/PE and
     * C1 into {@code env.flags}. Returns false when the destination must not be written.
     */
    static boolean round(FpEnv env, int sign, int exp, long hi, long lo, int p, int maxExp, int wrap) {
        if (p == 64 && exp >= 1 && exp < maxExp - 1 && (env.control & 0xC00) == 0) {
            // The common case, small enough to inline: 64-bit precision, rounding to nearest, a normal
            // result that stays below the largest exponent even when rounding carries into it.
            boolean up = lo < 0 && ((lo << 1) != 0 || (hi & 1) != 0);
            long r = up ? hi + 1 : hi;
            if (r == 0) { // all ones rounded up
                r = Long.MIN_VALUE;
                exp++;
            }
            if (lo != 0) env.flags |= up ? PE | C1 : PE;
            env.result((sign << 15) | exp, r);
            return true;
        }
        return roundGeneral(env, sign, exp, hi, lo, p, maxExp, wrap);
    }

    /** {@link #round} for every precision, rounding control and exponent. */
    private static boolean roundGeneral(FpEnv env, int sign, int exp, long hi, long lo, int p, int maxExp, int wrap) {
        int k = 64 - p;
        int rc = env.roundingControl();
        if (exp >= 1) {
            boolean inexact = inexact(hi, lo, k);
            boolean up = roundsUp(hi, lo, k, rc, sign);
            long r = truncate(hi, k);
            if (up) {
                r += 1L << k;
                if (r == 0) {
                    r = Long.MIN_VALUE;
                    exp++;
                }
            }
            if (exp >= maxExp) return overflow(env, sign, exp, r, inexact, up, p, maxExp, wrap);
            if (inexact) env.flags |= PE;
            if (up) env.flags |= C1;
            env.result((sign << 15) | exp, r);
            return true;
        }
        boolean tiny = exp < 0 || !(roundsUp(hi, lo, k, rc, sign) && (hi | ((1L << k) - 1)) == -1L);
        if (!env.masked(UE)) {
            if (!tiny) return roundDenormal(env, sign, exp, hi, lo, k, rc);
            env.flags |= UE;
            if (wrap == WRAP_NONE) return false;
            if (exp + wrap < 1) {
                // Beyond what re-biasing can represent (only FSCALE gets here): a zero, inexact.
                env.flags |= PE;
                env.result(sign << 15, 0);
                return true;
            }
            // Unmasked underflow into a register: round as if the exponent were unbounded, then re-bias.
            boolean inexact = inexact(hi, lo, k);
            boolean up = roundsUp(hi, lo, k, rc, sign);
            long r = truncate(hi, k);
            if (up) {
                r += 1L << k;
                if (r == 0) {
                    r = Long.MIN_VALUE;
                    exp++;
                }
            }
            if (inexact) env.flags |= PE;
            if (up) env.flags |= C1;
            env.result((sign << 15) | ((exp + wrap) & 0x7FFF), r);
            return true;
        }
        boolean ok = roundDenormal(env, sign, exp, hi, lo, k, rc);
        if (tiny && (env.flags & PE) != 0) env.flags |= UE;
        return ok;
    }

    /** Shifts a result with exponent below 1 into the denormal range and rounds it (masked underflow). */
    private static boolean roundDenormal(FpEnv env, int sign, int exp, long hi, long lo, int k, int rc) {
        int s = 1 - exp;
        if (s >= 128) {
            lo = (hi | lo) != 0 ? 1 : 0;
            hi = 0;
        } else if (s >= 64) {
            long sticky = lo != 0 || (s > 64 && (hi << (128 - s)) != 0) ? 1 : 0;
            lo = (s == 64 ? hi : hi >>> (s - 64)) | sticky;
            hi = 0;
        } else if (s > 0) {
            long sticky = (lo << (64 - s)) != 0 ? 1 : 0;
            lo = (lo >>> s) | (hi << (64 - s)) | sticky;
            hi >>>= s;
        }
        boolean inexact = inexact(hi, lo, k);
        boolean up = roundsUp(hi, lo, k, rc, sign);
        long r = truncate(hi, k);
        if (up) r += 1L << k;
        if (inexact) env.flags |= PE;
        if (up) env.flags |= C1;
        env.result((sign << 15) | (r < 0 ? 1 : 0), r);
        return true;
    }

    private static boolean overflow(FpEnv env, int sign, int exp, long r, boolean inexact, boolean up, int p,
                                    int maxExp, int wrap) {
        env.flags |= OE;
        if (!env.masked(OE)) {
            if (wrap == WRAP_NONE) return false;
            if (exp - wrap >= maxExp) {
                // Beyond what re-biasing can represent (only FSCALE gets here): infinity, inexact.
                env.flags |= PE | C1;
                env.result((sign << 15) | maxExp, Long.MIN_VALUE);
                return true;
            }
            if (inexact) env.flags |= PE;
            if (up) env.flags |= C1;
            env.result((sign << 15) | ((exp - wrap) & 0x7FFF), r);
            return true;
        }
        env.flags |= PE;
        int rc = env.roundingControl();
        boolean toInfinity = rc == FpEnv.RC_NEAREST
                || (rc == FpEnv.RC_UP && sign == 0) || (rc == FpEnv.RC_DOWN && sign == 1);
        if (toInfinity) {
            env.flags |= C1;
            env.result((sign << 15) | maxExp, Long.MIN_VALUE);
        } else {
            env.result((sign << 15) | (maxExp - 1), -1L << (64 - p));
        }
        return true;
    }

    static long truncate(long hi, int k) {
        return k == 0 ? hi : hi & (-1L << k);
    }

    static boolean inexact(long hi, long lo, int k) {
        return lo != 0 || (k != 0 && (hi << (64 - k)) != 0);
    }

    /** Whether rounding {@code hi:lo} to keep all but the low {@code k} bits of {@code hi} increments it. */
    static boolean roundsUp(long hi, long lo, int k, int rc, int sign) {
        if (!inexact(hi, lo, k)) return false;
        switch (rc) {
            case FpEnv.RC_NEAREST -> {
                boolean half, rest;
                if (k == 0) {
                    half = lo < 0;
                    rest = (lo << 1) != 0;
                } else {
                    half = ((hi >>> (k - 1)) & 1) != 0;
                    rest = lo != 0 || (k > 1 && (hi << (65 - k)) != 0);
                }
                return half && (rest || ((hi >>> k) & 1) != 0);
            }
            case FpEnv.RC_DOWN -> {
                return sign != 0;
            }
            case FpEnv.RC_UP -> {
                return sign == 0;
            }
            default -> {
                return false;
            }
        }
    }
}
