package pacifica.x86.conformance;

import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSize;
import pacifica.x86.isa.OperandSpec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates machine-code encodings of a table form, written from the encoding rules of the
 * manuals (not from our decoder), so that the decoder and formatters can be checked against
 * GNU objdump: register and memory operands of every addressing shape, operand-size and REX
 * variants, immediates at their edges.
 */
public final class EncodingGenerator {
    /** A generated encoding and the form it was generated for. */
    public record Sample(InstructionForm form, byte[] bytes) {}

    private static final long[] IMM_EDGES = {0, 1, 0x7f, 0x80, 0xff, -1, -0x80, 0x7fffffff, 0x80000000L,
            0x1234, 0x12345678, 0x7fff, 0x8000, 0xffff};

    private final Random random;

    public EncodingGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Memory ModRM shapes for 32/64-bit addressing: {mod, rm, sib or -1, disp size}. */
    private static final int[][] MEMORY_SHAPES = {
            {0, 0, -1, 0},          // (%rax)
            {1, 5, -1, 1},          // disp8(%rbp)
            {2, 3, -1, 4},          // disp32(%rbx)
            {0, 5, -1, 4},          // rip-relative / absolute
            {0, 4, 0x4D, 4},        // disp32(,%rcx,2)
            {1, 4, 0x24, 1},        // disp8(%rsp)
            {0, 4, 0x20, 0},        // (%rax,%riz,1)
            {2, 4, 0x9A, 4},        // disp32(%rdx,%rbx,4)
            {0, 4, 0x25, 4},        // absolute via SIB
            {1, 4, 0xC6, 1},        // disp8(%rsi,%rax,8)
    };

    /** Memory shapes for 16-bit addressing: {mod, rm, disp size}. */
    private static final int[][] MEMORY16_SHAPES = {{0, 0, 0}, {1, 2, 1}, {2, 7, 2}, {0, 6, 2}, {1, 6, 1}, {0, 4, 0}};

    public List<Sample> samples(InstructionForm f, int mode, int perForm) {
        List<Sample> out = new ArrayList<>();
        if (f.modes == InstructionForm.MODES_NOT64 && mode == 64) return out;
        if (f.modes == InstructionForm.MODES_ONLY64 && mode != 64) return out;
        if (f.space == InstructionForm.SPACE_EVEX) return out;
        for (int i = 0; i < perForm; i++) {
            byte[] b = sample(f, mode, i);
            if (b != null) out.add(new Sample(f, b));
        }
        return out;
    }

