package pacifica.emu.x87;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * High-precision (about 230 bits) elementary functions on BigDecimal, and exact conversions
 * between the 80-bit format and BigDecimal, for the x87 transcendental instructions. The results
 * are then rounded once to the x87 format (the host's x87 is within about half an ulp but not
 * always correctly rounded; see Float80Transcendental for what of its error is modelled).
 *
 * <p>These allocate; the transcendental instructions are rare enough for that not to matter.
 */
final class BigMath {
    private BigMath() {}

    static final MathContext MC = new MathContext(70, RoundingMode.HALF_EVEN);
    static final BigDecimal TWO = BigDecimal.valueOf(2);
    static final BigDecimal HALF = new BigDecimal("0.5");
    static final BigDecimal PI = computePi();
    /** ln 2 = 2 atanh(1/3). */
    static final BigDecimal LN2 = atanh(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC)).multiply(TWO, MC);

    /** The 68-bit approximation of pi the x87 uses to reduce FSIN/FCOS/FPTAN arguments and to unfold FPATAN angles, halved. */
    static final BigDecimal PI68_HALF = new BigDecimal(new BigInteger("C90FDAA22168C234C", 16))
            .divide(new BigDecimal(BigInteger.ONE.shiftLeft(67)));

    static BigInteger unsigned(long m) {
        BigInteger b = BigInteger.valueOf(m >>> 1).shiftLeft(1);
        return (m & 1) != 0 ? b.setBit(0) : b;
    }

    /** The exact value of a finite 80-bit number (any exponent; very small ones rounded to MC). */
    static BigDecimal toBig(int se, long m) {
        if (m == 0) return BigDecimal.ZERO;
        int e = Float80.normExp(se, m) - Float80.BIAS - 63;
        BigDecimal v = new BigDecimal(unsigned(Float80.normalized(m)));
        if (e > 0) v = v.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(e)));
        else if (e < 0 && e > -400) v = v.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-e)));
        else if (e < 0) v = v.multiply(TWO.pow(e, MC), MC);
        return (se & 0x8000) != 0 ? v.negate() : v;
    }

    /**
     * Rounds {@code v} to the 80-bit format through {@link Rounder} (64-bit precision, precision
     * control does not apply to transcendentals). {@code exact} says whether {@code v} is the exact
     * result; otherwise the result is treated as inexact below the computed digits.
     */
    static boolean round(FpEnv env, BigDecimal v, boolean exact) {
        return round(env, v, exact ? EXACT : ABOVE);
    }

    /** {@link #round(FpEnv, BigDecimal, int)}'s tail: v is exact; the true value's magnitude is above/below v's. */
    static final int EXACT = 0, ABOVE = 1, BELOW = -1;

    /**
     * Rounds {@code v} as above; {@code tail} says where the true value lies when it is not exactly
     * {@code v}: {@link #ABOVE} or {@link #BELOW} {@code |v|} in magnitude. That only matters when v
     * happens to be exact to 128 bits (sin x = x - x^3/6 ... for tiny x: the lost term decides C1
     * and directed roundings).
     */
    static boolean round(FpEnv env, BigDecimal v, int tail) {
        boolean exact = tail == EXACT;
        int sign = v.signum() < 0 ? 1 : 0;
        BigDecimal a = v.abs();
        if (a.signum() == 0) {
            env.result(sign << 15, 0);
            return true;
        }
        // estimate floor(log2 a), then correct it
        int e = (int) Math.floor((a.unscaledValue().bitLength() - 1) - a.scale() * 3.321928094887362);
        BigInteger i = null;
        boolean sticky = !exact;
        for (int tries = 0; tries < 8; tries++) {
            BigDecimal t = scaleByPowerOfTwo(a, 127 - e);
            BigDecimal[] qr = t.divideAndRemainder(BigDecimal.ONE);
            i = qr[0].toBigIntegerExact();
            int bits = i.bitLength();
            if (bits == 128) {
                if (exact) sticky = qr[1].signum() != 0;
                if (tail == BELOW && qr[1].signum() == 0) {
                    // v is exact at 128 bits but the true value lies just below it
                    i = i.subtract(BigInteger.ONE);
                    if (i.bitLength() < 128) {
                        i = i.shiftLeft(1).setBit(0);
                        e--;
                    }
                }
                break;
            }
            e += bits - 128;
            if (bits == 0) e -= 4;
        }
        long hi = i.shiftRight(64).longValue();
        long lo = i.longValue() | (sticky ? 1 : 0);
        return Rounder.round(env, sign, e + Float80.BIAS, hi, lo, 64, Float80.MAX_EXP, Rounder.WRAP_EXTENDED);
    }

    private static BigDecimal scaleByPowerOfTwo(BigDecimal a, int n) {
        if (n >= 0) return a.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(n)));
        if (n > -400) return a.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-n)));
        return a.multiply(TWO.pow(n, MC), MC);
    }

    // ------------------------------------------------------------------ functions

    /** sin(x) for |x| <= 1 or so: Taylor series. */
    static BigDecimal sin(BigDecimal x) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x, sum = x;
        for (int k = 1; k < 200; k++) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf((2L * k) * (2L * k + 1)), MC).negate();
            BigDecimal next = sum.add(term, MC);
            if (next.compareTo(sum) == 0) break;
            sum = next;
        }
        return sum;
    }

    static BigDecimal cos(BigDecimal x) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = BigDecimal.ONE, sum = BigDecimal.ONE;
        for (int k = 1; k < 200; k++) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf((2L * k - 1) * (2L * k)), MC).negate();
            BigDecimal next = sum.add(term, MC);
            if (next.compareTo(sum) == 0) break;
            sum = next;
        }
        return sum;
    }

    /** e^x - 1 for moderate |x|, without cancellation for small x. */
    static BigDecimal expm1(BigDecimal x) {
        BigDecimal term = x, sum = x;
        for (int k = 2; k < 400; k++) {
            term = term.multiply(x, MC).divide(BigDecimal.valueOf(k), MC);
            BigDecimal next = sum.add(term, MC);
            if (next.compareTo(sum) == 0) break;
            sum = next;
        }
        return sum;
    }

    /** atanh(z) = z + z^3/3 + ... for |z| well below 1. */
    static BigDecimal atanh(BigDecimal z) {
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal power = z, sum = z;
        for (int k = 3; k < 2000; k += 2) {
            power = power.multiply(z2, MC);
            BigDecimal next = sum.add(power.divide(BigDecimal.valueOf(k), MC), MC);
            if (next.compareTo(sum) == 0) break;
            sum = next;
        }
        return sum;
    }

    /** ln(x), x > 0. */
    static BigDecimal ln(BigDecimal x) {
        // x = f * 2^k with f in [sqrt(1/2), sqrt(2))
        int k = 0;
        BigDecimal f = x;
        int est = (int) Math.floor((f.unscaledValue().bitLength() - 1) - f.scale() * 3.321928094887362);
        if (est > 4 || est < -4) {
            f = scaleByPowerOfTwo(f, -est);
            k = est;
        }
        BigDecimal sqrt2 = TWO.sqrt(MC), sqrtHalf = HALF.sqrt(MC);
        // bounded loops: est is within a few binades (callers never pass x <= 0)
        for (int i = 0; i < 64 && f.compareTo(sqrt2) >= 0; i++) { f = f.multiply(HALF); k++; }
        for (int i = 0; i < 64 && f.compareTo(sqrtHalf) < 0; i++) { f = f.multiply(TWO); k--; }
        BigDecimal z = f.subtract(BigDecimal.ONE).divide(f.add(BigDecimal.ONE), MC);
        return atanh(z).multiply(TWO, MC).add(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
    }

    /** ln(1 + x) accurate for small x. */
    static BigDecimal ln1p(BigDecimal x) {
        if (x.abs().compareTo(HALF) > 0) return ln(BigDecimal.ONE.add(x));
        BigDecimal z = x.divide(TWO.add(x, MC), MC);
        return atanh(z).multiply(TWO, MC);
    }

    /** atan(t) for any t, by halving the argument until it is small. */
    static BigDecimal atan(BigDecimal t) {
        boolean invert = t.abs().compareTo(BigDecimal.ONE) > 0;
        BigDecimal u = invert ? BigDecimal.ONE.divide(t, MC) : t;
        int halvings = 0;
        while (u.abs().compareTo(new BigDecimal("0.05")) > 0) {
            // atan(u) = 2 atan(u / (1 + sqrt(1 + u^2)))
            u = u.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(u.multiply(u, MC), MC).sqrt(MC), MC), MC);
            halvings++;
        }
        BigDecimal u2 = u.multiply(u, MC);
        BigDecimal power = u, sum = u;
        for (int k = 3; k < 2000; k += 2) {
            power = power.multiply(u2, MC).negate();
            BigDecimal next = sum.add(power.divide(BigDecimal.valueOf(k), MC), MC);
            if (next.compareTo(sum) == 0) break;
            sum = next;
        }
        sum = sum.multiply(BigDecimal.valueOf(1L << halvings), MC);
        if (invert) sum = PI.multiply(HALF).multiply(BigDecimal.valueOf(t.signum())).subtract(sum, MC);
        return sum;
    }

    /** Machin: pi = 16 atan(1/5) - 4 atan(1/239), with a plain series (before PI exists). */
    private static BigDecimal computePi() {
        return atanSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(5), MC)).multiply(BigDecimal.valueOf(16))
                .subtract(atanSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(239), MC)).multiply(BigDecimal.valueOf(4)), MC);
    }

    private static BigDecimal atanSeries(BigDecimal u) {
        BigDecimal u2 = u.multiply(u, MC);
        BigDecimal power = u, sum = u;
        for (int k = 3; k < 2000; k += 2) {
            power = power.multiply(u2, MC).negate();
            BigDecimal next = sum.add(power.divide(BigDecimal.valueOf(k), MC), MC);
            if (next.compareTo(sum) == 0) break;
            sum = next;
        }
        return sum;
    }
}
