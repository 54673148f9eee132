package pacifica.emu.x87;

import static pacifica.emu.x87.Float80.INF;
import static pacifica.emu.x87.Float80.MAX_EXP;
import static pacifica.emu.x87.Float80.ZERO;
import static pacifica.emu.x87.FpEnv.C0;
import static pacifica.emu.x87.FpEnv.C1;
import static pacifica.emu.x87.FpEnv.C2;
import static pacifica.emu.x87.FpEnv.C3;

/**
 * FPREM (quotient truncated) and FPREM1 (quotient rounded to nearest even, the IEEE remainder).
 * The remainder is always exact. When the exponents differ by 64 or more only a partial remainder
 * is computed and C2 is set: like the host AMD processor, the dividend is reduced modulo
 * {@code b * 2^s} with {@code s = 32 * (floor(D / 32) - 1)}, which leaves an exponent difference
 * below 64 (between 32 and 63 fewer than D). Otherwise C2 is clear and the quotient's three low bits
 * go to C0 (Q2), C3 (Q1) and C1 (Q0).
 */
public final class Float80Remainder {
    private Float80Remainder() {}

    public static boolean fprem(FpEnv env, int seA, long mA, int seB, long mB) {
        return remainder(env, seA, mA, seB, mB, false);
    }

    public static boolean fprem1(FpEnv env, int seA, long mA, int seB, long mB) {
        return remainder(env, seA, mA, seB, mB, true);
    }

    private static boolean remainder(FpEnv env, int seA, long mA, int seB, long mB, boolean nearest) {
        env.flags = 0;
        int ca = Float80.classify(seA, mA), cb = Float80.classify(seB, mB);
        int s = Float80.specialOperands(env, seA, mA, ca, seB, mB, cb);
        if (s >= 0) return s == 1;
        if (ca == INF || cb == ZERO) return Float80.invalid(env);
        if (!Float80.denormal(env, ca, cb)) return false;
        if (ca == ZERO || cb == INF) {
            long fraction = mA & Long.MAX_VALUE;
            if ((seA & MAX_EXP) == 0 && fraction != 0 && !env.masked(FpEnv.UE)) {
                // A (pseudo-)denormal remainder with underflow unmasked: the host re-biases the
                // fraction alone, without a pseudo-denormal's integer bit.
                int n = Long.numberOfLeadingZeros(fraction);
                return Rounder.round(env, Float80.sign(seA), 1 - n, fraction << n, 0, 64, MAX_EXP, Rounder.WRAP_EXTENDED);
            }
            // a is the remainder; a pseudo-denormal comes back in canonical form (exponent 1)
            env.result(mA < 0 && (seA & MAX_EXP) == 0 ? seA | 1 : seA, mA);
            return true;
        }
        int sign = Float80.sign(seA);
        int ea = Float80.normExp(seA, mA), eb = Float80.normExp(seB, mB);
        long ma = Float80.normalized(mA), mb = Float80.normalized(mB);
        int d = ea - eb;
        long r;
        long q = 0;
        int exp;
        boolean partial = d >= 64;
        if (d < 0) {
            r = ma;
            exp = ea;
            if (nearest && d == -1 && Long.compareUnsigned(ma, mb) > 0) {
                // |a| > |b|/2: the nearest quotient is 1 and the remainder |b| - |a| changes sign
                r = 2 * mb - ma;
                q = 1;
                sign ^= 1;
            }
        } else {
            if (partial) d -= 32 * (d / 32 - 1);
            // r = ma * 2^d mod mb, q = floor(ma * 2^d / mb), by restoring division
            r = ma;
            if (Long.compareUnsigned(r, mb) >= 0) {
                r -= mb;
                q = 1;
            }
            for (int i = 0; i < d; i++) {
                boolean carry = r < 0;
                r <<= 1;
                q <<= 1;
                if (carry || Long.compareUnsigned(r, mb) >= 0) {
                    r -= mb;
                    q |= 1;
                }
            }
            exp = ea - d; // eb, or for a partial remainder the reduced divisor's exponent eb + s
            if (nearest && !partial && r != 0) {
                int c = r < 0 ? 1 : Long.compareUnsigned(r << 1, mb);
                if (c > 0 || (c == 0 && (q & 1) != 0)) {
                    r = mb - r;
                    q++;
                    sign ^= 1;
                }
            }
        }
        int cc = partial ? C2 : ((q & 4) != 0 ? C0 : 0) | ((q & 2) != 0 ? C3 : 0) | ((q & 1) != 0 ? C1 : 0);
        if (r == 0) {
            env.result(Float80.sign(seA) << 15, 0);
            env.flags |= cc;
            return true;
        }
        int n = Long.numberOfLeadingZeros(r);
        boolean ok = Rounder.round(env, sign, exp - n, r << n, 0, 64, MAX_EXP, Rounder.WRAP_EXTENDED);
        env.flags = (env.flags & ~(C0 | C1 | C2 | C3)) | cc;
        return ok;
    }
}
