package pacifica.x86.conformance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.format.AttFormatter;
import pacifica.x86.format.IntelFormatter;
import pacifica.x86.gnu.GnuObjdump;
import pacifica.x86.gnu.GnuTools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random byte strings: the decoder and formatters never throw, and agree with objdump on length
 * and validity (and text) except for the {@link KnownDifferences}.
 */
class RandomBytesTest {
    private static final int COUNT = Integer.getInteger("pacifica.random.count", 30_000);

    /** Random bytes biased towards prefixes and escapes, so that the interesting paths are hit. */
    static List<byte[]> randomEncodings(long seed, int count) {
        Random r = new Random(seed);
        int[] interesting = {0x66, 0x67, 0xF2, 0xF3, 0xF0, 0x2E, 0x64, 0x0F, 0x0F, 0x38, 0x3A, 0xC4, 0xC5, 0x48, 0x41, 0x4C};
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] b = new byte[15];
            for (int j = 0; j < b.length; j++) {
                b[j] = (byte) (r.nextInt(4) == 0 && j < 4 ? interesting[r.nextInt(interesting.length)] : r.nextInt(256));
            }
            out.add(b);
        }
        return out;
    }

    @Test
    void neverThrows() {
        Decoder d = new Decoder();
        Instruction insn = new Instruction();
        AttFormatter att = new AttFormatter();
        IntelFormatter intel = new IntelFormatter();
        for (int mode : new int[] {16, 32, 64}) {
            for (byte[] b : randomEncodings(mode, 200_000)) {
                int len = d.decode(b, 0, b.length, 0x1000, mode, insn);
                assertTrue(len >= 1 && len <= 15);
                att.format(insn);
                intel.format(insn);
                // Truncated input must not read past the limit.
                d.decode(b, 0, 1 + (b[0] & 7), 0, mode, insn);
            }
        }
    }

    @ParameterizedTest(name = "{0}-bit")
    @ValueSource(ints = {16, 32, 64})
    void agreesWithObjdump(int mode) throws IOException {
        GnuTools.assumeTool("objdump");
        List<byte[]> raw = randomEncodings(1000 + mode, COUNT);
        // Cut each string to the length objdump and we must agree on, then let the comparison run.
        List<byte[]> encodings = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Decoder d = new Decoder();
        Instruction insn = new Instruction();
        for (byte[] b : raw) {
            d.decode(b, 0, b.length, 0, mode, insn);
            encodings.add(b);
            labels.add(insn.form == null ? "invalid" : insn.form.mnemonic + " @" + insn.form.origin);
        }
        ObjdumpComparison.Result r = ObjdumpComparison.compare(encodings, labels, mode, GnuObjdump.Syntax.ATT, false);
        HexFormat hex = HexFormat.ofDelimiter(" ");
        List<ObjdumpComparison.Mismatch> real = r.mismatches().stream()
                .filter(m -> !KnownDifferences.covers(hex.parseHex(m.bytes()), mode, m.objdump()))
                .toList();
        StringBuilder report = new StringBuilder();
        real.stream().limit(40).forEach(m -> report.append('\n').append(m));
        assertEquals(0, real.size(), real.size() + " of " + r.compared() + " random encodings differ in length or validity:" + report);
    }
}
