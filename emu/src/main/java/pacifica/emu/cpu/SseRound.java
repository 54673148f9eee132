package pacifica.emu.cpu;

/**
 * The final rounding of an SSE floating-point result to binary32 or binary64 under MXCSR, with the
 * exception flags the host AMD EPYC (Zen 4) sets. The exact result is given as X = (v + e) * 2^scale:
 * v a normal double nearest to the exact unscaled value, e a residual of which only the sign is
 * known ({@code res}: -1, 0, 1; |e| is at most half an ulp of v).
 *
 * <ul>
 * <li>Overflow: X rounded to the format's precision with an unbounded exponent exceeds the largest
 * finite value. Masked: OE and PE, the result infinity or the largest finite value by RC. Unmasked:
 * OE, and PE only when that rounding was inexact (the value the #XM handler would get).
 * <li>Underflow: tininess is detected after rounding (with an unbounded exponent). Masked: UE and
 * PE when the denormalized result is inexact; with FTZ the result is a zero and UE and PE are set.
 * Unmasked: UE, and PE only when the rounding with an unbounded exponent was inexact.
 * <li>Otherwise PE when inexact.
 * </ul>
 * The magnitude is rounded as an integer: 4 times v's 53-bit significand plus the residual's sign as
 * a sticky quarter (v is the nearest 53-bit value, so this rounds like X itself to 53 or fewer bits).
 */
final class SseRound {
    private SseRound() {}

    private static final long FRACTION = 0xFFFFFFFFFFFFFL;

    /** X rounded to binary32 (raw bits); flags in c.fpEnv.flags. */
    static int to32(Cpu c, double v, int res, int scale) {
        return (int) round(c, v, res, scale, true);
    }

    /** X rounded to binary64 (raw bits); flags in c.fpEnv.flags. */
    static long to64(Cpu c, double v, int res, int scale) {
        return round(c, v, res, scale, false);
    }

    private static long round(Cpu c, double v, int res, int scale, boolean single) {
        int p = single ? 24 : 53, emin = single ? -126 : -1022, emax = single ? 127 : 1023;
        long bits = Double.doubleToRawLongBits(v);
        boolean neg = bits < 0;
        long sign = neg ? (single ? 0x80000000L : Long.MIN_VALUE) : 0;
        int e = (int) ((bits >>> 52) & 0x7FF) - 1023 + scale;
        int r = neg ? -res : res; // the residual's sign for the magnitude
        long m = (((bits & FRACTION) | 1L << 52) << 2) + r; // X = m * 2^(e - 54)
        if ((bits & FRACTION) == 0 && r < 0) { // just below a power of two: one binade lower
            m = (1L << 55) - 1;
            e--;
        }
        int rc = (c.mxcsr >> 13) & 3;
        int s = 2 + 53 - p;
        long u = roundBits(m, s, rc, neg);
        int e0 = e;
        boolean inexact = (m & ((1L << s) - 1)) != 0;
        if (u >>> p != 0) { // carried into the next binade
            u >>>= 1;
            e++;
        }
        int mxcsr = c.mxcsr;
        if (e > emax) {
            c.fpEnv.flags |= SseFp.OE;
            if ((mxcsr & 0x400) != 0 || inexact) c.fpEnv.flags |= SseFp.PE;
            boolean toInf = rc == 0 || rc == 2 && !neg || rc == 1 && neg;
            long inf = single ? 0x7F800000L : 0x7FF0000000000000L;
            return sign | (toInf ? inf : inf - 1);
        }
        if (e < emin) {
            if ((mxcsr & 0x800) == 0) { // unmasked: the handler sees the rounding with an unbounded exponent
                c.fpEnv.flags |= SseFp.UE | (inexact ? SseFp.PE : 0);
                return sign;
            }
            if ((mxcsr & 0x8000) != 0) { // FTZ
                c.fpEnv.flags |= SseFp.UE | SseFp.PE;
                return sign;
            }
            int sd = Math.min(62, s + emin - e0);
            long d = roundBits(m, sd, rc, neg); // in units of the smallest denormal; 2^(p-1) is the smallest normal
            if ((m & ((1L << sd) - 1)) != 0) c.fpEnv.flags |= SseFp.UE | SseFp.PE;
            return sign | d;
        }
        if (inexact) c.fpEnv.flags |= SseFp.PE;
        return sign | (long) (e - emin + 1) << (p - 1) | (u & ((1L << (p - 1)) - 1));
    }

    /** m without its low {@code s} bits, rounded by RC (magnitude of a value of sign {@code neg}). */
    private static long roundBits(long m, int s, int rc, boolean neg) {
        long keep = m >>> s, rem = m & ((1L << s) - 1), half = 1L << (s - 1);
        boolean up = switch (rc) {
            case 0 -> rem > half || rem == half && (keep & 1) != 0;
            case 1 -> rem != 0 && neg;
            case 2 -> rem != 0 && !neg;
            default -> false;
        };
        return keep + (up ? 1 : 0);
    }

    /** The exponent of a finite nonzero double (floor of log2 |a|), denormals included. */
    static int exponent(double a) {
        int e = Math.getExponent(a);
        return e >= Double.MIN_EXPONENT ? e : Math.getExponent(a * 0x1p64) - 64;
    }
}
