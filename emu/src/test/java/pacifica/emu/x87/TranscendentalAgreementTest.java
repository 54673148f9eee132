package pacifica.emu.x87;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static pacifica.emu.x87.HostX87.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pacifica.emu.x87.HostX87.Case;

/**
 * How often each x87 transcendental instruction agrees with the host AMD x87 bit for bit (results,
 * C1 and every exception flag), over a fixed sample of operands in each instruction's useful domain
 * under every rounding mode, precision control and random exception masks. The host is not
 * correctly rounded, so agreement is a rate, not a yes/no; the test prints it per instruction and
 * fails if it drops below the floor measured when {@link Float80Transcendental} last changed.
 *
 * <p>{@code -Dpacifica.x87.transCount=N} sets the cases per instruction (default 2,500);
 * {@code -Dpacifica.x87.transDump=FILE} writes every disagreement to FILE for analysis.
 */
class TranscendentalAgreementTest {
    private static final int[] OPS = {FSIN, FCOS, FSINCOS, FPTAN, FPATAN, F2XM1, FYL2X, FYL2XP1};
    private static final String[] NAMES = {"fsin", "fcos", "fsincos", "fptan", "fpatan", "f2xm1", "fyl2x", "fyl2xp1"};
    /**
     * Agreement floors in percent over the default sample, a little under the rates measured on the
     * AMD EPYC (Zen 4) host: fsin 99.68, fcos 99.60, fsincos 99.60, fptan 93.68, fpatan 99.00,
     * f2xm1 96.80, fyl2x 97.40, fyl2xp1 96.68 (before the host models: 98.32, 98.32, 97.52, 93.72,
     * 97.12, 96.76, 96.52, 96.68). Another x87 implementation computes differently: see {@link #HOST}.
     */
    private static final double[] FLOORS = {99.4, 99.3, 99.3, 93.4, 98.7, 96.5, 97.1, 96.4};
    /** The processor the floors were measured on (vendor, family); elsewhere the rates are only printed. */
    static final String HOST = "AuthenticAMD family 25";

    private final FpEnv env = new FpEnv();

    /** The operands: mostly normal numbers in each instruction's domain, a few edge cases. */
    static List<Case> sample(long seed, int perOp) {
        Operands g = new Operands(seed);
        Random r = g.random();
        List<Case> list = new ArrayList<>(perOp * OPS.length);
        for (int i = 0; i < perOp * OPS.length; i++) {
            int op = OPS[i % OPS.length];
            g.next();
            int seA = g.se;
            long mA = g.m;
            g.next();
            int seB = g.se;
            long mB = g.m;
            if (r.nextInt(20) != 0) { // keep 5% of edge and random operands
                int sign = r.nextBoolean() ? 0x8000 : 0;
                mA = g.mantissa();
                mB = g.mantissa();
                switch (op) {
                    case FSIN, FCOS, FSINCOS, FPTAN -> seA = (0x3FFF + r.nextInt(104) - 40) | sign;
                    case F2XM1 -> seA = (0x3FFF - 1 - r.nextInt(66)) | sign;
                    case FYL2XP1 -> seA = (0x3FFF - 2 - r.nextInt(66)) | sign;
                    case FYL2X -> seA = 0x3FFF + r.nextInt(200) - 100;
                    default -> seA = (0x3FFF + r.nextInt(41) - 20) | sign;
                }
                if (op == FPATAN) seB = ((seA & 0x7FFF) + r.nextInt(81) - 40) | (r.nextBoolean() ? 0x8000 : 0);
                if (op == FYL2X || op == FYL2XP1) seB = (0x3FFF + r.nextInt(41) - 20) | (r.nextBoolean() ? 0x8000 : 0);
            }
            list.add(new Case(op, g.controlWord(), seA, mA, seB, mB));
        }
        return list;
    }

    /** Runs one case in Java; returns the disagreement's description, or null when all agrees. */
    String compare(Case c) {
        boolean w = HostX87.transcendental(env, c);
        boolean pops = c.op == FPATAN || c.op == FYL2X || c.op == FYL2XP1;
        boolean pushes = (c.op == FSINCOS || c.op == FPTAN) && w && (env.flags & FpEnv.C2) == 0;
        int se = w ? env.se : c.seA, se2 = pushes ? env.se2 : c.seB;
        long m = w ? env.m : c.mA, m2 = pushes ? env.m2 : c.mB;
        if (pops && !w) {
            se = c.seA;
            m = c.mA;
        }
        if (pops && w) { // the result replaces ST(1) and ST(0) is popped: nothing to compare below it
            se2 = c.r2se;
            m2 = c.r2m;
        }
        int all = FpEnv.ALL_EXCEPTIONS | FpEnv.C1 | FpEnv.C2;
        int javaFlags = env.flags & all, hostFlags = c.sw & all;
        if (pops) hostFlags &= ~FpEnv.C2; // undefined for these
        boolean values = c.r1se == (se & 0xFFFF) && c.r1m == m && c.r2se == (se2 & 0xFFFF) && c.r2m == m2;
        if (values && javaFlags == hostFlags) return null;
        String kind = !values ? "value" : ((javaFlags ^ hostFlags) == FpEnv.C1 ? "c1" : "flags");
        return kind + " " + c + String.format(" java r1=%04x:%016x r2=%04x:%016x flags=%04x",
                se & 0xFFFF, m, se2 & 0xFFFF, m2, javaFlags);
    }

    /** "vendor family N" from /proc/cpuinfo, or "unknown". */
    static String hostCpu() {
        try {
            String vendor = null, family = null;
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (vendor == null && line.startsWith("vendor_id")) vendor = line.substring(line.indexOf(':') + 1).trim();
                if (family == null && line.startsWith("cpu family")) family = line.substring(line.indexOf(':') + 1).trim();
            }
            return vendor + " family " + family;
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    @Test
    void agreementWithHostStaysAboveFloor() throws IOException {
        HostX87.assume();
        int perOp = Integer.getInteger("pacifica.x87.transCount", 2_500);
        List<Case> cases = sample(2026, perOp);
        HostX87.run(cases);
        int n = OPS.length;
        int[] agree = new int[n], total = new int[n], values = new int[n], c1 = new int[n];
        List<String> dump = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            int k = i % n;
            String d = compare(cases.get(i));
            total[k]++;
            if (d == null) {
                agree[k]++;
                continue;
            }
            if (d.startsWith("value")) values[k]++;
            else if (d.startsWith("c1")) c1[k]++;
            dump.add(NAMES[k] + " " + d);
        }
        StringBuilder sb = new StringBuilder("TranscendentalAgreementTest: bit-exact agreement with the host x87 over "
                + perOp + " cases each (disagreements: value / C1 only / other flags):");
        for (int k = 0; k < n; k++) {
            sb.append(String.format("%n  %-8s %6.2f%%  (%d / %d / %d)", NAMES[k], 100.0 * agree[k] / total[k],
                    values[k], c1[k], total[k] - agree[k] - values[k] - c1[k]));
        }
        System.out.println(sb);
        String file = System.getProperty("pacifica.x87.transDump");
        if (file != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(file)))) {
                dump.forEach(w::println);
            }
        }
        String cpu = hostCpu();
        assumeTrue(HOST.equals(cpu), () -> "agreement floors were measured on " + HOST + ", not on this " + cpu);
        for (int k = 0; k < n; k++) {
            assertTrue(agree[k] * 100.0 >= total[k] * FLOORS[k], NAMES[k] + " agrees with the host in only "
                    + agree[k] + " of " + total[k] + " cases (floor " + FLOORS[k] + "%)");
        }
    }
}
