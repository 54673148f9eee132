package pacifica.x86.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import pacifica.x86.decode.Instruction;
import pacifica.x86.gnu.GnuObjdump.Line;
import pacifica.x86.gnu.GnuObjdump.Syntax;
import pacifica.x86.gnu.GnuTools;
import pacifica.x86.conformance.EncodingGenerator;
import pacifica.x86.conformance.EncodingGenerator.Sample;
import pacifica.x86.conformance.ObjdumpComparison;

/**
 * Checks the SIMD part of the instruction table (simd.isa) against GNU objdump 2.40: every form,
 * encoded in register and memory shapes with and without REX, must decode with our decoder to the
 * same length and the same mnemonic as objdump's, and a memory operand's size code must give the
 * size keyword objdump prints in Intel syntax. A sweep over all opcodes of the 0F, 0F 38 and 0F 3A
 * maps with each mandatory prefix compares validity and length, and writes every disagreement
 * (including those in other files' territory) to target/simd-sweep.txt.
 */
class SimdTableTest {
    private static final String FILE = "simd.isa";
    private static final int STRIDE = 16;
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    /** objdump's names for the CMPPS family's predicates 0-7 (cmp<pred>ps). */
    private static final String[] SSE_PREDICATES = {"eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord"};

    static List<InstructionForm> simdForms() {
        List<InstructionForm> forms = new ArrayList<>();
        for (InstructionForm f : InstructionTable.get().forms()) {
            if (f.origin.startsWith(FILE + ":")) forms.add(f);
        }
        return forms;
    }

    @Test
    void tableHasTheSimdForms() {
        List<InstructionForm> forms = simdForms();
        assertTrue(forms.size() > 380, "simd.isa has " + forms.size() + " forms");
        for (InstructionForm f : forms) {
            assertTrue(f.attributes.containsKey("feat"), () -> "no feat= on " + f);
            assertTrue(f.space == InstructionForm.SPACE_LEGACY, () -> "VEX form in simd.isa: " + f);
            // The formatters name objdump's immediate pseudo-ops (cmpltps, pclmulhqlqdq) from these.
            boolean compare = f.map == InstructionForm.MAP_0F && f.opcode == 0xC2;
            assertEquals(compare, f.has("ccimm"), () -> "ccimm on exactly the SSE compares: " + f);
            assertEquals(f.mnemonic.equals("PCLMULQDQ"), f.has("clmulimm"), () -> "clmulimm: " + f);
        }
    }

    @Test
    void everyFormMatchesObjdumpIn64BitMode() throws IOException {
        checkForms(64);
    }

    @Test
    void everyFormMatchesObjdumpIn32BitMode() throws IOException {
        checkForms(32);
    }

    private void checkForms(int mode) throws IOException {
        GnuTools.assumeTool("objdump");
        // With the predicate / quadword-selector immediates objdump turns into pseudo-op names.
        List<Sample> encodings = new ArrayList<>();
        for (InstructionForm f : simdForms()) encodings.addAll(EncodingGenerator.simd(f, mode));
        List<ObjdumpComparison.Slot> slots = ObjdumpComparison.decodeAtStride(
                encodings.stream().map(Sample::bytes).toList(), mode, STRIDE, Syntax.INTEL, Syntax.ATT);

        List<String> failures = new ArrayList<>();
        for (int i = 0; i < encodings.size(); i++) {
            Sample e = encodings.get(i);
            Instruction insn = slots.get(i).ours();
            String where = HEX.formatHex(e.bytes()) + " [" + e.form() + "]";
            Line li = slots.get(i).objdump(Syntax.INTEL);
            Line la = slots.get(i).objdump(Syntax.ATT);
            if (insn.form == null) {
                failures.add(where + ": we decode invalid (" + insn.invalid + "), objdump: " + li);
                continue;
            }
            if (insn.length != e.bytes().length) {
                failures.add(where + ": we decode " + insn.length + " bytes");
            }
            if (e.exact() && insn.form != e.form()) {
                failures.add(where + ": we decode as " + insn.form);
            }
            if (li == null || isBad(li) || la == null) {
                failures.add(where + ": objdump says " + li);
                continue;
            }
            if (li.length() != e.bytes().length) {
                failures.add(where + ": objdump decodes " + li.length() + " bytes: " + li.text());
            }
            String want = expectedMnemonic(insn.form, insn, Syntax.INTEL);
            String got = mnemonic(li.text());
            if (!got.equals(want)) failures.add(where + ": Intel mnemonic " + want + ", objdump: " + li.text());
            String wantAtt = expectedMnemonic(insn.form, insn, Syntax.ATT);
            String gotAtt = mnemonic(la.text());
            if (!gotAtt.equals(wantAtt) && !gotAtt.equals(wantAtt + attSuffix(insn))) {
                failures.add(where + ": AT&T mnemonic " + wantAtt + ", objdump: " + la.text());
            }
            if (insn.isMemory) {
                String keyword = ptrKeyword(insn.form, insn);
                String text = li.text();
                boolean ok = keyword == null ? !text.contains(" PTR ") : text.contains(keyword + " PTR ");
                if (!ok) failures.add(where + ": Intel size " + keyword + " PTR, objdump: " + text);
            }
        }
        report(mode + "-bit: " + encodings.size() + " encodings", failures);
    }

