package pacifica.emu.x87;

/**
 * The host's error in evaluating sin r on the reduced argument |r| <= pi/4 (the sine branch of
 * FSIN, FCOS and FSINCOS: FSIN in even quadrants, FCOS in odd ones), measured on an AMD EPYC
 * (Zen 4): the host's result is the correctly rounded value of {@code sin r * (1 + e(r) * 2^-63)},
 * with e an oscillating curve of amplitude about 0.019 (a polynomial approximation's equioscillating
 * error, in units of 2^-63 relative, i.e. about 0.01-0.02 ulp) that vanishes at r = 0.
 *
 * <p>Measured from about 195,000 host results lying within 0.1 ulp of a rounding boundary (x in
 * (0, pi/4), (0.8, 2.3), (3, 1000) and (1e6, 1e15), every rounding mode): e is the degree-8
 * polynomial in s = (r / (pi/4))^2 that maximizes the likelihood of the host's rounding
 * decisions. Rounding {@code sin r} itself disagrees with the host on 7.8% of those near-boundary
 * cases (about 1.2% of all results); with the curve, 0.7% (about 0.1% of all). The cosine
 * branch shows no such curve (its disagreements are unbiased noise of about 0.01 ulp), nor
 * does FPTAN (noise of about 0.02-0.05 ulp); those are left correctly rounded.
 */
final class SineError {
    private SineError() {}

    private static final double QUARTER_PI = 0.7853981633974483;
    private static final double[] E = { // coefficients of s^1 .. s^8
        1.5388488678544525, -39.01749338680579, 335.0746718139448, -1365.551299473977,
        2978.3058644463704, -3571.5631138201534, 2220.4875037840825, -559.2920154309016,
    };

    /** The host's relative error (as a factor's excess over 1) for the reduced argument r. */
    static double relative(double r) {
        double s = (r / QUARTER_PI) * (r / QUARTER_PI), e = 0;
        for (int k = E.length - 1; k >= 0; k--) e = (e + E[k]) * s;
        return Math.scalb(e, -63);
    }
}
