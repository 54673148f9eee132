package pacifica.emu.x87;

import static pacifica.emu.x87.Float80.BIAS;
import static pacifica.emu.x87.Float80.DENORMAL;
import static pacifica.emu.x87.Float80.INF;
import static pacifica.emu.x87.Float80.INTEGER_BIT;
import static pacifica.emu.x87.Float80.MAX_EXP;
import static pacifica.emu.x87.Float80.ZERO;
import static pacifica.emu.x87.FpEnv.ZE;

/**
 * The exponent manipulations FSCALE and FXTRACT. Both are exact apart from FSCALE's overflow and
 * underflow; precision control does not apply to them.
 */
public final class Float80Exponent {
    private Float80Exponent() {}

    /** FSCALE: a * 2^trunc(b); the result in {@code env.se/m}. */
    public static boolean scale(FpEnv env, int seA, long mA, int seB, long mB) {
        env.flags = 0;
        int ca = Float80.classify(seA, mA), cb = Float80.classify(seB, mB);
        int s = Float80.specialOperands(env, seA, mA, ca, seB, mB, cb);
        if (s >= 0) return s == 1;
        int sb = Float80.sign(seB);
        if (cb == INF) {
            // 0 * 2^+inf and inf * 2^-inf are invalid; otherwise the infinity decides.
            if ((ca == ZERO && sb == 0) || (ca == INF && sb != 0)) return Float80.invalid(env);
            if (!Float80.denormal(env, ca, cb)) return false;
            if (ca == ZERO || ca == INF) env.result(seA, mA);
            else env.result((seA & 0x8000) | (sb == 0 ? MAX_EXP : 0), sb == 0 ? INTEGER_BIT : 0);
            return true;
        }
        if (!Float80.denormal(env, ca, cb)) return false;
        if (ca == ZERO || ca == INF) {
            env.result(seA, mA);
            return true;
        }
        // trunc(b), clamped: any |b| >= 2^20 over- or underflows every finite a the same way.
        int n;
        if (cb == ZERO) {
            n = 0;
        } else {
            int eb = Float80.normExp(seB, mB) - BIAS;
            long mb = Float80.normalized(mB);
            n = eb < 0 ? 0 : eb >= 20 ? 1 << 20 : (int) (mb >>> (63 - eb));
            if (sb != 0) n = -n;
        }
        int exp = Float80.normExp(seA, mA) + n;
        return Rounder.round(env, Float80.sign(seA), exp, Float80.normalized(mA), 0, 64, MAX_EXP,
                Rounder.WRAP_EXTENDED);
    }

    /**
     * FXTRACT: splits a into significand ({@code env.se/m}, exponent field = bias, same sign: the new
     * ST(0)) and unbiased exponent ({@code env.se2/m2}: the new ST(1)). Zero raises ZE and gives an
     * exponent of -infinity; infinity gives +infinity; NaNs go to both halves.
     */
    public static boolean extract(FpEnv env, int seA, long mA) {
        env.flags = 0;
        int ca = Float80.classify(seA, mA);
        int s = Float80.specialOperand(env, seA, mA, ca);
        if (s == 0) return false;
        if (s == 1) {
            env.se2 = env.se;
            env.m2 = env.m;
            return true;
        }
        if (ca == ZERO) {
            env.flags |= ZE;
            if (!env.masked(ZE)) return false;
            env.result(seA, mA);
            env.se2 = 0x8000 | MAX_EXP;
            env.m2 = INTEGER_BIT;
            return true;
        }
        if (ca == INF) {
            env.result(seA, mA);
            env.se2 = MAX_EXP;
            env.m2 = INTEGER_BIT;
            return true;
        }
        if (ca == DENORMAL && !Float80.denormal(env, ca, ZERO)) return false;
        int e = Float80.normExp(seA, mA) - BIAS;
        env.result((seA & 0x8000) | BIAS, Float80.normalized(mA));
        int fse = env.se;
        long fm = env.m;
        Float80Convert.fromInt(env, e);
        env.se2 = env.se;
        env.m2 = env.m;
        env.se = fse;
        env.m = fm;
        env.flags = ca == DENORMAL ? FpEnv.DE : 0;
        return true;
    }
}