    /**
     * objdump marks an invalid encoding as {@code (bad)}, alone or in place of an operand it
     * cannot have ({@code extrq (bad),0x78,0x1} for a memory ModRM where only a register is allowed).
     */
    static boolean isBad(Line line) {
        return line.text().contains("(bad)");
    }

    /**
     * The mnemonic objdump prints for a decoded instruction: the table's att=/intel= name or the
     * lower-cased mnemonic, with objdump's immediate-named pseudo-ops for CMPPS and PCLMULQDQ.
     */
    static String expectedMnemonic(InstructionForm f, Instruction insn, Syntax syntax) {
        String lower = f.mnemonic.toLowerCase(Locale.ROOT);
        String name = f.attributes.getOrDefault(syntax == Syntax.ATT ? "att" : "intel", lower);
        if (f.space == InstructionForm.SPACE_LEGACY && f.map == InstructionForm.MAP_0F && f.opcode == 0xC2) {
            int imm = (int) insn.imm & 0xFF;
            if (imm < SSE_PREDICATES.length) return "cmp" + SSE_PREDICATES[imm] + lower.substring(3);
        }
        if (f.mnemonic.equals("PCLMULQDQ")) {
            // binutils maps 0x10 and 0x11 to 2 and 3, then names any selector below 4.
            int imm = (int) insn.imm & 0xFF;
            int sel = imm == 0x10 ? 2 : imm == 0x11 ? 3 : imm;
            String[] names = {"lqlq", "hqlq", "lqhq", "hqhq"};
            if (sel < 4) return "pclmul" + names[sel] + "dq";
        }
        return name;
    }

    /** The AT&T suffix objdump adds to an instruction whose only size-giving operand is memory Ey. */
    private static String attSuffix(Instruction insn) {
        if (!insn.isMemory) return "";
        for (OperandSpec o : insn.form.operands) {
            if (o.kind() == OperandKind.E && o.size() == OperandSize.y) return insn.rexW() ? "q" : "l";
        }
        return "";
    }

    /** The mnemonic objdump printed, after any prefix words. */
    static String mnemonic(String text) {
        return ObjdumpComparison.objdumpMnemonic(text);
    }

    /** The Intel-syntax size keyword for the instruction's memory operand, or null for none. */
    static String ptrKeyword(InstructionForm f, Instruction insn) {
        for (OperandSpec o : f.operands) {
            if (!o.usesModrmRm() || !o.isMemoryCapable()) continue;
            return switch (o.size()) {
                case b -> "BYTE";
                case w -> "WORD";
                case d, ss -> "DWORD";
                case q, sd, pi -> "QWORD";
                case y -> insn.rexW() && insn.mode == 64 ? "QWORD" : "DWORD";
                case dq, ps, pd, x -> "XMMWORD";
                default -> null;
            };
        }
        return null;
    }

