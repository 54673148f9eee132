package pacifica.x86.conformance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pacifica.x86.gnu.GnuObjdump;
import pacifica.x86.gnu.GnuTools;
import pacifica.x86.isa.InstructionTable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decoder and both formatters against GNU objdump on encodings generated from every form of
 * every table file, in 16-, 32- and 64-bit mode: same length, same validity, same text.
 * Only the {@link KnownDifferences} may differ. {@code -Dpacifica.conformance.perForm=N} raises
 * the number of encodings per form (default 40).
 */
class ObjdumpConformanceTest {
    private static final int PER_FORM = Integer.getInteger("pacifica.conformance.perForm", 40);

    @BeforeAll
    static void tools() {
        GnuTools.assumeTool("objdump");
    }

    static Stream<Arguments> cases() {
        List<Arguments> args = new ArrayList<>();
        for (String file : InstructionTable.FILES) {
            for (int mode : new int[] {16, 32, 64}) {
                for (GnuObjdump.Syntax syntax : GnuObjdump.Syntax.values()) args.add(Arguments.of(file, mode, syntax));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1}-bit {2}")
    @MethodSource("cases")
    void matchesObjdump(String file, int mode, GnuObjdump.Syntax syntax) throws IOException {
        ObjdumpComparison.Result r = ObjdumpComparison.compareTable(file, mode, syntax, PER_FORM, 42 + mode);
        HexFormat hex = HexFormat.ofDelimiter(" ");
        List<ObjdumpComparison.Mismatch> real = r.mismatches().stream()
                .filter(m -> !KnownDifferences.covers(hex.parseHex(m.bytes()), mode, m.objdump()))
                .toList();
        assertTrue(r.skipped() * 20 <= Math.max(20, r.compared()), "too many slots objdump ran over: " + r.skipped());
        StringBuilder report = new StringBuilder();
        real.stream().limit(40).forEach(m -> report.append('\n').append(m));
        assertEquals(0, real.size(), real.size() + " of " + r.compared() + " encodings differ from objdump:" + report);
    }
}
