package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;

/**
 * Specialised handlers for the most frequent instruction shapes (32/64-bit register-register and
 * register-immediate ALU operations, register moves, INC/DEC of a register). Block construction
 * rewrites an instruction's handler to one of these when its operands fit, with the register
 * numbers resolved, which saves the generic operand decoding on the hot path. Semantics are
 * identical to the generic handlers (the differential tests run through both).
 */
final class Fast {
    private Fast() {}

    /** Register number of a register-only operand descriptor, or -1. */
    private static int register(int d, Instruction i) {
        return switch (d & 0xF) {
            case Operands.K_RM -> i.isMemory ? -1 : i.rm;
            case Operands.K_REG -> i.reg;
            case Operands.K_FIXED -> (d >> 8) & 0xF;
            case Operands.K_Z -> i.rm;
            default -> -1;
        };
    }

    /** Rewrites entry {@code k} of a block when a specialised handler applies. */
    static void specialize(Block b, int k, Instruction i) {
        int op = b.op[k];
        if (op == Dispatch.FPU) {
            int w = X87.fastOperand(b.aux[k], i);
            if (w >= 0) {
                b.op[k] = Dispatch.FAST_FPU;
                b.aux[k] = w;
            }
            return;
        }
        if (op == Dispatch.SSE_FP) {
            if (SseFast.handles(b.aux[k])) b.op[k] = Dispatch.FAST_SSE;
            return;
        }
        int size = (b.d0[k] >> 4) & 0xF;
        if (size != 4 && size != 8) return;
        int r0 = register(b.d0[k], i);
        if (r0 < 0) return;
        switch (op) {
            case Dispatch.ALU -> {
                int r1 = register(b.d1[k], i);
                if (r1 >= 0) {
                    b.op[k] = Dispatch.FAST_ALU_RR;
                } else if ((b.d1[k] & 0xF) == Operands.K_IMM) {
                    b.op[k] = Dispatch.FAST_ALU_RI;
                } else {
                    return;
                }
                b.aux[k] |= size << 8;
                b.d0[k] = r0;
                b.d1[k] = r1;
            }
            case Dispatch.MOV -> {
                int r1 = register(b.d1[k], i);
                if (r1 < 0) return;
                b.op[k] = Dispatch.FAST_MOV_RR;
                b.aux[k] = size;
                b.d0[k] = r0;
                b.d1[k] = r1;
            }
            case Dispatch.INC, Dispatch.DEC -> {
                b.aux[k] = (op == Dispatch.DEC ? 1 : 0) | size << 8;
                b.op[k] = Dispatch.FAST_INCDEC_R;
                b.d0[k] = r0;
            }
            default -> { }
        }
    }

    static void aluRR(Cpu c, int aux, int r0, int r1) {
        int size = aux >> 8, kind = aux & 0xFF;
        long m = size == 8 ? -1L : 0xFFFFFFFFL;
        long r = Alu.op(c, kind, size, c.gpr[r0] & m, c.gpr[r1] & m);
        if (kind != Alu.CMP && kind != Alu.TEST) c.gpr[r0] = r;
    }

    static void aluRI(Cpu c, Instruction i, int aux, int r0) {
        int size = aux >> 8, kind = aux & 0xFF;
        long m = size == 8 ? -1L : 0xFFFFFFFFL;
        long r = Alu.op(c, kind, size, c.gpr[r0] & m, i.imm & m);
        if (kind != Alu.CMP && kind != Alu.TEST) c.gpr[r0] = r;
    }

    static void movRR(Cpu c, int size, int r0, int r1) {
        c.gpr[r0] = size == 8 ? c.gpr[r1] : c.gpr[r1] & 0xFFFFFFFFL;
    }

    static void incDec(Cpu c, int aux, int r0) {
        int size = aux >> 8;
        boolean dec = (aux & 1) != 0;
        long m = size == 8 ? -1L : 0xFFFFFFFFL;
        long a = c.gpr[r0] & m;
        long r = (dec ? a - 1 : a + 1) & m;
        c.lazyC = c.cf() ? 1 : 0;
        c.gpr[r0] = r;
        c.lazy(dec ? LazyFlags.DEC : LazyFlags.INC, size, a, 1, r);
    }
}
