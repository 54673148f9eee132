package pacifica.emu.cpu;

import pacifica.emu.x87.Float80;
import pacifica.emu.x87.Float80Exponent;
import pacifica.emu.x87.Float80Remainder;
import pacifica.emu.x87.Float80Transcendental;
import pacifica.emu.x87.FpEnv;

/**
 * The D9 register forms of {@link X87}: FLD ST(i), FXCH, FNOP, FCHS/FABS/FTST/FXAM, the constants, and
 * the one- and two-operand functions of the D9 E0-FF block.
 */
final class X87Misc {
    private X87Misc() {}

    private static final int IE = FpEnv.IE, C0 = FpEnv.C0, C1 = FpEnv.C1, C2 = FpEnv.C2, C3 = FpEnv.C3;
    private static final int CC = FpEnv.CONDITION_CODES;
    private static final int IND_SE = Float80.INDEFINITE_SE;
    private static final long IND_M = Float80.INDEFINITE_M;

    /**
     * FLDL2T FLDL2E FLDPI FLDLG2 FLDLN2 (D9 E9-ED): exponent, the significand rounded down (toward zero)
     * and whether rounding to nearest rounds it up. The 64-bit constant is rounded by the rounding
     * control from the exact value (AMD APM vol. 1, 6.4.7: "rounding of the constants").
     */
    private static final int[] CONST_SE = {0x4000, 0x3FFF, 0x4000, 0x3FFD, 0x3FFE};
    private static final long[] CONST_M = {0xD49A784BCD1B8AFEL, 0xB8AA3B295C17F0BBL, 0xC90FDAA22168C234L,
        0x9A209A84FBCFF798L, 0xB17217F7D1CF79ABL};
    private static final boolean[] CONST_NEAREST_UP = {false, true, true, true, true};

    static void d9(Cpu c, int reg, int st, int modrm) {
        switch (reg) {
            case 0 -> { // FLD ST(i)
                boolean src = !X87.empty(c, st);
                int se = X87.se(c, st);
                long m = X87.m(c, st);
                if (!src) { // an empty source is reported before a full stack (host)
                    if (X87.stackFault(c, false)) X87.push(c, IND_SE, IND_M);
                } else if (!X87.empty(c, 7)) {
                    if (X87.stackFault(c, true)) X87.push(c, IND_SE, IND_M);
                } else {
                    X87.push(c, se, m);
                    c.fsw &= ~C1;
                }
            }
            case 1 -> { // FXCH
                boolean e0 = X87.empty(c, 0), ei = X87.empty(c, st);
                if (e0 || ei) {
                    if (!X87.stackFault(c, false)) return;
                    if (e0) X87.put(c, 0, IND_SE, IND_M);
                    if (ei) X87.put(c, st, IND_SE, IND_M);
                }
                int se = X87.se(c, 0);
                long m = X87.m(c, 0);
                X87.put(c, 0, X87.se(c, st), X87.m(c, st));
                X87.put(c, st, se, m);
                if (!(e0 || ei)) c.fsw &= ~C1;
            }
            case 2 -> {
                if (modrm != 0xD0) throw c.ud(); // FNOP
            }
            case 4 -> {
                switch (modrm) {
                    case 0xE0, 0xE1 -> {
                        if (X87.empty(c, 0)) {
                            if (X87.stackFault(c, false)) X87.put(c, 0, IND_SE, IND_M);
                            return;
                        }
                        int se = X87.se(c, 0);
                        X87.put(c, 0, modrm == 0xE0 ? se ^ 0x8000 : se & 0x7FFF, X87.m(c, 0));
                        c.fsw &= ~C1;
                    }
                    case 0xE4 -> { // FTST
                        if (X87.empty(c, 0)) {
                            X87.stackFault(c, false);
                            c.fsw |= C0 | C2 | C3;
                            return;
                        }
                        FpEnv e = X87.env(c);
                        Float80.compare(e, X87.se(c, 0), X87.m(c, 0), 0, 0, false);
                        X87.status(c, e.flags & ~C1, CC);
                    }
                    case 0xE5 -> fxam(c);
                    default -> throw c.ud();
                }
            }
            case 5 -> {
                if (modrm == 0xEF) throw c.ud();
                if (!X87.empty(c, 7)) {
                    if (X87.stackFault(c, true)) X87.push(c, IND_SE, IND_M);
                    return;
                }
                int k = modrm - 0xE8;
                if (k == 0) X87.push(c, 0x3FFF, Long.MIN_VALUE);
                else if (k == 6) X87.push(c, 0, 0);
                else {
                    int rc = (c.fcw >> 10) & 3;
                    boolean up = rc == FpEnv.RC_UP || (rc == FpEnv.RC_NEAREST && CONST_NEAREST_UP[k - 1]);
                    X87.push(c, CONST_SE[k - 1], CONST_M[k - 1] + (up ? 1 : 0));
                }
                c.fsw &= ~C1;
            }
            case 6, 7 -> functions(c, modrm);
            default -> throw c.ud();
        }
    }

    private static void fxam(Cpu c) {
        int se = X87.se(c, 0);
        long m = X87.m(c, 0);
        int cc = (se & 0x8000) != 0 ? C1 : 0;
        if (X87.empty(c, 0)) cc |= C3 | C0;
        else {
            int e = se & 0x7FFF;
            if (e == 0) cc |= m == 0 ? C3 : C3 | C2;
            else if (m >= 0) cc |= 0; // unnormal, pseudo-NaN/infinity: unsupported
            else if (e == 0x7FFF) cc |= (m << 1) == 0 ? C2 | C0 : C0;
            else cc |= C2;
        }
        c.fsw = (c.fsw & ~CC) | cc;
    }