    private byte[] sample(InstructionForm f, int mode, int variant) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        boolean vex = f.space == InstructionForm.SPACE_VEX;
        // Operand size: honour a constraint, else vary among the prefixes that select each size.
        int want = f.operandSizeConstraint;
        if (want == 0) {
            int[] choices = mode == 64 ? new int[] {4, 2, 8} : new int[] {mode == 16 ? 2 : 4, mode == 16 ? 4 : 2};
            want = choices[variant % choices.length];
            if (f.mandatoryPrefix == InstructionForm.PREFIX_66 || vex) want = mode == 16 ? 2 : 4;
            // 66h next to a mandatory F2/F3 is only meaningful for forms with operand-size-dependent operands.
            if (f.mandatoryPrefix > InstructionForm.PREFIX_66 && !sizeSensitive(f) && want == 2 && mode != 16) want = 4;
            if (f.mandatoryPrefix > InstructionForm.PREFIX_66 && !sizeSensitive(f) && want == 4 && mode == 16) want = 2;
        }
        boolean p66 = false, rexW = false;
        int defaultSize = mode == 16 ? 2 : 4;
        if (want == 8) {
            if (mode != 64) return null;
            rexW = !(f.forceOperand64 || f.defaultOperand64) || variant % 2 == 0;
            if ((f.defaultOperand64 || f.forceOperand64) && !rexW) p66 = false;
        } else if (want != defaultSize) {
            p66 = true;
        }
        if (mode == 64 && (f.defaultOperand64 || f.forceOperand64) && want == 4) return null;
        if (f.w == 1 && !vex) rexW = true;
        if (f.w == 0 && !vex) rexW = false;
        if (f.addressSizeConstraint != 0) {
            int natural = mode == 64 ? 8 : mode;
            natural = natural == 32 ? 4 : natural == 16 ? 2 : natural;
            if (f.addressSizeConstraint != natural) {
                if (mode == 64 && f.addressSizeConstraint == 2) return null;
                b.write(0x67);
            }
        } else if (variant % 7 == 6 && f.hasModrm) {
            b.write(0x67);
        }
        if (variant % 11 == 5 && mode == 64) b.write(0x64); // an FS override now and then
        if (!vex) {
            if (p66 && f.mandatoryPrefix != InstructionForm.PREFIX_66) b.write(0x66);
            switch (f.mandatoryPrefix) {
                case InstructionForm.PREFIX_66 -> b.write(0x66);
                case InstructionForm.PREFIX_F2 -> b.write(0xF2);
                case InstructionForm.PREFIX_F3 -> b.write(0xF3);
                default -> { }
            }
        }
        boolean addr16 = (mode == 16) != (b.size() > 0 && contains(b, 0x67)) && mode != 64;
        int reg = f.modrmReg >= 0 ? f.modrmReg : random.nextInt(8);
        int rexR = mode == 64 && variant % 3 == 1 ? 1 : 0;
        int rexX = mode == 64 && variant % 5 == 2 ? 1 : 0;
        int rexB = mode == 64 && variant % 4 == 3 ? 1 : 0;
        int mod, rm, sib = -1, dispSize;
        boolean memory;
        if (!f.hasModrm) {
            mod = rm = dispSize = 0;
            memory = false;
        } else if (f.modrmRm >= 0) {
            mod = 3;
            rm = f.modrmRm;
            dispSize = 0;
            memory = false;
        } else {
            memory = f.modConstraint == InstructionForm.MOD_MEM || f.modConstraint == InstructionForm.MOD_RIP
                    || (f.modConstraint == InstructionForm.MOD_ANY && variant % 2 == 1);
            if (!memory) {
                mod = 3;
                rm = random.nextInt(8);
                dispSize = 0;
            } else if (f.modConstraint == InstructionForm.MOD_RIP) {
                mod = 0;
                rm = 5;
                dispSize = 4;
            } else if (addr16) {
                int[] s = MEMORY16_SHAPES[random.nextInt(MEMORY16_SHAPES.length)];
                mod = s[0];
                rm = s[1];
                dispSize = s[2];
            } else {
                int[] s = MEMORY_SHAPES[random.nextInt(MEMORY_SHAPES.length)];
                mod = s[0];
                rm = s[1];
                sib = s[2];
                dispSize = s[3];
            }
        }
        int rex = (rexW ? 8 : 0) | (rexR << 2) | (rexX << 1) | rexB;
        if (vex) {
            writeVex(b, f, rex, mode);
        } else if (mode == 64 && (rex != 0 || variant % 13 == 12)) {
            b.write(0x40 | rex);
        }
        switch (f.map) {
            case InstructionForm.MAP_0F -> { if (!vex) b.write(0x0F); }
            case InstructionForm.MAP_0F38 -> { if (!vex) { b.write(0x0F); b.write(0x38); } }
            case InstructionForm.MAP_0F3A -> { if (!vex) { b.write(0x0F); b.write(0x3A); } }
            default -> { }
        }
        b.write(f.plusRegister ? f.opcode + random.nextInt(8) : f.opcode);
        if (f.hasModrm) {
            b.write((mod << 6) | (reg << 3) | rm);
            if (sib >= 0) b.write(sib);
            writeImmediate(b, edge(), dispSize);
        }
        int operandSize = want;
        int addressSize = mode == 64 ? (contains(b, 0x67) ? 4 : 8) : (addr16 ? 2 : 4);
        for (OperandSpec o : f.operands) {
            switch (o.kind()) {
                case I -> writeImmediate(b, edge(), immediateSize(o.size(), operandSize));
                case J -> writeImmediate(b, random.nextInt(256) - 128,
                        o.size() == OperandSize.b ? 1 : operandSize == 2 ? 2 : 4);
                case L -> writeImmediate(b, random.nextInt(16) << 4, 1);
                case O -> writeImmediate(b, edge(), addressSize);
                case A -> {
                    writeImmediate(b, edge(), operandSize == 2 ? 2 : 4);
                    writeImmediate(b, random.nextInt(0x10000), 2);
                }
                default -> { }
            }
        }
        return b.toByteArray();
    }

    private void writeVex(ByteArrayOutputStream b, InstructionForm f, int rex, int mode) {
        boolean usesVvvv = false;
        for (OperandSpec o : f.operands) {
            if (o.kind() == OperandKind.H || o.kind() == OperandKind.B) usesVvvv = true;
        }
        int vvvv = usesVvvv ? random.nextInt(mode == 64 ? 16 : 8) : 0;
        int l = f.vexL >= 0 ? f.vexL : random.nextInt(2);
        int pp = switch (f.mandatoryPrefix) {
            case InstructionForm.PREFIX_66 -> 1;
            case InstructionForm.PREFIX_F3 -> 2;
            case InstructionForm.PREFIX_F2 -> 3;
            default -> 0;
        };
        int w = f.w >= 0 ? f.w : random.nextInt(2);
        if (mode != 64) rex &= 8;
        boolean twoByte = f.map == InstructionForm.MAP_0F && w == 0 && (rex & 3) == 0 && random.nextBoolean();
        if (twoByte) {
            b.write(0xC5);
            b.write((((rex >> 2) & 1) ^ 1) << 7 | ((~vvvv & 0xF) << 3) | (l << 2) | pp);
        } else {
            b.write(0xC4);
            b.write(((~rex & 7) << 5) | f.map);
            b.write((w << 7) | ((~vvvv & 0xF) << 3) | (l << 2) | pp);
        }
    }

    private static boolean sizeSensitive(InstructionForm f) {
        for (OperandSpec o : f.operands) {
            if (o.size() == OperandSize.v || o.size() == OperandSize.z) return true;
        }
        return false;
    }

    private static boolean contains(ByteArrayOutputStream b, int value) {
        for (byte x : b.toByteArray()) if ((x & 0xFF) == value) return true;
        return false;
    }

    private long edge() {
        return random.nextInt(3) == 0 ? random.nextLong() : IMM_EDGES[random.nextInt(IMM_EDGES.length)];
    }

    private static int immediateSize(OperandSize s, int operandSize) {
        return switch (s) {
            case b, bs -> 1;
            case w -> 2;
            case d -> 4;
            case q -> 8;
            case v -> operandSize;
            default -> operandSize == 2 ? 2 : 4;
        };
    }

    private static void writeImmediate(ByteArrayOutputStream b, long value, int size) {
        for (int i = 0; i < size; i++) b.write((int) (value >>> (8 * i)) & 0xFF);
    }
}
