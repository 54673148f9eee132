package pacifica.x86.conformance;

import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.format.AttFormatter;
import pacifica.x86.format.Formatter;
import pacifica.x86.format.IntelFormatter;
import pacifica.x86.gnu.GnuObjdump;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs generated encodings through our decoder and formatter and through GNU objdump, and
 * collects every disagreement (length, validity or text). Used by the conformance tests and,
 * through {@link #main}, by developers chasing differences.
 */
public final class ObjdumpComparison {
    public record Mismatch(String form, String bytes, String ours, String objdump) {
        @Override
        public String toString() {
            return String.format("%-40s %-32s ours: %-40s objdump: %s", form, bytes, ours, objdump);
        }
    }

    public record Result(int compared, int skipped, List<Mismatch> mismatches) {}

    private static final int STRIDE = 32;
    /** objdump's text for an undecodable instruction: prefix words, then "(bad)", maybe an operand. */
    private static final java.util.regex.Pattern OBJDUMP_INVALID =
            java.util.regex.Pattern.compile("^([a-zA-Z0-9.]+ )*\\(bad\\).*");

    public static Result compare(List<byte[]> encodings, List<String> labels, int mode, GnuObjdump.Syntax syntax)
            throws IOException {
        return compare(encodings, labels, mode, syntax, true);
    }

    /** With {@code text} false only length and validity are compared. */
    public static Result compare(List<byte[]> encodings, List<String> labels, int mode, GnuObjdump.Syntax syntax,
                                 boolean text) throws IOException {
        Map<Long, GnuObjdump.Line> lines = GnuObjdump.disassembleAtStride(encodings, mode, syntax, STRIDE);
        Decoder decoder = new Decoder();
        Instruction insn = new Instruction();
        Formatter formatter = syntax == GnuObjdump.Syntax.ATT ? new AttFormatter() : new IntelFormatter();
        List<Mismatch> mismatches = new ArrayList<>();
        int compared = 0, skipped = 0;
        HexFormat hex = HexFormat.ofDelimiter(" ");
        for (int i = 0; i < encodings.size(); i++) {
            GnuObjdump.Line line = lines.get((long) i);
            byte[] code = encodings.get(i);
            if (line == null) {
                skipped++;
                continue;
            }
            // The instruction sits at address i*STRIDE, followed by NOP padding, as objdump saw it.
            byte[] slot = new byte[STRIDE];
            java.util.Arrays.fill(slot, (byte) 0x90);
            System.arraycopy(code, 0, slot, 0, code.length);
            decoder.decode(slot, 0, slot.length, (long) i * STRIDE, mode, insn);
            String ours = formatter.format(insn);
            String theirs = line.text();
            compared++;
            boolean sameLength = insn.length == line.bytes().length;
            boolean sameValidity = (insn.form == null) == OBJDUMP_INVALID.matcher(theirs).matches();
            // For an encoding both call invalid, the prefix words objdump puts before "(bad)" follow
            // its internal tables (KnownDifferences): compare what follows them.
            boolean bothInvalid = insn.form == null && sameValidity;
            boolean sameText = bothInvalid ? stripPrefixWords(ours).equals(stripPrefixWords(theirs)) : ours.equals(theirs);
            if (!sameLength || (text ? !sameText : !sameValidity)) {
                mismatches.add(new Mismatch(labels.get(i), hex.formatHex(code),
                        ours + (sameLength ? "" : " [len " + insn.length + "]"),
                        theirs + (sameLength ? "" : " [len " + line.bytes().length + "]")));
            }
        }
        return new Result(compared, skipped, mismatches);
    }

    static String stripPrefixWords(String text) {
        return text.replaceFirst("^([a-zA-Z0-9.]+ )*(?=\\(bad\\))", "");
    }

    /** Encodings of every table form (optionally only one file's forms) in a mode. */
    public static Result compareTable(String fileFilter, int mode, GnuObjdump.Syntax syntax, int perForm, long seed)
            throws IOException {
        EncodingGenerator gen = new EncodingGenerator(seed);
        List<byte[]> enc = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (InstructionForm f : InstructionTable.get().forms()) {
            if (fileFilter != null && !f.origin.startsWith(fileFilter)) continue;
            for (EncodingGenerator.Sample s : gen.samples(f, mode, perForm)) {
                enc.add(s.bytes());
                labels.add(f.mnemonic + " " + operandsText(f) + " @" + f.origin);
            }
        }
        return compare(enc, labels, mode, syntax);
    }

    static String operandsText(InstructionForm f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.operands.length; i++) sb.append(i == 0 ? "" : ",").append(f.operands[i]);
        return sb.toString();
    }

    /** Usage: ObjdumpComparison [file-prefix|all] [16|32|64] [att|intel] [per-form] [max-lines]. */
    public static void main(String[] args) throws IOException {
        String file = args.length > 0 && !args[0].equals("all") ? args[0] : null;
        int mode = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        GnuObjdump.Syntax syntax = args.length > 2 && args[2].equals("intel") ? GnuObjdump.Syntax.INTEL : GnuObjdump.Syntax.ATT;
        int perForm = args.length > 3 ? Integer.parseInt(args[3]) : 24;
        int max = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        Result r = compareTable(file, mode, syntax, perForm, 1);
        Map<String, Integer> byForm = new LinkedHashMap<>();
        for (Mismatch m : r.mismatches()) byForm.merge(m.form(), 1, Integer::sum);
        int shown = 0;
        for (Mismatch m : r.mismatches()) {
            if (shown++ >= max) break;
            System.out.println(m);
        }
        System.out.printf("compared %d, skipped %d, mismatches %d in %d forms%n",
                r.compared(), r.skipped(), r.mismatches().size(), byForm.size());
    }
}
