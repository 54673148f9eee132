package pacifica.x86.conformance;

import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.format.AttFormatter;
import pacifica.x86.format.Formatter;
import pacifica.x86.format.IntelFormatter;
import pacifica.x86.gnu.GnuObjdump;
import pacifica.x86.gnu.GnuObjdump.Line;
import pacifica.x86.gnu.GnuObjdump.Syntax;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one place where encodings go through our decoder (and formatter) and through GNU objdump
 * side by side. {@link #decodeAtStride} is the core: each encoding in its own NOP-padded slot, the
 * Decoder seeing exactly the slot objdump saw. On it: {@link #compare} / {@link #compareTable}
 * collect full-text (or length and validity) disagreements; {@link #run} / {@link #category}
 * classify validity, length and mnemonic disagreements of labelled probes. Used by the conformance
 * and table tests and, through {@link #main}, by developers chasing differences.
 */
public final class ObjdumpComparison {
    /**
     * One encoding decoded by both sides.
     *
     * @param index   its slot number (it sat at address {@code index * stride})
     * @param ours    what our decoder made of the slot
     * @param objdump objdump's line at the slot start per requested syntax (null if it printed none)
     */
    public record Slot(int index, byte[] bytes, Instruction ours, Map<Syntax, Line> objdump) {
        public Line objdump(Syntax syntax) {
            return objdump.get(syntax);
        }
    }

    /**
     * Lays each encoding out at {@code index * stride} padded with {@link GnuObjdump#PAD}, has
     * objdump disassemble the lot once per syntax, and decodes each slot with our decoder.
     */
    public static List<Slot> decodeAtStride(List<byte[]> encodings, int mode, int stride, Syntax... syntaxes)
            throws IOException {
        Map<Syntax, Map<Long, Line>> lines = new EnumMap<>(Syntax.class);
        for (Syntax s : syntaxes) lines.put(s, GnuObjdump.disassembleAtStride(encodings, mode, s, stride));
        Decoder decoder = new Decoder();
        List<Slot> slots = new ArrayList<>(encodings.size());
        for (int i = 0; i < encodings.size(); i++) {
            byte[] code = encodings.get(i);
            byte[] slot = Arrays.copyOf(code, stride);
            Arrays.fill(slot, code.length, stride, GnuObjdump.PAD);
            Instruction insn = new Instruction();
            decoder.decode(slot, 0, stride, (long) i * stride, mode, insn);
            Map<Syntax, Line> at = new EnumMap<>(Syntax.class);
            for (Syntax s : syntaxes) {
                Line l = lines.get(s).get((long) i);
                if (l != null) at.put(s, l);
            }
            slots.add(new Slot(i, code, insn, at));
        }
        return slots;
    }

    // ------------------------------------------------------------------ full-text comparison

    public record Mismatch(String form, String bytes, String ours, String objdump) {
        @Override
        public String toString() {
            return String.format("%-40s %-32s ours: %-40s objdump: %s", form, bytes, ours, objdump);
        }
    }

    public record Result(int compared, int skipped, List<Mismatch> mismatches) {}

    /** The slot size of {@link #compare}. */
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
        Formatter formatter = syntax == GnuObjdump.Syntax.ATT ? new AttFormatter() : new IntelFormatter();
        List<Mismatch> mismatches = new ArrayList<>();
        int compared = 0, skipped = 0;
        HexFormat hex = HexFormat.ofDelimiter(" ");
        for (Slot s : decodeAtStride(encodings, mode, STRIDE, syntax)) {
            GnuObjdump.Line line = s.objdump(syntax);
            int i = s.index();
            byte[] code = s.bytes();
            if (line == null) {
                skipped++;
                continue;
            }
            Instruction insn = s.ours();
            String ours = formatter.format(insn);
            String theirs = line.text();
            compared++;
            boolean sameLength = insn.length == line.bytes().length;
            boolean sameValidity = insn.printsAsBad() == OBJDUMP_INVALID.matcher(theirs).matches();
            // For an encoding both call invalid, the prefix words objdump puts before "(bad)" follow
            // its internal tables (KnownDifferences): compare what follows them.
            boolean bothInvalid = insn.printsAsBad() && sameValidity;
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

    // ------------------------------------------------------------------ probes: validity, length, mnemonic

    /** Prefix words objdump prints in front of the mnemonic. */
    private static final Set<String> PREFIX_WORDS = Set.of("data16", "data32", "addr16", "addr32", "repz", "repnz",
            "rep", "lock", "cs", "ds", "es", "ss", "fs", "gs", "notrack", "bnd", "xacquire", "xrelease",
            "{vex}", "{vex3}");

    /** AVX comparison predicates by imm8 (Intel SDM vol. 2, VCMPPS table 3-1; objdump's names). */
    public static final List<String> CMP_PREDICATES = List.of("eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord",
            "eq_uq", "nge", "ngt", "false", "neq_oq", "ge", "gt", "true", "eq_os", "lt_oq", "le_oq", "unord_s",
            "neq_us", "nlt_uq", "nle_uq", "ord_s", "eq_us", "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq",
            "gt_oq", "true_us");

    /** The slot size of {@link #run}. */
    static final int PROBE_STRIDE = 16;

    /** One input: bytes to decode in a mode, a label for messages. */
    public record Probe(int mode, byte[] bytes, String label) {}

    /** One decoded probe from both sides. */
    public record ProbeResult(Probe probe, Instruction ours, Line objdump) {
        public boolean oursValid() {
            return !ours.printsAsBad();
        }

        public boolean objdumpValid() {
            // objdump also prints "(bad)" inside an operand list for encodings it rejects halfway
            // (c5 f9 f7 03: "vmaskmovdqu (bad),%xmm0").
            return objdump != null && !objdump.text().contains("(bad)") && !objdump.text().startsWith(".byte");
        }

        public String hex() {
            return HexFormat.ofDelimiter(" ").formatHex(probe.bytes());
        }

        public String describe() {
            return probe.mode() + "-bit " + hex() + " [" + probe.label() + "]: ours="
                    + (ours.isValid() ? ours.form.mnemonic + " len " + ours.length : "invalid(" + ours.invalid + ") len " + ours.length)
                    + " objdump=" + (objdump == null ? "no line" : "'" + objdump.text() + "' len " + objdump.length());
        }
    }

    /** Decodes the probes (AT&amp;T objdump lines, 16-byte slots), grouped by mode 64, 32, 16. */
    public static List<ProbeResult> run(List<Probe> probes) throws IOException {
        List<ProbeResult> results = new ArrayList<>();
        for (int mode : new int[] {64, 32, 16}) {
            List<Probe> inMode = probes.stream().filter(p -> p.mode() == mode).toList();
            if (inMode.isEmpty()) continue;
            List<Slot> slots = decodeAtStride(inMode.stream().map(Probe::bytes).toList(), mode, PROBE_STRIDE, Syntax.ATT);
            for (Slot s : slots) results.add(new ProbeResult(inMode.get(s.index()), s.ours(), s.objdump(Syntax.ATT)));
        }
        return results;
    }

    /** The mnemonic objdump printed: the first word that is not a prefix. */
    public static String objdumpMnemonic(String text) {
        for (String tok : text.trim().split("\\s+")) {
            if (PREFIX_WORDS.contains(tok) || tok.startsWith("rex")) continue;
            return tok;
        }
        return "";
    }

    /** The AT&T mnemonic the table promises for a form (before any size suffix). */
    public static String expectedAtt(InstructionForm f) {
        String att = f.attribute("att");
        return att != null ? att : f.mnemonic.toLowerCase(Locale.ROOT);
    }

    /** objdump's mnemonic equals the expected one, or is it plus an AT&T size suffix. */
    public static boolean mnemonicMatches(String expected, String actual) {
        if (actual.equals(expected)) return true;
        return actual.length() == expected.length() + 1 && actual.startsWith(expected)
                && "bwlq".indexOf(actual.charAt(actual.length() - 1)) >= 0;
    }

    /**
     * The disagreements of results, by category: "we decode, objdump does not", "objdump decodes,
     * we do not", "length", "mnemonic". Lengths of encodings both sides reject are not compared.
     */
    public static Map<String, List<String>> disagreements(List<ProbeResult> results) {
        Map<String, List<String>> byCategory = new TreeMap<>();
        for (ProbeResult r : results) {
            String category = category(r);
            if (category != null) byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(r.describe());
        }
        return byCategory;
    }

    public static String category(ProbeResult r) {
        if (r.objdump() == null) return "objdump has no line at the slot start";
        boolean ours = r.oursValid();
        boolean theirs = r.objdumpValid();
        if (ours && !theirs) return "valid for us, (bad) for objdump";
        if (!ours && theirs) return "valid for objdump, invalid for us";
        if (!ours) return null;
        if (r.ours().length != r.objdump().length()) return "length";
        InstructionForm form = r.ours().form;
        String expected = expectedAtt(form);
        String actual = objdumpMnemonic(r.objdump().text());
        if (r.objdump().text().startsWith("{vex}") != form.has("vexpfx")) return "{vex} pseudo-prefix";
        int imm = (int) (r.ours().imm & 0xFF);
        if (form.has("ccimm") && imm < 32) {
            // vcmpps -> vcmp<predicate>ps
            expected = expected.substring(0, expected.length() - 2) + CMP_PREDICATES.get(imm)
                    + expected.substring(expected.length() - 2);
        }
        if (form.has("clmulimm") && (imm < 4 || imm == 0x10 || imm == 0x11)) {
            // objdump (i386-dis.c PCLMUL_Fixup) names imm 0-3 directly and maps 10h/11h onto 2/3.
            int k = imm >= 0x10 ? imm - 0x0E : imm;
            expected = expected.replace("qdq", "") + ((k & 1) == 0 ? "lq" : "hq") + ((k & 2) == 0 ? "lq" : "hq") + "dq";
        }
        if ("xy".equals(r.ours().form.attribute("sfx")) && r.ours().isMemory
                && actual.equals(expected + (r.ours().vexL == 1 ? "y" : "x"))) {
            return null;
        }
        if (!mnemonicMatches(expected, actual)) return "mnemonic";
        return null;
    }

    public static String report(Map<String, List<String>> byCategory, int limitPerCategory) {
        StringBuilder sb = new StringBuilder();
        byCategory.forEach((k, v) -> {
            sb.append(k).append(": ").append(v.size()).append('\n');
            v.stream().limit(limitPerCategory).forEach(s -> sb.append("    ").append(s).append('\n'));
        });
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
