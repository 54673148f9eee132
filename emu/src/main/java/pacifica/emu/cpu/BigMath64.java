package pacifica.emu.cpu;

import java.math.BigDecimal;

/**
 * Exact error signs for {@link SseFp} when operands or results are so tiny or huge that an FMA
 * residual would itself underflow or overflow (rare: allocates BigDecimals).
 */
final class BigMath64 {
    private BigMath64() {}

    /** The sign of a * b - r. */
    static double mulError(double a, double b, double r) {
        return new BigDecimal(a).multiply(new BigDecimal(b)).compareTo(new BigDecimal(r));
    }

    /** The sign of a / b - r. */
    static double divError(double a, double b, double r) {
        int s = new BigDecimal(a).compareTo(new BigDecimal(r).multiply(new BigDecimal(b)));
        return b < 0 ? -s : s;
    }

    /** The sign of sqrt(a) - r. */
    static double sqrtError(double a, double r) {
        BigDecimal rr = new BigDecimal(r);
        return new BigDecimal(a).compareTo(rr.multiply(rr));
    }
}