    private static void report(String what, List<String> failures) {
        StringBuilder sb = new StringBuilder(what + ": " + failures.size() + " mismatches");
        for (int i = 0; i < Math.min(60, failures.size()); i++) sb.append("\n  ").append(failures.get(i));
        assertTrue(failures.isEmpty(), sb.toString());
    }

    // ------------------------------------------------------------------ opcode-map sweep

    private static final String[] PREFIX_NAMES = {"NP", "66", "F2", "F3"};
    private static final int[] PREFIX_BYTES = {-1, 0x66, 0xF2, 0xF3};
    private static final String[] MAP_NAMES = {"0F", "0F 38", "0F 3A"};
    private static final int SWEEP_STRIDE = 12;

    @Test
    void sweepOfTheTwoAndThreeByteMapsAgreesWithObjdumpOnSimdOpcodes() throws IOException {
        GnuTools.assumeTool("objdump");
        // The three sweeps are independent (objdump runs dominate): run them side by side.
        int[][] configs = {{64, 0}, {64, 0x48}, {32, 0}};
        StringBuilder[] parts = new StringBuilder[configs.length];
        int[] counts = new int[configs.length];
        java.util.stream.IntStream.range(0, configs.length).parallel().forEach(i -> {
            parts[i] = new StringBuilder();
            try {
                counts[i] = sweep(configs[i][0], configs[i][1], parts[i]);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        StringBuilder sb = new StringBuilder();
        for (StringBuilder part : parts) sb.append(part);
        int simd = Arrays.stream(counts).sum();
        Path out = Path.of("target", "simd-sweep.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb);
        System.out.println("SimdTableTest sweep: " + simd + " disagreements on SIMD opcodes; all listed in "
                + out.toAbsolutePath());
        assertTrue(simd == 0, () -> sb.substring(0, Math.min(sb.length(), 6000)));
    }

    /**
     * One sweep in {@code mode} with an optional REX byte after the mandatory prefix; appends its
     * disagreements to {@code sb} and returns how many of them concern SIMD opcodes.
     */
    private int sweep(int mode, int rex, StringBuilder sb) throws IOException {
        List<byte[]> blobs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int map = 0; map < 3; map++) {
            for (int op = 0; op < 256; op++) {
                for (int p = 0; p < 4; p++) {
                    for (int mod : new int[] {3, 0}) {
                        for (int reg = 0; reg < 8; reg++) {
                            byte[] b = sweepEncoding(map, op, PREFIX_BYTES[p], rex, (mod << 6) | (reg << 3) | 1);
                            blobs.add(b);
                            keys.add(String.format("%s %02X %s %s", MAP_NAMES[map], op, PREFIX_NAMES[p],
                                    mod == 3 ? "reg" : "mem"));
                        }
                    }
                }
            }
        }
        // A short stride: objdump spends most of its time on the padding NOPs. The longest sweep
        // encoding is 10 bytes and none of them can be longer than 11 as a valid instruction.
        List<ObjdumpComparison.Slot> slots = ObjdumpComparison.decodeAtStride(blobs, mode, SWEEP_STRIDE, Syntax.INTEL);
        Set<String> simdNames = simdMnemonics();

        // Disagreements collapsed over ModRM.reg: key -> reg values and a sample.
        Map<String, List<String>> simd = new TreeMap<>();
        Map<String, List<String>> other = new TreeMap<>();
        // Both invalid but objdump's "(bad)" line covers a different number of bytes (informational).
        Map<String, List<String>> badLength = new TreeMap<>();
        for (int i = 0; i < blobs.size(); i++) {
            byte[] code = blobs.get(i);
            Instruction insn = slots.get(i).ours();
            Line line = slots.get(i).objdump(Syntax.INTEL);
            boolean theirs = line != null && !isBad(line);
            boolean ours = insn.form != null;
            String problem = null;
            String theirName = theirs ? mnemonic(line.text()) : "(bad)";
            if (ours != theirs) {
                problem = ours ? "we: " + insn.form.mnemonic + " [" + insn.form.origin + "], objdump invalid"
                        : "we invalid (" + insn.invalid + "), objdump: " + (line == null ? "no line" : theirName);
            } else if (ours && insn.length != line.length()) {
                problem = "length ours " + insn.length + " objdump " + line.length() + ": " + theirName
                        + " / we: " + insn.form.mnemonic + " [" + insn.form.origin + "]";
            } else if (ours && insn.form.origin.startsWith(FILE + ":")) {
                String want = expectedMnemonic(insn.form, insn, Syntax.INTEL);
                if (!theirName.equals(want)) problem = "we: " + want + ", objdump: " + theirName;
            }
            if (problem == null && !ours && line != null && !theirs && insn.length != line.length()) {
                String k = keys.get(i) + ": invalid, length ours " + insn.length + " objdump " + line.length()
                        + (line.text().equals("(bad)") ? "" : " (" + theirName(line) + " with a (bad) operand)");
                badLength.computeIfAbsent(k, x -> new ArrayList<>())
                        .add(((code[modrmIndex(blobs.get(i))] & 0xFF) >> 3 & 7) + "=" + HEX.formatHex(blobs.get(i))
                                + "  -> " + line.text());
            }
            if (problem == null) continue;
            boolean simdOwned = (ours && insn.form.origin.startsWith(FILE + ":"))
                    || (theirs && simdNames.contains(theirName));
            int reg = ((code[modrmIndex(blobs.get(i))] & 0xFF) >> 3) & 7;
            String sample = HEX.formatHex(blobs.get(i)) + (line == null ? "" : "  -> " + line.text());
            (simdOwned ? simd : other).computeIfAbsent(keys.get(i) + ": " + problem, k -> new ArrayList<>())
                    .add(reg + "=" + sample);
        }
        sb.append("==== Sweep ").append(mode).append("-bit").append(rex != 0 ? String.format(", REX %02X", rex) : "")
                .append(": 0F, 0F 38, 0F 3A x {NP,66,F2,F3} x ModRM {reg, mem} x ModRM.reg 0-7 = ")
                .append(blobs.size()).append(" encodings\n");
        sb.append("\n== Disagreements on SIMD opcodes (simd.isa): ").append(simd.size()).append('\n');
        appendGroups(sb, simd);
        sb.append("\n== Disagreements elsewhere (other files' forms, or not in the table yet): ")
                .append(other.size()).append('\n');
        appendGroups(sb, other);
        sb.append("\n== Both invalid, objdump's (bad) covers a different length (decoder convention): ")
                .append(badLength.size()).append('\n');
        appendGroups(sb, badLength);
        sb.append('\n');
        return simd.size();
    }

    private static String theirName(Line line) {
        return mnemonic(line.text());
    }

    private static void appendGroups(StringBuilder sb, Map<String, List<String>> groups) {
        groups.forEach((k, v) -> sb.append(k).append("  /reg ").append(v.stream().map(x -> x.substring(0, 1)).toList())
                .append(" e.g. ").append(v.getFirst().substring(2)).append('\n'));
    }

    /** Sweep map index 0/1/2 (0F, 0F 38, 0F 3A) with bytes for a displacement or immediates, distinct from the padding. */
    private static byte[] sweepEncoding(int map, int op, int prefix, int rex, int modrm) {
        return EncodingGenerator.legacyBytes(prefix, rex, InstructionForm.MAP_0F + map, op, modrm, 0x11, 0x22, 0x33, 0x44);
    }

    private static int modrmIndex(byte[] b) {
        return b.length - 5;
    }

    /** Every mnemonic simd.isa can print (Intel), including the immediate-named pseudo-ops. */
    private static Set<String> simdMnemonics() {
        Set<String> names = new HashSet<>();
        for (InstructionForm f : simdForms()) {
            names.add(f.mnemonic.toLowerCase(Locale.ROOT));
            names.add(f.attributes.getOrDefault("intel", f.mnemonic.toLowerCase(Locale.ROOT)));
        }
        for (String s : new String[] {"ps", "pd", "ss", "sd"}) {
            for (String p : SSE_PREDICATES) names.add("cmp" + p + s);
        }
        for (String q : new String[] {"lqlq", "hqlq", "lqhq", "hqhq"}) names.add("pclmul" + q + "dq");
        return names;
    }
}
