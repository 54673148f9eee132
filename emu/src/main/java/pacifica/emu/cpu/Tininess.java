package pacifica.emu.cpu;

/**
 * Underflow detection for the SSE operations whose exact result may be tiny. The processor calls a
 * result tiny when, rounded to the full precision of the format with an unbounded exponent range and
 * under MXCSR.RC, it is nonzero and below the smallest normal number (APM vol. 1, 6.4.3.4 "detected
 * That can differ from rounding to the denormal grid: an exact product just below
 * 2^-126 can round up to the smallest normal on the grid while still being tiny. The same rounding
 * with an unbounded exponent decides the precision flag of an unmasked underflow or overflow.
 *
 * <p>Each method works on the operands' significands scaled into [1, 2) (exact: powers of two) and
 * keeps the exponent apart, so nothing here underflows or overflows. Result: {@link #TINY} and
 * {@link #INEXACT} bits. Operands are finite and nonzero.
 */
final class Tininess {
    private Tininess() {}

    static final int TINY = 1, INEXACT = 2;
    private static final int RC_NEAREST = 0, RC_DOWN = 1, RC_UP = 2;

    /** The binary exponent of the leading bit of a finite nonzero double (denormals included). */
    static int exponent(double v) {
        int e = Math.getExponent(v);
        if (e >= Double.MIN_EXPONENT) return e;
        long frac = Double.doubleToRawLongBits(v) & 0xFFFFFFFFFFFFFL;
        return -1074 + 63 - Long.numberOfLeadingZeros(frac);
    }

    private static double significand(double v, int e) {
        return Math.abs(Math.scalb(v, -e)); // exact: the result is in [1, 2)
    }

    /**
     * Applies the rounding control to magnitude {@code m} (rounded to nearest) whose exact magnitude
     * differs from it with sign {@code s}; {@code negative}: the sign of the result.
     */
    private static double direct(double m, double s, int rc, boolean negative, boolean single) {
        if (s == 0 || rc == RC_NEAREST) return m;
        boolean away = rc == RC_UP && !negative || rc == RC_DOWN && negative;
        if (away && s > 0) return single ? Math.nextUp((float) m) : Math.nextUp(m);
        if (!away && s < 0) return single ? Math.nextDown((float) m) : Math.nextDown(m);
        return m;
    }

    private static int result(double m, int scale, double s, int minExponent) {
        return (Math.getExponent(m) + scale < minExponent ? TINY : 0) | (s != 0 ? INEXACT : 0);
    }

    /** a * b for binary32 operands (given as their exact double values). */
    static int mul32(int rc, double a, double b) {
        int ea = exponent(a), eb = exponent(b);
        double q = significand(a, ea) * significand(b, eb); // exact: 48 significant bits
        double f = (float) q;
        double s = Math.signum(q - f);
        return result(direct(f, s, rc, a < 0 != b < 0, true), ea + eb, s, Float.MIN_EXPONENT);
    }

    /** a / b for binary32 operands. */
    static int div32(int rc, double a, double b) {
        int ea = exponent(a), eb = exponent(b);
        double x = significand(a, ea), y = significand(b, eb);
        double f = (float) (x / y); // double rounding 53 -> 24 bits is innocuous for division
        double s = Math.signum(Math.fma(-f, y, x));
        return result(direct(f, s, rc, a < 0 != b < 0, true), ea - eb, s, Float.MIN_EXPONENT);
    }

    /** The binary64 value v narrowed to binary32. */
    static int narrow32(int rc, double v) {
        int e = exponent(v);
        double x = significand(v, e);
        double f = (float) x;
        double s = Math.signum(x - f);
        return result(direct(f, s, rc, v < 0, true), e, s, Float.MIN_EXPONENT);
    }

    /** a * b for binary64 operands. */
    static int mul64(int rc, double a, double b) {
        int ea = exponent(a), eb = exponent(b);
        double x = significand(a, ea), y = significand(b, eb);
        double q = x * y;
        double s = Math.signum(Math.fma(x, y, -q));
        return result(direct(q, s, rc, a < 0 != b < 0, false), ea + eb, s, Double.MIN_EXPONENT);
    }

    /** a / b for binary64 operands. */
    static int div64(int rc, double a, double b) {
        int ea = exponent(a), eb = exponent(b);
        double x = significand(a, ea), y = significand(b, eb);
        double q = x / y;
        double s = Math.signum(Math.fma(-q, y, x));
        return result(direct(q, s, rc, a < 0 != b < 0, false), ea - eb, s, Double.MIN_EXPONENT);
    }

    /** Whether a + b for binary64 operands is inexact at full precision (scaled by 1/2: no overflow). */
    static boolean sumInexact64(double a, double b) {
        double x = a * 0.5, y = b * 0.5, r = x + y, bv = r - x;
        return (x - (r - bv)) + (y - bv) != 0;
    }

    /** Whether a + b for binary32 operands is inexact at full precision (the double sum of huge ones is exact). */
    static boolean sumInexact32(float a, float b) {
        double sum = ((double) a + (double) b) * 0.5;
        return (float) sum != sum;
    }
}
