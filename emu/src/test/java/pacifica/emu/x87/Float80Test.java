package pacifica.emu.x87;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static pacifica.emu.x87.HostX87.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import pacifica.emu.x87.HostX87.Case;

/**
 * {@link Float80} and {@link Float80Convert} bit for bit against the host's x87 unit (see
 * {@link HostX87}): random and edge-case operands under random rounding modes, precision control
 * and exception masks. Results, exception flags and C1 (or C0 C2 C3 for compares) must agree, as
 * must the "destination untouched" response of unmasked exceptions.
 */
class Float80Test {
    private static final int N = 40_000;
    private static final int C_BITS = FpEnv.C0 | FpEnv.C1 | FpEnv.C2 | FpEnv.C3;

    private final FpEnv env = new FpEnv();

    private static List<Case> cases(long seed, int n, IntUnaryOperator opOf) {
        Operands g = new Operands(seed);
        List<Case> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            g.next();
            int seA = g.se;
            long mA = g.m;
            g.near(seA, mA);
            list.add(new Case(opOf.applyAsInt(i), g.controlWord(), seA, mA, g.se, g.m));
        }
        return list;
    }

    private static void report(String what, List<Case> cases, List<String> failures) {
        System.out.println("Float80Test " + what + ": " + (cases.size() - failures.size()) + " of " + cases.size()
                + " cases agree with the host x87");
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " " + what + " cases differ:\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }

    private static String hex(int se, long m) {
        return String.format("%04x:%016x", se & 0xFFFF, m);
    }

    /** Compares a register result (r1) with env, or with operand a when no result was delivered. */
    private String checkRegister(Case c, boolean written, int cMask) {
        int se = written ? env.se : c.seA;
        long m = written ? env.m : c.mA;
        int javaFlags = env.flags & (FpEnv.ALL_EXCEPTIONS | cMask);
        int hostFlags = c.sw & (FpEnv.ALL_EXCEPTIONS | cMask);
        if (c.r1se == (se & 0xFFFF) && c.r1m == m && javaFlags == hostFlags) return null;
        return c + "\n      java " + hex(se, m) + " flags " + Integer.toHexString(javaFlags)
                + " (host " + Integer.toHexString(hostFlags) + ")" + (written ? "" : " [not written]");
    }

    @Test
    void arithmeticMatchesHost() {
        HostX87.assume();
        int[] ops = {ADD, SUB, MUL, DIV, SQRT, FRNDINT};
        List<Case> cases = cases(1, N * ops.length, i -> ops[i % ops.length]);
        HostX87.run(cases);
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            env.control = c.cw;
            boolean w = switch (c.op) {
                case ADD -> Float80.add(env, c.seA, c.mA, c.seB, c.mB);
                case SUB -> Float80.sub(env, c.seA, c.mA, c.seB, c.mB);
                case MUL -> Float80.mul(env, c.seA, c.mA, c.seB, c.mB);
                case DIV -> Float80.div(env, c.seA, c.mA, c.seB, c.mB);
                case SQRT -> Float80.sqrt(env, c.seA, c.mA);
                default -> Float80.roundToInt(env, c.seA, c.mA);
            };
            String f = checkRegister(c, w, FpEnv.C1);
            if (f != null) failures.add(f);
        }
        report("add/sub/mul/div/sqrt/frndint", cases, failures);
    }

    @Test
    void comparesMatchHost() {
        HostX87.assume();
        int[] ops = {FCOM, FUCOM, FCOMI, FUCOMI};
        List<Case> cases = cases(2, N, i -> ops[i % ops.length]);
        HostX87.run(cases);
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            env.control = c.cw;
            boolean quiet = c.op == FUCOM || c.op == FUCOMI;
            boolean w = Float80.compare(env, c.seA, c.mA, c.seB, c.mB, quiet);
            int javaFlags = env.flags & FpEnv.ALL_EXCEPTIONS;
            int hostFlags = c.sw & FpEnv.ALL_EXCEPTIONS;
            String got, want;
            if (c.op == FCOM || c.op == FUCOM) {
                got = Integer.toHexString(hostFlags | (w ? c.sw & (FpEnv.C0 | FpEnv.C2 | FpEnv.C3) : 0));
                want = Integer.toHexString(javaFlags | (w ? env.flags & (FpEnv.C0 | FpEnv.C2 | FpEnv.C3) : 0));
            } else {
                // FCOMI: C3 C2 C0 go to ZF PF CF (AH bits 6, 2, 0 after LAHF)
                int zpc = (env.flags & FpEnv.C3) != 0 ? 0x40 : 0;
                zpc |= (env.flags & FpEnv.C2) != 0 ? 0x04 : 0;
                zpc |= (env.flags & FpEnv.C0) != 0 ? 0x01 : 0;
                got = Integer.toHexString(hostFlags) + (w ? "/" + Integer.toHexString(c.eflags & 0x45) : "");
                want = Integer.toHexString(javaFlags) + (w ? "/" + Integer.toHexString(zpc) : "");
            }
            if (!got.equals(want)) failures.add(c + "\n      java " + want + " host " + got);
        }
        report("fcom/fucom/fcomi/fucomi", cases, failures);
    }
}
