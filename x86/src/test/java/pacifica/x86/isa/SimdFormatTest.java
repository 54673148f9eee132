package pacifica.x86.isa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import pacifica.x86.decode.Instruction;
import pacifica.x86.format.AttFormatter;
import pacifica.x86.format.Formatter;
import pacifica.x86.format.IntelFormatter;
import pacifica.x86.gnu.GnuObjdump.Line;
import pacifica.x86.gnu.GnuObjdump.Syntax;
import pacifica.x86.gnu.GnuTools;
import pacifica.x86.conformance.EncodingGenerator;
import pacifica.x86.conformance.EncodingGenerator.Sample;
import pacifica.x86.conformance.ObjdumpComparison;

/**
 * Formats every simd.isa form's test encodings (see {@link EncodingGenerator#simd}) with our AT&amp;T and
 * Intel formatters and compares the full text with GNU objdump 2.40. Mismatches are grouped by
 * form and written to target/simd-format-{att,intel}-{32,64}.txt. Mismatches of a few known
 * formatter gaps (see {@link #knownGap}) are counted and listed but tolerated; any other fails.
 */
class SimdFormatTest {
    private static final int STRIDE = 16;
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void att64() throws IOException {
        compare(64, Syntax.ATT);
    }

    @Test
    void intel64() throws IOException {
        compare(64, Syntax.INTEL);
    }

    @Test
    void att32() throws IOException {
        compare(32, Syntax.ATT);
    }

    @Test
    void intel32() throws IOException {
        compare(32, Syntax.INTEL);
    }

    private static void compare(int mode, Syntax syntax) throws IOException {
        GnuTools.assumeTool("objdump");
        List<Sample> encodings = new ArrayList<>();
        for (InstructionForm f : SimdTableTest.simdForms()) encodings.addAll(EncodingGenerator.simd(f, mode));
        List<ObjdumpComparison.Slot> slots = ObjdumpComparison.decodeAtStride(
                encodings.stream().map(Sample::bytes).toList(), mode, STRIDE, syntax);
        Formatter formatter = syntax == Syntax.ATT ? new AttFormatter() : new IntelFormatter();
        Map<String, List<String>> byForm = new TreeMap<>();
        Map<String, Integer> gaps = new TreeMap<>();
        int mismatches = 0;
        for (int i = 0; i < encodings.size(); i++) {
            Sample e = encodings.get(i);
            Instruction insn = slots.get(i).ours();
            Line line = slots.get(i).objdump(syntax);
            String ours = insn.form == null ? "(bad)" : formatter.format(insn);
            String theirs = line == null ? "(no line)" : line.text();
            if (ours.equals(theirs)) continue;
            String gap = knownGap(insn, mode, syntax, ours, theirs);
            if (gap != null) {
                gaps.merge(gap, 1, Integer::sum);
                continue;
            }
            mismatches++;
            String key = insn.form == null ? "(bad)" : insn.form.toString();
            byForm.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(String.format("%-36s ours: %-48s objdump: %s", HEX.formatHex(e.bytes()), ours, theirs));
        }
        StringBuilder sb = new StringBuilder(syntax + " " + mode + "-bit: " + encodings.size() + " encodings, "
                + mismatches + " mismatches in " + byForm.size() + " forms\n");
        gaps.forEach((k, v) -> sb.append("known formatter gap (tolerated): ").append(k).append(": ").append(v)
                .append('\n'));
        byForm.forEach((k, v) -> {
            sb.append(k).append(" (").append(v.size()).append(")\n");
            v.stream().limit(4).forEach(s -> sb.append("    ").append(s).append('\n'));
        });
        Path out = Path.of("target", "simd-format-" + syntax.name().toLowerCase() + "-" + mode + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb);
        System.out.print(sb.substring(0, sb.indexOf("\n", sb.lastIndexOf("known formatter gap") + 1) + 1));
        final int total = mismatches;
        assertTrue(total == 0, () -> sb.substring(0, Math.min(sb.length(), 8000)));
    }

    /**
     * Names a known difference between our formatters and objdump that is a formatter rule not
     * written yet (not a table error), or null. Reported for the formatter's owner.
     */
    static String knownGap(Instruction insn, int mode, Syntax syntax, String ours, String theirs) {
        InstructionForm f = insn.form;
        if (f == null) return null;
        if ((f.mnemonic.equals("CVTSI2SS") || f.mnemonic.equals("CVTSI2SD")) && syntax == Syntax.ATT
                && mode != 64 && insn.isMemory && ours.replaceFirst("(cvtsi2s[sd])l ", "$1 ").equals(theirs)) {
            return "CVTSI2SS/SD memory forms have the l/q suffix only in 64-bit mode";
        }
        if ((f.mnemonic.equals("MOVQ2DQ") || f.mnemonic.equals("MOVDQ2Q")) && insn.operandSizePrefix) {
            return "MOVQ2DQ/MOVDQ2Q with a redundant 66: objdump prints the MMX operand as %xmm and no data16";
        }
        return null;
    }
}
