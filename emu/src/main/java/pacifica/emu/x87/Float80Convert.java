package pacifica.emu.x87;

import static pacifica.emu.x87.Float80.BIAS;
import static pacifica.emu.x87.Float80.INF;
import static pacifica.emu.x87.Float80.INTEGER_BIT;
import static pacifica.emu.x87.Float80.MAX_EXP;
import static pacifica.emu.x87.Float80.QNAN;
import static pacifica.emu.x87.Float80.QUIET_BIT;
import static pacifica.emu.x87.Float80.SNAN;
import static pacifica.emu.x87.Float80.UNSUPPORTED;
import static pacifica.emu.x87.Float80.ZERO;
import static pacifica.emu.x87.FpEnv.C1;
import static pacifica.emu.x87.FpEnv.DE;
import static pacifica.emu.x87.FpEnv.IE;
import static pacifica.emu.x87.FpEnv.PE;

/**
 * Conversions between the 80-bit format and the x87's memory formats: FILD/FIST(P)/FISTTP
 * (16/32/64-bit integers), FLD/FST(P) m32 and m64, FBLD/FBSTP (18-digit packed BCD).
 * Precision control never applies to them; FST and FIST round by the rounding control.
 */
public final class Float80Convert {
    private Float80Convert() {}

    // ------------------------------------------------------------------ integers

    /** FILD: the exact value of a signed integer (sign-extend 16/32-bit sources first). */
    public static void fromInt(FpEnv env, long v) {
        env.flags = 0;
        if (v == 0) {
            env.result(0, 0);
            return;
        }
        int sign = v < 0 ? 1 : 0;
        long mag = v < 0 ? -v : v; // Long.MIN_VALUE stays 2^63 as an unsigned magnitude
        int n = Long.numberOfLeadingZeros(mag);
        env.result((sign << 15) | (BIAS + 63 - n), mag << n);
    }

    /**
     * FIST/FISTP ({@code truncate} false: rounding control) and FISTTP (true: toward zero) to a
     * {@code width}-bit integer (16, 32, 64), left sign-extended in {@code env.bits}. Out-of-range
     * values, NaNs, infinities and unsupported formats are invalid; the masked response is the
     * integer indefinite (only the sign bit set). Returns false when nothing may be stored.
     */
    public static boolean toInt(FpEnv env, int se, long m, int width, boolean truncate) {
        env.flags = 0;
        int cls = Float80.classify(se, m);
        if (cls == ZERO) {
            env.bits = 0;
            return true;
        }
        if (cls == UNSUPPORTED || cls == INF || cls == QNAN || cls == SNAN) return integerIndefinite(env, width);
        // No denormal-operand exception: FIST on the host raises only IE and PE.
        int sign = Float80.sign(se);
        int rc = truncate ? FpEnv.RC_ZERO : env.roundingControl();
        int e = Float80.normExp(se, m) - BIAS;
        long mm = Float80.normalized(m);
        if (e >= 64) return integerIndefinite(env, width);
        long hi, lo;
        if (e >= 0) {
            hi = e == 63 ? mm : mm >>> (63 - e);
            lo = e == 63 ? 0 : mm << (e + 1);
        } else if (e == -1) {
            hi = 0;
            lo = mm;
        } else {
            hi = 0;
            lo = 1;
        }
        boolean up = Float80.roundsUp(hi, lo, rc, sign);
        if (up) hi++;
        // range check on the rounded magnitude: [-(2^(w-1)), 2^(w-1) - 1]
        long limit = 1L << (width - 1); // unsigned for width 64
        if (up && hi == 0) return integerIndefinite(env, width); // 2^64 after rounding
        int c = Long.compareUnsigned(hi, limit);
        if (c > 0 || (c == 0 && sign == 0)) return integerIndefinite(env, width);
        if (lo != 0) env.flags |= PE;
        if (up) env.flags |= C1;
        env.bits = sign != 0 ? -hi : hi;
        return true;
    }

    private static boolean integerIndefinite(FpEnv env, int width) {
        env.flags |= IE;
        if (!env.masked(IE)) return false;
        env.bits = -1L << (width - 1);
        return true;
    }

    // ------------------------------------------------------------------ binary32 / binary64

