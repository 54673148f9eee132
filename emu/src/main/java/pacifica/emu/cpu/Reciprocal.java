package pacifica.emu.cpu;

/**
 * RCPSS/RCPPS and RSQRTSS/RSQRTPS as the oracle (AMD EPYC, Zen 4) computes them. The architecture only
 * bounds the relative error (1.5 * 2^-12) and every processor generation has its own tables, so the
 * behaviour here is measured, not derived (checked on all 2^32 inputs against the host):
 * <ul>
 * <li>the result depends only on the sign, the exponent and the top 12 mantissa bits, and has a 12-bit
 * mantissa ({@link ReciprocalTables});
 * <li>denormal inputs count as zero and a result below the normal range is zero, whatever MXCSR.DAZ and FTZ;
 * <li>1/±0 = ±inf, 1/±inf = ±0; rsqrt(±0) = ±inf (also for negative denormals), rsqrt(+inf) = +0, the
 * square root of any other negative number (−inf too) is the default NaN; a NaN input is returned quieted;
 * <li>MXCSR (rounding, DAZ, FTZ, masks) is neither used nor changed: no flag is set and no #XM raised,
 * not even for SNaNs.
 * </ul>
 */
public final class Reciprocal {
    private Reciprocal() {}

    /** RCPSS on one binary32 bit pattern. */
    public static int rcp(int x) {
        int sign = x & 0x80000000, e = (x >>> 23) & 0xFF, m = x & 0x7FFFFF;
        if (e == 0xFF) return m != 0 ? x | 0x00400000 : sign;
        if (e == 0) return sign | 0x7F800000;
        // 1/(2^(e-127) * 1.m) = 2^(127-e) * T with T in [0.5, 1): biased exponent 253 - e
        int re = 253 - e;
        if (re <= 0) return sign; // below the normal range: flushed to zero
        return sign | re << 23 | ReciprocalTables.RCP[m >>> 11] << 11;
    }

    /** RSQRTSS on one binary32 bit pattern. */
    public static int rsqrt(int x) {
        int e = (x >>> 23) & 0xFF, m = x & 0x7FFFFF;
        if (e == 0xFF) {
            if (m != 0) return x | 0x00400000;
            return x < 0 ? 0xFFC00000 : 0;
        }
        if (e == 0) return (x & 0x80000000) | 0x7F800000;
        if (x < 0) return 0xFFC00000;
        // x = 2^(2k) * y with y in [1, 4), k = floor((e - 127) / 2); 1/sqrt(y) in (0.5, 1]: biased exponent 126 - k
        int k = (e - 127) >> 1;
        int index = (e & 1) != 0 ? m >>> 11 : 4096 + (m >>> 11);
        return 126 - k << 23 | ReciprocalTables.RSQRT[index] << 11;
    }

    /** Two binary32 lanes of a quadword. */
    static long packed(long v, boolean sqrt) {
        int lo = (int) v, hi = (int) (v >>> 32);
        return (sqrt ? rsqrt(lo) : rcp(lo)) & 0xFFFFFFFFL | (long) (sqrt ? rsqrt(hi) : rcp(hi)) << 32;
    }

    /** The low lane replaced, the upper lane of the quadword {@code d} kept (RCPSS, RSQRTSS). */
    static long scalar(long d, long s, boolean sqrt) {
        int r = sqrt ? rsqrt((int) s) : rcp((int) s);
        return d & ~0xFFFFFFFFL | r & 0xFFFFFFFFL;
    }
}
