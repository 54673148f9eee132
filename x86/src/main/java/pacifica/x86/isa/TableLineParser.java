package pacifica.x86.isa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses one line of the instruction table into an {@link InstructionForm} (format: see general.isa). */
final class TableLineParser {
    private TableLineParser() {}

    static InstructionForm parse(String rawLine, int id, String origin) {
        int hash = rawLine.indexOf('#');
        String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
        if (line.isEmpty()) return null;
        String[] columns = line.split("\\|", -1);
        if (columns.length < 2 || columns.length > 3) {
            throw error(origin, "expected 'ENCODING | MNEMONIC OPERANDS | ATTRIBUTES'");
        }
        InstructionForm.Builder b = new InstructionForm.Builder();
        b.id = id;
        b.origin = origin;
        try {
            parseAttributes(b, columns.length == 3 ? columns[2].strip() : "");
            parseInstruction(b, columns[1].strip());
            parseEncoding(b, columns[0].strip());
            deriveModrmConstraints(b);
        } catch (IllegalArgumentException e) {
            throw error(origin, e.getMessage());
        }
        return new InstructionForm(b);
    }

    private static IllegalStateException error(String origin, String message) {
        return new IllegalStateException("instruction table " + origin + ": " + message);
    }

    private static void parseInstruction(InstructionForm.Builder b, String text) {
        int space = text.indexOf(' ');
        b.mnemonic = space < 0 ? text : text.substring(0, space);
        if (!b.mnemonic.equals(b.mnemonic.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("mnemonic must be upper case: " + b.mnemonic);
        }
        if (space < 0) return;
        List<OperandSpec> ops = new ArrayList<>();
        for (String op : text.substring(space + 1).split(",")) ops.add(OperandSpec.parse(op));
        b.operands = ops.toArray(new OperandSpec[0]);
    }

    private static void parseAttributes(InstructionForm.Builder b, String text) {
        if (text.isEmpty()) return;
        for (String attr : text.split("\\s+")) {
            int eq = attr.indexOf('=');
            String key = eq < 0 ? attr : attr.substring(0, eq);
            String value = eq < 0 ? "" : attr.substring(eq + 1);
            b.attributes.put(key, value);
            switch (key) {
                case "not64" -> b.modes = InstructionForm.MODES_NOT64;
                case "only64" -> b.modes = InstructionForm.MODES_ONLY64;
                default -> { }
            }
        }
    }

    private static void parseEncoding(InstructionForm.Builder b, String text) {
        String[] tokens = text.split("\\s+");
        boolean opcodeSeen = false;
        boolean escapeSeen = false;
        for (String tok : tokens) {
            switch (tok) {
                case "NP" -> { b.mandatoryPrefix = InstructionForm.PREFIX_NP; continue; }
                case "o16" -> { b.operandSizeConstraint = 2; continue; }
                case "o32" -> { b.operandSizeConstraint = 4; continue; }
                case "o64" -> { b.operandSizeConstraint = 8; continue; }
                case "a16" -> { b.addressSizeConstraint = 2; continue; }
                case "a32" -> { b.addressSizeConstraint = 4; continue; }
                case "a64" -> { b.addressSizeConstraint = 8; continue; }
                case "W0" -> { b.w = 0; continue; }
                case "W1" -> { b.w = 1; continue; }
                case "~66" -> { b.no66 = true; continue; }
                case "~REX.B" -> { b.noRexB = true; continue; }
                case "/r" -> { b.hasModrm = true; continue; }
                case "mem" -> { b.hasModrm = true; b.modConstraint = InstructionForm.MOD_MEM; continue; }
                case "reg" -> { b.hasModrm = true; b.modConstraint = InstructionForm.MOD_REG; continue; }
                case "rip" -> { b.hasModrm = true; b.modConstraint = InstructionForm.MOD_RIP; b.modes = InstructionForm.MODES_ONLY64; continue; }
                default -> { }
            }
            if (tok.length() == 2 && tok.charAt(0) == '/' && tok.charAt(1) >= '0' && tok.charAt(1) <= '7') {
                b.hasModrm = true;
                b.modrmReg = tok.charAt(1) - '0';
                continue;
            }
            if (tok.startsWith("VEX.") || tok.startsWith("EVEX.")) {
                parseVex(b, tok);
                escapeSeen = true;
                continue;
            }
            boolean plus = tok.endsWith("+r") || tok.endsWith("+i");
            String hex = plus ? tok.substring(0, tok.length() - 2) : tok;
            if (hex.length() != 2) throw new IllegalArgumentException("bad encoding token '" + tok + "'");
            int value = Integer.parseInt(hex, 16);
            // 66/F2/F3 before any opcode byte are mandatory prefixes; after 0F they are opcodes (0F 66 PCMPGTD).
            if (!opcodeSeen && !escapeSeen && b.map == InstructionForm.MAP_LEGACY && !plus
                    && (value == 0x66 || value == 0xF2 || value == 0xF3)) {
                b.mandatoryPrefix = value == 0x66 ? InstructionForm.PREFIX_66
                        : value == 0xF3 ? InstructionForm.PREFIX_F3 : InstructionForm.PREFIX_F2;
                continue;
            }
            if (!opcodeSeen) {
                if (!escapeSeen && value == 0x0F && b.map == InstructionForm.MAP_LEGACY) {
                    b.map = InstructionForm.MAP_0F;
                    continue;
                }
                if (b.map == InstructionForm.MAP_0F && !escapeSeen && (value == 0x38 || value == 0x3A)
                        && b.space == InstructionForm.SPACE_LEGACY && b.opcode < 0) {
                    b.map = value == 0x38 ? InstructionForm.MAP_0F38 : InstructionForm.MAP_0F3A;
                    escapeSeen = true;
                    continue;
                }
                b.opcode = value;
                b.plusRegister = plus;
                if (plus && (value & 7) != 0) throw new IllegalArgumentException("+r opcode must end in 000b");
                opcodeSeen = true;
                continue;
            }
            // A byte after the opcode is a fixed ModRM byte (register form): "0F 01 D8", "D9 E8", "D8 C0+i".
            if (b.hasModrm) throw new IllegalArgumentException("two ModRM specifications");
            b.hasModrm = true;
            b.modConstraint = InstructionForm.MOD_REG;
            if ((value >> 6) != 3) throw new IllegalArgumentException("fixed ModRM byte must have mod=11b");
            b.modrmReg = (value >> 3) & 7;
            b.modrmRm = plus ? -1 : value & 7;
            if (plus && (value & 7) != 0) throw new IllegalArgumentException("+i ModRM must end in 000b");
        }
        if (!opcodeSeen) throw new IllegalArgumentException("no opcode byte");
    }

    /** VEX.{L}.{pp}.{map}.{W}, e.g. VEX.LZ.F2.0F38.W0 or VEX.128.66.0F.WIG; fields may come in any order. */
    private static void parseVex(InstructionForm.Builder b, String tok) {
        b.space = tok.startsWith("EVEX.") ? InstructionForm.SPACE_EVEX : InstructionForm.SPACE_VEX;
        b.mandatoryPrefix = InstructionForm.PREFIX_NP;
        String[] parts = tok.split("\\.");
        for (int i = 1; i < parts.length; i++) {
            switch (parts[i]) {
                case "128", "L0", "LZ" -> b.vexL = 0;
                case "256", "L1" -> b.vexL = 1;
                case "512" -> b.vexL = 2;
                case "LIG" -> b.vexL = -1;
                case "NP" -> b.mandatoryPrefix = InstructionForm.PREFIX_NP;
                case "66" -> b.mandatoryPrefix = InstructionForm.PREFIX_66;
                case "F3" -> b.mandatoryPrefix = InstructionForm.PREFIX_F3;
                case "F2" -> b.mandatoryPrefix = InstructionForm.PREFIX_F2;
                case "0F" -> b.map = InstructionForm.MAP_0F;
                case "0F38" -> b.map = InstructionForm.MAP_0F38;
                case "0F3A" -> b.map = InstructionForm.MAP_0F3A;
                case "W0" -> b.w = 0;
                case "W1" -> b.w = 1;
                case "WIG" -> b.w = -1;
                default -> throw new IllegalArgumentException("unknown VEX field '" + parts[i] + "' in " + tok);
            }
        }
        if (b.map == InstructionForm.MAP_LEGACY) throw new IllegalArgumentException("VEX form without map: " + tok);
    }

    /** Operands that only exist as memory (M) or only as registers (R, U, N) constrain ModRM.mod. */
    private static void deriveModrmConstraints(InstructionForm.Builder b) {
        boolean needsModrm = false;
        for (OperandSpec o : b.operands) {
            if (o.usesModrmRm() || o.usesModrmReg()) needsModrm = true;
            if (b.attributes.containsKey("anymod") && o.kind() == OperandKind.R) continue;
            switch (o.kind()) {
                case M -> { if (b.modConstraint != InstructionForm.MOD_RIP) mod(b, InstructionForm.MOD_MEM); }
                case R, U, N, STI -> mod(b, InstructionForm.MOD_REG);
                default -> { }
            }
        }
        if (needsModrm && !b.hasModrm) throw new IllegalArgumentException("operands need a ModRM byte: add /r or /digit");
    }

    private static void mod(InstructionForm.Builder b, int constraint) {
        if (b.modConstraint != InstructionForm.MOD_ANY && b.modConstraint != constraint) {
            throw new IllegalArgumentException("contradictory ModRM.mod constraints");
        }
        b.modConstraint = constraint;
    }
}
