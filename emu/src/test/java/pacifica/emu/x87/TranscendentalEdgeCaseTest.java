package pacifica.emu.x87;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static pacifica.emu.x87.HostX87.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pacifica.emu.x87.HostX87.Case;

/**
 * Transcendental cases where the host's result is fully determined, so Java must agree bit for bit
 * (results, C1, every flag) under every rounding mode: sines and cosines of arguments below 2^-32
 * (x or 1, rounded on the side the next series term says), arctangents of tiny exact and inexact
 * quotients, F2XM1(+-1) and FYL2X of powers of two (exact yet flagged inexact), and FYL2X(0, y)
 * (zero divide without a denormal-operand exception).
 */
class TranscendentalEdgeCaseTest {
    private static final long J = Long.MIN_VALUE;

    @Test
    void edgeCasesMatchHostExactly() {
        HostX87.assume();
        Random r = new Random(99);
        List<Case> cases = new ArrayList<>();
        int[] masks = {0x3F, 0x3D, 0x3B, 0x39, 0x2F, 0x00};
        for (int rc = 0; rc < 4; rc++) {
            for (int mask : masks) {
                int cw = 0x0340 | (rc << 10) | mask;
                for (int i = 0; i < 12; i++) {
                    int sign = r.nextBoolean() ? 0x8000 : 0;
                    long m = r.nextLong() | J;
                    int e = switch (i % 4) {
                        case 0 -> 1 + r.nextInt(100);              // smallest normals
                        case 1 -> 0x3FFF - 33 - r.nextInt(200);    // below 2^-32
                        case 2 -> 0x3FFF - 33;
                        default -> 0;                                // denormal
                    };
                    if (e == 0) m >>>= 1 + r.nextInt(63);
                    for (int op : new int[] {FSIN, FCOS, FSINCOS}) cases.add(new Case(op, cw, e | sign, m, 0x3FFF, J));
                    // atan(y/x) with y/x an exact 64-bit value below 2^-70 (x a power of two): t minus
                    // a tail. (Inexact tiny quotients are not exact on the host: its internal quotient
                    // carries an error of a few hundredths of an ulp.)
                    int ex = 0x3FFF + r.nextInt(40) - 20;
                    int ey = Math.max(1, ex - 71 - r.nextInt(2000));
                    cases.add(new Case(FPATAN, cw, ex, J, ey | sign, m));
                    // FYL2X of a power of two: exact (or rounded) k * y, always inexact
                    cases.add(new Case(FYL2X, cw, 0x3FFF + r.nextInt(200) - 100, J, (0x3FFF + r.nextInt(20)) | sign, m));
                    // FYL2X(+-0, y): zero divide, no denormal operand even for a denormal y
                    cases.add(new Case(FYL2X, cw, sign, 0, e == 0 ? sign : (0x3FFF | sign), e == 0 ? m : J));
                }
                cases.add(new Case(F2XM1, cw, 0x3FFF, J, 0x3FFF, J));
                cases.add(new Case(F2XM1, cw, 0xBFFF, J, 0x3FFF, J));
                cases.add(new Case(FSIN, cw, 0x8000, J, 0x3FFF, J)); // pseudo-denormal
                cases.add(new Case(FCOS, cw, 0x0000, 1, 0x3FFF, J));
            }
        }
        HostX87.run(cases);
        TranscendentalAgreementTest compare = new TranscendentalAgreementTest();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String d = compare.compare(c);
            if (d != null) failures.add(d);
        }
        System.out.println("TranscendentalEdgeCaseTest: " + (cases.size() - failures.size()) + " of " + cases.size()
                + " cases agree with the host x87");
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " differ:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