    /** FLD m32: exact; an SNaN is quieted with IE, a denormal raises DE. */
    public static boolean fromFloat32(FpEnv env, int bits) {
        return fromBinary(env, (bits >>> 31) & 1, (bits >>> 23) & 0xFF, (long) (bits & 0x7FFFFF) << 40, 0xFF, 127);
    }

    /** FLD m64. */
    public static boolean fromFloat64(FpEnv env, long bits) {
        return fromBinary(env, (int) (bits >>> 63), (int) (bits >>> 52) & 0x7FF, (bits & 0xF_FFFF_FFFF_FFFFL) << 11,
                0x7FF, 1023);
    }

    /**
     * The m32 operand of FADD/FSUB/FMUL/FDIV/FCOM m32: widened exactly to 80 bits with no exception
     * and an SNaN left signaling (the arithmetic raises IE for it and applies the NaN rules, under
     * which a QNaN beats an SNaN); a denormal sets {@link FpEnv#denormalSource}. Result in
     * {@code env.se/m}.
     */
    public static void widenFloat32(FpEnv env, int bits) {
        widen(env, (bits >>> 31) & 1, (bits >>> 23) & 0xFF, (long) (bits & 0x7FFFFF) << 40, 0xFF, 127);
    }

    /** The m64 operand of the arithmetic instructions; see {@link #widenFloat32}. */
    public static void widenFloat64(FpEnv env, long bits) {
        widen(env, (int) (bits >>> 63), (int) (bits >>> 52) & 0x7FF, (bits & 0xF_FFFF_FFFF_FFFFL) << 11, 0x7FF, 1023);
    }

    private static void widen(FpEnv env, int sign, int exp, long frac, int maxExp, int bias) {
        int s = sign << 15;
        env.denormalSource = false;
        if (exp == maxExp) {
            env.result(s | MAX_EXP, INTEGER_BIT | frac);
        } else if (exp == 0) {
            if (frac == 0) {
                env.result(s, 0);
            } else {
                env.denormalSource = true;
                int n = Long.numberOfLeadingZeros(frac);
                env.result(s | (BIAS - bias + 1 - n), frac << n);
            }
        } else {
            env.result(s | (exp - bias + BIAS), INTEGER_BIT | frac);
        }
    }

    /** {@code frac}: the fraction bits left-aligned below bit 63. */
    private static boolean fromBinary(FpEnv env, int sign, int exp, long frac, int maxExp, int bias) {
        env.flags = 0;
        int s = sign << 15;
        if (exp == maxExp) {
            if (frac == 0) {
                env.result(s | MAX_EXP, INTEGER_BIT);
            } else {
                if ((frac & QUIET_BIT) == 0) {
                    env.flags |= IE;
                    if (!env.masked(IE)) return false;
                }
                env.result(s | MAX_EXP, INTEGER_BIT | QUIET_BIT | frac);
            }
            return true;
        }
        if (exp == 0) {
            if (frac == 0) {
                env.result(s, 0);
                return true;
            }
            // The host loads the value even when DE is unmasked (the exception is left pending).
            env.flags |= DE;
            int n = Long.numberOfLeadingZeros(frac);
            env.result(s | (BIAS - bias + 1 - n), frac << n);
            return true;
        }
        env.result(s | (exp - bias + BIAS), INTEGER_BIT | frac);
        return true;
    }

    /** FST m32: the binary32 image in the low 32 bits of {@code env.bits}. */
    public static boolean toFloat32(FpEnv env, int se, long m) {
        if (!toBinary(env, se, m, 24, 0xFF, 127)) return false;
        env.bits = ((long) (env.se >>> 15) << 31) | ((long) (env.se & 0xFF) << 23) | ((env.m >>> 40) & 0x7FFFFF);
        return true;
    }

    /** FST m64: the binary64 image in {@code env.bits}. */
    public static boolean toFloat64(FpEnv env, int se, long m) {
        if (!toBinary(env, se, m, 53, 0x7FF, 1023)) return false;
        env.bits = ((long) (env.se >>> 15) << 63) | ((long) (env.se & 0x7FF) << 52) | ((env.m >>> 11) & 0xF_FFFF_FFFF_FFFFL);
        return true;
    }

