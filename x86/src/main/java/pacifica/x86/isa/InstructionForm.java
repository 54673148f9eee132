package pacifica.x86.isa;

import java.util.Map;

/**
 * One line of the instruction table: an encoding, a mnemonic with its operands, and attributes.
 * Instances are immutable and shared; {@link #id} indexes arrays that other components (the
 * CPU's dispatch, the encoder's index) build from the table.
 */
public final class InstructionForm {
    /** Opcode maps. */
    public static final int MAP_LEGACY = 0, MAP_0F = 1, MAP_0F38 = 2, MAP_0F3A = 3;
    /** Encoding spaces. */
    public static final int SPACE_LEGACY = 0, SPACE_VEX = 1, SPACE_EVEX = 2;
    /** Mandatory-prefix constraints; {@code PREFIX_ANY} leaves 66/F2/F3 to their ordinary meaning. */
    public static final int PREFIX_ANY = -1, PREFIX_NP = 0, PREFIX_66 = 1, PREFIX_F3 = 2, PREFIX_F2 = 3;
    /** ModRM.mod constraints. */
    public static final int MOD_ANY = 0, MOD_MEM = 1, MOD_REG = 2, MOD_RIP = 3;
    /** Mode constraints. */
    public static final int MODES_ALL = 0, MODES_NOT64 = 1, MODES_ONLY64 = 2;

    public final int id;
    /** Intel mnemonic as the table writes it, upper case. */
    public final String mnemonic;
    public final OperandSpec[] operands;
    public final int space;
    public final int map;
    public final int opcode;
    /** "+r" (or x87 "+i") form: the low three opcode bits select a register. */
    public final boolean plusRegister;
    public final int mandatoryPrefix;
    public final boolean hasModrm;
    /** Required ModRM.reg value, or -1. */
    public final int modrmReg;
    /** Required ModRM.rm value, or -1. */
    public final int modrmRm;
    public final int modConstraint;
    /** Required operand size in bytes (2, 4, 8) or 0. */
    public final int operandSizeConstraint;
    /** Required address size in bytes (2, 4, 8) or 0. */
    public final int addressSizeConstraint;
    /** Required REX.W / VEX.W / EVEX.W, or -1. */
    public final int w;
    /** Required VEX.L, or -1 when ignored. */
    public final int vexL;
    public final int modes;
    /**
     * ModRM.mod is ignored and rm always names a register (MOV CR/DR, APM vol. 3 "MOV CRn":
     * "the mod field is ignored"); no SIB or displacement follows.
     */
    public final boolean anyMod;
    /** The form requires no 66h prefix / a clear REX.B (90 is NOP, not XCHG, only then). */
    public final boolean no66, noRexB;

    /** In 64-bit mode the operand size defaults to 64 bits (66h selects 16). */
    public final boolean defaultOperand64;
    /** In 64-bit mode the operand size is always 64 bits. */
    public final boolean forceOperand64;
    public final boolean lockable;
    /** REP (F3) is meaningful. */
    public final boolean rep;
    /** REPE/REPNE (F3/F2) are meaningful. */
    public final boolean repcc;
    /** Only at CPL 0. */
    public final boolean cpl0;
    /** An undocumented alias the processor executes and objdump prints as "(bad)" (attribute undoc). */
    public final boolean undocumented;
    public final String feature;
    public final int flagsRead;
    public final int flagsWritten;
    public final int flagsUndefined;
    public final Flow flow;
    /** The SVM intercept this instruction can trigger (by the SVM manual's name), or null. */
    public final String intercept;
    /** No constraint beyond the opcode itself: the decoder accepts it without further checks. */
    public final boolean unconstrained;
    /** Some operand is encoded in VEX.vvvv (else VEX.vvvv must be 1111b). */
    public final boolean usesVvvv;
    /** Some operand is an immediate, relative offset, far pointer or moffs that follows ModRM. */
    public final boolean hasTrailingBytes;
    /**
     * What follows ModRM, in order, for the decoder's hot path (empty when nothing does): a positive
     * value is a fixed size in bytes; {@link #TRAIL_Z} 2 or 4 bytes by operand size, {@link #TRAIL_V}
     * the operand size, {@link #TRAIL_MOFFS} an address-size offset, {@link #TRAIL_FAR} offset+selector.
     */
    public final int[] trailing;
    public static final int TRAIL_Z = -1, TRAIL_V = -2, TRAIL_MOFFS = -3, TRAIL_FAR = -4;
    /** All attributes as written, for components that need one the fields above do not carry. */
    public final Map<String, String> attributes;
    /** Source file and line, for error messages. */
    public final String origin;