    private static void functions(Cpu c, int modrm) {
        switch (modrm) {
            case 0xF6 -> {
                c.fpTop = (c.fpTop - 1) & 7;
                c.fsw &= ~C1;
            }
            case 0xF7 -> {
                c.fpTop = (c.fpTop + 1) & 7;
                c.fsw &= ~C1;
            }
            case 0xF0, 0xFA, 0xFC, 0xFE, 0xFF -> unary(c, modrm);
            case 0xF1, 0xF3, 0xF9 -> binaryPop(c, modrm);
            case 0xF5, 0xF8, 0xFD -> binaryKeep(c, modrm);
            case 0xF2, 0xF4, 0xFB -> twoResults(c, modrm);
            default -> throw c.ud();
        }
    }

    static void unary(Cpu c, int modrm) {
        if (X87.empty(c, 0)) {
            if (modrm >= 0xFE) c.fsw &= ~C2; // FSIN/FCOS: "reduction complete" on a stack fault (host)
            if (X87.stackFault(c, false)) X87.put(c, 0, IND_SE, IND_M);
            return;
        }
        FpEnv e = X87.env(c);
        int se = X87.se(c, 0);
        long m = X87.m(c, 0);
        boolean ok = switch (modrm) {
            case 0xF0 -> Float80Transcendental.f2xm1(e, se, m);
            case 0xFA -> Float80.sqrt(e, se, m);
            case 0xFC -> Float80.roundToInt(e, se, m);
            case 0xFE -> Float80Transcendental.fsin(e, se, m);
            default -> Float80Transcendental.fcos(e, se, m);
        };
        if (ok) X87.put(c, 0, e.se, e.m);
        X87.status(c, e.flags, modrm >= 0xFE ? C1 | C2 : C1);
    }

    /** FYL2X, FPATAN, FYL2XP1: ST(1) = f(ST(0), ST(1)), then pop. */
    private static void binaryPop(Cpu c, int modrm) {
        if (X87.empty(c, 0) || X87.empty(c, 1)) {
            if (X87.stackFault(c, false)) {
                X87.put(c, 1, IND_SE, IND_M);
                X87.pop(c);
            }
            return;
        }
        FpEnv e = X87.env(c);
        int sa = X87.se(c, 0), sb = X87.se(c, 1);
        long ma = X87.m(c, 0), mb = X87.m(c, 1);
        boolean ok = switch (modrm) {
            case 0xF1 -> Float80Transcendental.fyl2x(e, sa, ma, sb, mb);
            case 0xF3 -> Float80Transcendental.fpatan(e, sa, ma, sb, mb);
            default -> Float80Transcendental.fyl2xp1(e, sa, ma, sb, mb);
        };
        if (ok) X87.put(c, 1, e.se, e.m);
        X87.status(c, e.flags, C1);
        if (ok) X87.pop(c);
    }

    /** FPREM1, FPREM, FSCALE: ST(0) = f(ST(0), ST(1)). */
    private static void binaryKeep(Cpu c, int modrm) {
        if (X87.empty(c, 0) || X87.empty(c, 1)) {
            if (modrm != 0xFD) c.fsw &= ~C2; // FPREM/FPREM1: "complete" (host)
            if (X87.stackFault(c, false)) X87.put(c, 0, IND_SE, IND_M);
            return;
        }
        FpEnv e = X87.env(c);
        int sa = X87.se(c, 0), sb = X87.se(c, 1);
        long ma = X87.m(c, 0), mb = X87.m(c, 1);
        boolean ok = switch (modrm) {
            case 0xF5 -> Float80Remainder.fprem1(e, sa, ma, sb, mb);
            case 0xF8 -> Float80Remainder.fprem(e, sa, ma, sb, mb);
            default -> Float80Exponent.scale(e, sa, ma, sb, mb);
        };
        if (ok) X87.put(c, 0, e.se, e.m);
        int defined = modrm == 0xFD ? C1 : CC;
        if (modrm != 0xFD && ((e.flags & IE) != 0 || !ok || isNaN(e.se, e.m))) {
            // FPREM/FPREM1 with a NaN, invalid or unmasked-exception result: the host clears C1 and C2
            // and keeps C0 C3
            c.fsw &= ~(C1 | C2);
            defined = 0;
        }
        X87.status(c, e.flags, defined);
    }

    private static boolean isNaN(int se, long m) {
        return (se & 0x7FFF) == 0x7FFF && (m << 1) != 0;
    }

    /** FPTAN, FXTRACT, FSINCOS: ST(0) replaced and a second value pushed. */
    private static void twoResults(Cpu c, int modrm) {
        boolean under = X87.empty(c, 0);
        if (under || !X87.empty(c, 7)) {
            if (modrm != 0xF4) c.fsw &= ~C2; // FPTAN/FSINCOS: C2 cleared on a stack fault (host)
            if (X87.stackFault(c, !under)) {
                X87.put(c, 0, IND_SE, IND_M);
                X87.push(c, IND_SE, IND_M);
            }
            return;
        }
        FpEnv e = X87.env(c);
        int se = X87.se(c, 0);
        long m = X87.m(c, 0);
        boolean ok = switch (modrm) {
            case 0xF2 -> Float80Transcendental.fptan(e, se, m);
            case 0xF4 -> Float80Exponent.extract(e, se, m);
            default -> Float80Transcendental.fsincos(e, se, m);
        };
        if (ok && (e.flags & C2) != 0 && modrm != 0xF4) {
            X87.status(c, e.flags, C1 | C2);
            return; // out of range: operand unchanged, nothing pushed
        }
        if (ok) {
            X87.put(c, 0, e.se2, e.m2);
            X87.push(c, e.se, e.m);
        }
        X87.status(c, e.flags, modrm == 0xF4 ? C1 : C1 | C2);
    }
}