    /** Rounds to the narrower format; env.se gets sign (bit 15) and the target's biased exponent. */
    private static boolean toBinary(FpEnv env, int se, long m, int p, int maxExp, int bias) {
        env.flags = 0;
        int cls = Float80.classify(se, m);
        int s = se & 0x8000;
        switch (cls) {
            case ZERO -> {
                env.result(s, 0);
                return true;
            }
            case INF -> {
                env.result(s | maxExp, INTEGER_BIT);
                return true;
            }
            case UNSUPPORTED -> {
                env.flags |= IE;
                if (!env.masked(IE)) return false;
                env.result(0x8000 | maxExp, Float80.INDEFINITE_M);
                return true;
            }
            case QNAN, SNAN -> {
                if (cls == SNAN) {
                    env.flags |= IE;
                    if (!env.masked(IE)) return false;
                }
                env.result(s | maxExp, m | QUIET_BIT); // the fraction is truncated by the caller
                return true;
            }
            default -> { }
        }
        // An extended denormal source raises no DE on the host (it underflows instead).
        int exp = Float80.normExp(se, m) - BIAS + bias;
        return Rounder.round(env, s >>> 15, exp, Float80.normalized(m), 0, p, maxExp, Rounder.WRAP_NONE);
    }

    // ------------------------------------------------------------------ packed BCD

    /**
     * FBLD: {@code low} holds digit bytes 0-7 (little-endian, two digits per byte), {@code high} bytes
     * 8-9 (byte 8: digits 17-16; byte 9: sign in bit 7). Digits above 9 are "undefined"; the host
     * weighs them like any digit (0xFF = 15 * 10 + 15), and so does this. The conversion is exact.
     */
    public static void fromBcd(FpEnv env, long low, int high) {
        int top = high & 0xFF;
        long v = (top >>> 4) * 10 + (top & 15);
        for (int i = 7; i >= 0; i--) {
            int b = (int) (low >>> (8 * i)) & 0xFF;
            v = v * 100 + (b >>> 4) * 10 + (b & 15);
        }
        fromInt(env, v);
        if ((high & 0x8000) != 0) env.se |= 0x8000;
    }

    private static final long MAX_BCD = 999_999_999_999_999_999L;

    /**
     * FBSTP: rounds by the rounding control and stores 18 BCD digits: {@code env.bits} bytes 0-7,
     * {@code env.bitsHigh} bytes 8-9. Invalid operands and magnitudes above 10^18 - 1 store the BCD
     * indefinite (FFFF C000000000000000) when IE is masked.
     */
    public static boolean toBcd(FpEnv env, int se, long m) {
        env.flags = 0;
        int cls = Float80.classify(se, m);
        int sign = Float80.sign(se);
        if (cls == UNSUPPORTED || cls == INF || cls == QNAN || cls == SNAN) return bcdIndefinite(env);
        long hi = 0;
        if (cls != ZERO) {
            int e = Float80.normExp(se, m) - BIAS; // no DE for FBSTP either
            if (e >= 60) return bcdIndefinite(env); // >= 2^60 > 10^18
            long mm = Float80.normalized(m);
            long lo;
            if (e >= 0) {
                hi = mm >>> (63 - e);
                lo = mm << (e + 1);
            } else if (e == -1) {
                lo = mm;
            } else {
                lo = 1;
            }
            boolean up = Float80.roundsUp(hi, lo, env.roundingControl(), sign);
            if (up) hi++;
            if (hi > MAX_BCD) return bcdIndefinite(env);
            if (lo != 0) env.flags |= PE;
            if (up) env.flags |= C1;
        }
        long digits = 0;
        long v = hi;
        for (int i = 0; i < 16; i++) {
            digits |= (v % 10) << (4 * i);
            v /= 10;
        }
        env.bits = digits;
        env.bitsHigh = (int) ((v % 10) | ((v / 10) << 4)) | (sign << 15);
        return true;
    }

    private static boolean bcdIndefinite(FpEnv env) {
        env.flags |= IE;
        if (!env.masked(IE)) return false;
        env.bits = 0xC000_0000_0000_0000L;
        env.bitsHigh = 0xFFFF;
        return true;
    }
}
