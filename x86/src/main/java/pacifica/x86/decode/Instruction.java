package pacifica.x86.decode;

import pacifica.x86.isa.InstructionForm;

/**
 * One decoded instruction. Instances are mutable and meant to be reused: the decoder overwrites
 * every field, so a hot loop decodes into the same object without allocating.
 *
 * <p>Register numbers are the architectural ones including REX/VEX extension bits (0-15).
 * Memory operands are described by {@link #base}, {@link #index}, {@link #scale}, {@link #disp}
 * and {@link #segment}; {@link #BASE_RIP} marks RIP-relative addressing.
 */
public final class Instruction {
    public static final int NONE = -1;
    /** Pseudo base register meaning RIP-relative (64-bit mode, ModRM mod=00 rm=101). */
    public static final int BASE_RIP = 16;
    /** Segment register numbers. */
    public static final int ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5;

    /** Why an instruction did not decode ({@link #form} is then null). */
    public enum Invalid {
        NONE, UNDEFINED_OPCODE,
        /** The opcode exists, but not with this mandatory prefix (66/F2/F3) in effect. */
        UNDEFINED_FOR_PREFIX,
        TOO_LONG, TRUNCATED, BAD_PREFIX, BAD_VEX
    }

    /** The matched table form, or null when the bytes are not a valid instruction. */
    public InstructionForm form;
    public Invalid invalid = Invalid.NONE;
    public long address;
    public int length;
    /** 16, 32 or 64. */
    public int mode;
    /** Effective operand size and address size, in bytes. */
    public int operandSize;
    public int addressSize;

    // Prefixes, in the order they appeared (legacy and REX), and what they mean.
    public final byte[] prefixBytes = new byte[15];
    public int prefixCount;
    public boolean lock;
    /** 0, 0xF2 or 0xF3: the last repeat prefix. */
    public int repeatPrefix;
    public boolean hasF2, hasF3;
    public boolean operandSizePrefix;
    public boolean addressSizePrefix;
    /** Segment override register, or NONE. */
    public int segmentOverride;
    /** The REX byte in effect (0 when none). */
    public int rex;
    /** A REX byte that was present but ignored because a legacy prefix followed it. */
    public int ignoredRex;
    /**
     * A 9B (FWAIT) byte preceded this x87 instruction: together they are the waiting form
     * (9B DD /7 is FSTSW), and the processor performs the FWAIT check first.
     */
    public boolean waitPrefix;

    // VEX fields (vexLength 0 when not VEX-encoded).
    public int vexLength;
    public int vexL;
    public boolean vexW;
    /** VEX.vvvv, already inverted (the register number). */
    public int vvvv;

    // ModRM and operands.
    /** Opcode map of the opcode byte (InstructionForm.MAP_*), also for invalid encodings. */
    public int opcodeMap;
    public int opcode;
    public int modrm = NONE;
    public int sib = NONE;
    public int mod;
    /** ModRM.reg extended by REX.R. */
    public int reg;
    /** ModRM.rm extended by REX.B (register forms), or the "+r" register. */
    public int rm;
    public boolean isMemory;
    /** Effective segment of the memory operand (override or default). */
    public int segment;
    public int base = NONE;
    public int index = NONE;
    public int scale;
    public long disp;
    public int dispSize;
    public int dispOffset;
    public long imm;
    public long imm2;
    public int immSize;
    public int immOffset;

    public boolean isValid() {
        return form != null;
    }

    /**
     * True when a disassembler shows "(bad)": invalid, or an undocumented alias that the processor
     * executes but objdump does not name (the x87 register aliases).
     */
    public boolean printsAsBad() {
        return form == null || form.undocumented;
    }

    public boolean rexW() {
        return (rex & 8) != 0;
    }

    /** Address of the next instruction (the base of relative branches and RIP-relative addressing). */
    public long nextAddress() {
        return address + length;
    }

    void reset(long address, int mode) {
        this.form = null;
        this.invalid = Invalid.NONE;
        this.address = address;
        this.length = 0;
        this.mode = mode;
        this.prefixCount = 0;
        this.lock = false;
        this.repeatPrefix = 0;
        this.hasF2 = false;
        this.hasF3 = false;
        this.operandSizePrefix = false;
        this.addressSizePrefix = false;
        this.segmentOverride = NONE;
        this.rex = 0;
        this.ignoredRex = 0;
        this.waitPrefix = false;
        this.vexLength = 0;
        this.vexL = 0;
        this.vexW = false;
        this.vvvv = 0;
        this.opcode = 0;
        this.opcodeMap = 0;
        this.modrm = NONE;
        this.sib = NONE;
        this.mod = 0;
        this.reg = 0;
        this.rm = 0;
        this.isMemory = false;
        this.segment = DS;
        this.base = NONE;
        this.index = NONE;
        this.scale = 0;
        this.disp = 0;
        this.dispSize = 0;
        this.dispOffset = 0;
        this.imm = 0;
        this.imm2 = 0;
        this.immSize = 0;
        this.immOffset = 0;
    }
}