    InstructionForm(Builder b) {
        this.id = b.id;
        this.mnemonic = b.mnemonic;
        this.operands = b.operands;
        this.space = b.space;
        this.map = b.map;
        this.opcode = b.opcode;
        this.plusRegister = b.plusRegister;
        this.mandatoryPrefix = b.mandatoryPrefix;
        this.hasModrm = b.hasModrm;
        this.modrmReg = b.modrmReg;
        this.modrmRm = b.modrmRm;
        this.modConstraint = b.modConstraint;
        this.operandSizeConstraint = b.operandSizeConstraint;
        this.addressSizeConstraint = b.addressSizeConstraint;
        this.w = b.w;
        this.vexL = b.vexL;
        this.modes = b.modes;
        this.no66 = b.no66;
        this.anyMod = b.attributes.containsKey("anymod");
        this.noRexB = b.noRexB;
        this.attributes = Map.copyOf(b.attributes);
        this.defaultOperand64 = attributes.containsKey("d64");
        this.forceOperand64 = attributes.containsKey("f64");
        this.lockable = attributes.containsKey("lock");
        this.rep = attributes.containsKey("rep");
        this.repcc = attributes.containsKey("repcc");
        this.cpl0 = attributes.containsKey("cpl0");
        this.undocumented = attributes.containsKey("undoc");
        this.feature = attributes.getOrDefault("feat", "BASE");
        this.flagsRead = Flags.parse(attributes.getOrDefault("fr", ""));
        this.flagsWritten = Flags.parse(attributes.getOrDefault("fw", ""));
        this.flagsUndefined = Flags.parse(attributes.getOrDefault("fu", ""));
        this.flow = Flow.parse(attributes.getOrDefault("flow", "none"));
        this.intercept = attributes.get("intercept");
        this.origin = b.origin;
        boolean vvvv = attributes.containsKey("vvvv"), trailing = false;
        for (OperandSpec o : operands) {
            if (o.kind() == OperandKind.H || o.kind() == OperandKind.B) vvvv = true;
            if (o.isImmediate() || o.kind() == OperandKind.O) trailing = true;
        }
        this.usesVvvv = vvvv;
        this.hasTrailingBytes = trailing;
        int[] layout = new int[operands.length];
        int n = 0;
        for (OperandSpec o : operands) {
            int code = switch (o.kind()) {
                case I -> switch (o.size()) {
                    case b, bs -> 1;
                    case w -> 2;
                    case d -> 4;
                    case q -> 8;
                    case v -> TRAIL_V;
                    default -> TRAIL_Z;
                };
                case J -> o.size() == OperandSize.b ? 1 : TRAIL_Z;
                case L -> 1;
                case O -> TRAIL_MOFFS;
                case A -> TRAIL_FAR;
                default -> 0;
            };
            if (code != 0) layout[n++] = code;
        }
        this.trailing = java.util.Arrays.copyOf(layout, n);
        this.unconstrained = space == SPACE_LEGACY && mandatoryPrefix == PREFIX_ANY && modrmReg < 0 && modrmRm < 0
                && modConstraint == MOD_ANY && operandSizeConstraint == 0 && addressSizeConstraint == 0 && w < 0
                && vexL < 0 && modes == MODES_ALL && !no66 && !noRexB && !anyMod;
    }

    public boolean has(String attribute) {
        return attributes.containsKey(attribute);
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    /** The immediate operands' kinds, for length decoding. */
    public boolean hasImmediate() {
        for (OperandSpec o : operands) if (o.isImmediate() || o.kind() == OperandKind.O) return true;
        return false;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(mnemonic);
        for (int i = 0; i < operands.length; i++) sb.append(i == 0 ? " " : ", ").append(operands[i]);
        return sb.append(" [").append(origin).append(']').toString();
    }

    static final class Builder {
        int id;
        String mnemonic;
        OperandSpec[] operands = new OperandSpec[0];
        int space = SPACE_LEGACY;
        int map = MAP_LEGACY;
        int opcode = -1;
        boolean plusRegister;
        int mandatoryPrefix = PREFIX_ANY;
        boolean hasModrm;
        int modrmReg = -1;
        int modrmRm = -1;
        int modConstraint = MOD_ANY;
        int operandSizeConstraint;
        int addressSizeConstraint;
        int w = -1;
        int vexL = -1;
        int modes = MODES_ALL;
        boolean no66, noRexB;
        final java.util.LinkedHashMap<String, String> attributes = new java.util.LinkedHashMap<>();
        String origin;
    }
}
