package pacifica.x86.isa;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.gnu.GnuObjdump;
import pacifica.x86.gnu.GnuObjdump.Line;
import pacifica.x86.gnu.GnuObjdump.Syntax;

/**
 * Decodes byte sequences with the {@link Decoder} and with GNU objdump and lists where they
 * disagree: validity, length, mnemonic. Each sequence is laid out in its own 16-byte slot padded
 * with NOPs, and the Decoder sees exactly the slot objdump sees.
 */
final class ObjdumpComparison {
    static final int STRIDE = 16;

    /** Prefix words objdump prints in front of the mnemonic. */
    private static final Set<String> PREFIX_WORDS = Set.of("data16", "data32", "addr16", "addr32", "repz", "repnz",
            "rep", "lock", "cs", "ds", "es", "ss", "fs", "gs", "notrack", "bnd", "xacquire", "xrelease",
            "{vex}", "{vex3}");

    /** AVX comparison predicates by imm8 (Intel SDM vol. 2, VCMPPS table 3-1; objdump's names). */
    static final List<String> CMP_PREDICATES = List.of("eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord",
            "eq_uq", "nge", "ngt", "false", "neq_oq", "ge", "gt", "true", "eq_os", "lt_oq", "le_oq", "unord_s",
            "neq_us", "nlt_uq", "nle_uq", "ord_s", "eq_us", "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq",
            "gt_oq", "true_us");

    private ObjdumpComparison() {}

    /** One input: bytes to decode in a mode, a label for messages. */
    record Probe(int mode, byte[] bytes, String label) {}

    /** One decoded probe from both sides. */
    record Result(Probe probe, Instruction ours, Line objdump) {
        boolean oursValid() {
            return ours.isValid();
        }

        boolean objdumpValid() {
            // objdump also prints "(bad)" inside an operand list for encodings it rejects halfway
            // (c5 f9 f7 03: "vmaskmovdqu (bad),%xmm0").
            return objdump != null && !objdump.text().contains("(bad)") && !objdump.text().startsWith(".byte");
        }

        String hex() {
            return HexFormat.ofDelimiter(" ").formatHex(probe.bytes());
        }

        String describe() {
            return probe.mode() + "-bit " + hex() + " [" + probe.label() + "]: ours="
                    + (ours.isValid() ? ours.form.mnemonic + " len " + ours.length : "invalid(" + ours.invalid + ") len " + ours.length)
                    + " objdump=" + (objdump == null ? "no line" : "'" + objdump.text() + "' len " + objdump.length());
        }
    }

    static List<Result> run(List<Probe> probes) throws IOException {
        Decoder decoder = new Decoder();
        List<Result> results = new ArrayList<>();
        for (int mode : new int[] {64, 32, 16}) {
            List<Probe> inMode = probes.stream().filter(p -> p.mode() == mode).toList();
            if (inMode.isEmpty()) continue;
            Map<Long, Line> lines = GnuObjdump.disassembleAtStride(
                    inMode.stream().map(Probe::bytes).toList(), mode, Syntax.ATT, STRIDE);
            for (int i = 0; i < inMode.size(); i++) {
                Probe p = inMode.get(i);
                byte[] slot = Arrays.copyOf(p.bytes(), STRIDE);
                Arrays.fill(slot, p.bytes().length, STRIDE, GnuObjdump.PAD);
                Instruction ins = new Instruction();
                decoder.decode(slot, 0, STRIDE, (long) i * STRIDE, mode, ins);
                results.add(new Result(p, ins, lines.get((long) i)));
            }
        }
        return results;
    }

    /** The mnemonic objdump printed: the first word that is not a prefix. */
    static String objdumpMnemonic(String text) {
        for (String tok : text.trim().split("\\s+")) {
            if (PREFIX_WORDS.contains(tok) || tok.startsWith("rex")) continue;
            return tok;
        }
        return "";
    }

    /** The AT&T mnemonic the table promises for a form (before any size suffix). */
    static String expectedAtt(InstructionForm f) {
        String att = f.attribute("att");
        return att != null ? att : f.mnemonic.toLowerCase(Locale.ROOT);
    }

    /** objdump's mnemonic equals the expected one, or is it plus an AT&T size suffix. */
    static boolean mnemonicMatches(String expected, String actual) {
        if (actual.equals(expected)) return true;
        return actual.length() == expected.length() + 1 && actual.startsWith(expected)
                && "bwlq".indexOf(actual.charAt(actual.length() - 1)) >= 0;
    }

    /**
     * The disagreements of results, by category: "we decode, objdump does not", "objdump decodes,
     * we do not", "length", "mnemonic". Lengths of encodings both sides reject are not compared.
     */
    static Map<String, List<String>> disagreements(List<Result> results) {
        Map<String, List<String>> byCategory = new TreeMap<>();
        for (Result r : results) {
            String category = category(r);
            if (category != null) byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(r.describe());
        }
        return byCategory;
    }

    static String category(Result r) {
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

    static String report(Map<String, List<String>> byCategory, int limitPerCategory) {
        StringBuilder sb = new StringBuilder();
        byCategory.forEach((k, v) -> {
            sb.append(k).append(": ").append(v.size()).append('\n');
            v.stream().limit(limitPerCategory).forEach(s -> sb.append("    ").append(s).append('\n'));
        });
        return sb.toString();
    }
}
