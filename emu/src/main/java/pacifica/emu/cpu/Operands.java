package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSpec;

/**
 * Compact operand descriptors computed once per table form, so that generic handlers read and
 * write operands without looking at the table at run time. A descriptor packs a kind (low 4
 * bits), a size code (bits 4-7: 0 = operand size, 1/2/4/8 fixed bytes, 3 = "y", 5 = "z") and a
 * fixed register number (bits 8-11).
 */
public final class Operands {
    public static final int K_NONE = 0, K_RM = 1, K_REG = 2, K_IMM = 3, K_FIXED = 4, K_Z = 5, K_ONE = 6, K_VVVV = 7,
            K_OTHER = 15;

    private Operands() {}

    static int describe(InstructionForm f, int n) {
        if (n >= f.operands.length) return K_NONE;
        OperandSpec o = f.operands[n];
        int kind = switch (o.kind()) {
            case E, M, R -> K_RM;
            case G -> K_REG;
            case I, J -> K_IMM;
            case FIXED_GPR -> K_FIXED;
            case Z -> K_Z;
            case ONE -> K_ONE;
            case B -> K_VVVV;
            default -> K_OTHER;
        };
        int size = switch (o.size()) {
            case b, bs -> 1;
            case w -> 2;
            case d -> 4;
            case q -> 8;
            case y -> 3;
            case z -> 5;
            default -> 0;
        };
        int reg = Math.max(0, o.register());
        return kind | size << 4 | reg << 8;
    }

    /** The descriptor with its size code replaced by the byte size this instruction gives it. */
    static int resolve(int d, Instruction i) {
        if ((d & 0xF) == K_NONE) return d;
        return (d & ~0xF0) | size(d, i) << 4;
    }

    static int size(int d, Instruction i) {
        int s = (d >> 4) & 0xF;
        return switch (s) {
            case 0 -> i.operandSize;
            case 3 -> (i.rex & 8) != 0 && i.mode == 64 ? 8 : 4;
            case 5 -> i.operandSize == 2 ? 2 : 4;
            default -> s;
        };
    }

    /** Reads an operand; {@code la} is the memory operand's linear address when it is one. */
    static long get(Cpu c, Instruction i, int d, int size, long la) {
        switch (d & 0xF) {
            case K_RM:
                return i.isMemory ? c.read(la, size) : c.reg(i, i.rm, size);
            case K_REG:
                return c.reg(i, i.reg, size);
            case K_IMM:
                return i.imm & Cpu.mask(size);
            case K_FIXED:
                return c.reg(i, (d >> 8) & 0xF, size);
            case K_Z:
                return c.reg(i, i.rm, size);
            case K_ONE:
                return 1;
            case K_VVVV:
                return c.reg(i, i.vvvv, size);
            default:
                throw new IllegalStateException("operand kind " + (d & 0xF));
        }
    }

    /** Reads a destination operand that will be written back (memory faults report a write). */
    static long getRmw(Cpu c, Instruction i, int d, int size, long la) {
        if ((d & 0xF) == K_RM && i.isMemory) return c.readRmw(la, size);
        return get(c, i, d, size, la);
    }

    static void set(Cpu c, Instruction i, int d, int size, long la, long v) {
        switch (d & 0xF) {
            case K_RM -> {
                if (i.isMemory) c.write(la, size, v);
                else c.setReg(i, i.rm, size, v);
            }
            case K_REG -> c.setReg(i, i.reg, size, v);
            case K_FIXED -> c.setReg(i, (d >> 8) & 0xF, size, v);
            case K_Z -> c.setReg(i, i.rm, size, v);
            case K_VVVV -> c.setReg(i, i.vvvv, size, v);
            default -> throw new IllegalStateException("cannot write operand kind " + (d & 0xF));
        }
    }

    /** True when the descriptor is a memory-capable rm operand and the instruction uses memory. */
    static boolean isMem(int d, Instruction i) {
        return (d & 0xF) == K_RM && i.isMemory;
    }

    static boolean isKind(InstructionForm f, int n, OperandKind k) {
        return n < f.operands.length && f.operands[n].kind() == k;
    }
}
