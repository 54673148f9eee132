package pacifica.emu.cpu;

import pacifica.emu.Vectors;
import pacifica.x86.decode.Instruction;

/** Near branches, calls and returns, the stack instructions and RFLAGS transfers. */
final class Control {
    private Control() {}

    /** Truncates a branch target to the operand size (AMD honours 66h on near branches). */
    static long truncate(Cpu c, Instruction i, long target) {
        if (i.operandSize == 2) return target & 0xFFFF;
        if (c.mode != 64) return target & 0xFFFFFFFFL;
        return target;
    }

    static long relTarget(Cpu c, Instruction i) {
        return truncate(c, i, i.address + i.length + i.imm);
    }

    static void jcc(Cpu c, Instruction i, int cc) {
        if (c.cond(cc)) c.nextRip = relTarget(c, i);
    }

    static void jmp(Cpu c, Instruction i, int d0) {
        if ((d0 & 0xF) == Operands.K_IMM) {
            c.nextRip = relTarget(c, i);
        } else {
            c.nextRip = truncate(c, i, c.rm(i, i.operandSize));
        }
    }

    static void call(Cpu c, Instruction i, int d0) {
        long target = (d0 & 0xF) == Operands.K_IMM ? relTarget(c, i) : truncate(c, i, c.rm(i, i.operandSize));
        c.push(i.operandSize, c.nextRip);
        c.nextRip = target;
    }

    static void ret(Cpu c, Instruction i, boolean hasImm) {
        int size = i.operandSize;
        long target = c.pop(size);
        if (hasImm) {
            int as = c.stackAddrSize();
            c.setGpr(Cpu.RSP, as, c.gpr[Cpu.RSP] + (i.imm & 0xFFFF));
        }
        c.nextRip = truncate(c, i, target);
    }

    /** LOOP (cc -1), LOOPE (1), LOOPNE (0): rCX by address size. */
    static void loop(Cpu c, Instruction i, int kind) {
        int as = i.addressSize;
        long m = Cpu.mask(as);
        long n = (c.gpr[1] - 1) & m;
        c.setGpr(1, as, n);
        boolean take = n != 0;
        if (take && kind >= 0) take = ((c.status() & 0x40) != 0) == (kind == 1);
        if (take) c.nextRip = relTarget(c, i);
    }

    static void jrcxz(Cpu c, Instruction i) {
        if ((c.gpr[1] & Cpu.mask(i.addressSize)) == 0) c.nextRip = relTarget(c, i);
    }

    // ---------------------------------------------------------------- stack

    static void push(Cpu c, Instruction i, int d0) {
        int size = i.operandSize;
        long v;
        if ((d0 & 0xF) == Operands.K_IMM) v = i.imm;
        else v = Operands.get(c, i, d0, size, i.isMemory ? c.ea(i) : 0);
        c.push(size, v);
    }

    static void pushSeg(Cpu c, Instruction i, int seg) {
        c.push(i.operandSize, c.segSelector[seg] & 0xFFFF);
    }

    static void pop(Cpu c, Instruction i, int d0) {
        int size = i.operandSize;
        long v = c.peek(size, 0);
        if ((d0 & 0xF) == Operands.K_RM && i.isMemory) {
            // The address is computed with RSP already incremented (APM vol. 3 "POP").
            long old = c.gpr[Cpu.RSP];
            c.setGpr(Cpu.RSP, c.stackAddrSize(), old + size);
            long la;
            try {
                la = c.ea(i);
                c.write(la, size, v);
            } catch (RuntimeException e) {
                c.gpr[Cpu.RSP] = old;
                throw e;
            }
            return;
        }
        c.setGpr(Cpu.RSP, c.stackAddrSize(), c.gpr[Cpu.RSP] + size);
        Operands.set(c, i, d0, size, 0, v);
    }

    static void pushf(Cpu c, Instruction i) {
        // VM and RF are never pushed (APM vol. 3 "PUSHF").
        c.push(i.operandSize, c.rflags() & 0xFCFFFFL);
    }

    static void popf(Cpu c, Instruction i) {
        int size = i.operandSize;
        long v = c.pop(size);
        long old = c.rflags();
        long changeable = 0x254DD5L | 0x100 /* TF */ | 0x4000 /* NT */;
        int iopl = (int) (old >> 12) & 3;
        if (c.cpl == 0) changeable |= 0x3000;
        if (c.cpl <= iopl) changeable |= 0x200;
        if (size == 2) changeable &= 0xFFFF;
        long nv = (old & ~changeable) | (v & changeable);
        nv &= ~0x10000L; // RF cleared
        c.setRflags(nv);
    }

    static void leave(Cpu c, Instruction i) {
        int as = c.stackAddrSize();
        long saved = c.gpr[Cpu.RSP];
        c.setGpr(Cpu.RSP, as, c.gpr[Cpu.RBP]);
        try {
            long v = c.pop(i.operandSize);
            c.setGpr(Cpu.RBP, i.operandSize, v);
        } catch (RuntimeException e) {
            c.gpr[Cpu.RSP] = saved;
            throw e;
        }
    }

    static void enter(Cpu c, Instruction i) {
        int size = i.operandSize;
        int alloc = (int) (i.imm & 0xFFFF);
        int level = (int) (i.imm2 & 0x1F);
        int as = c.stackAddrSize();
        long am = Cpu.mask(as);
        long savedRsp = c.gpr[Cpu.RSP];
        try {
            c.push(size, c.gpr[Cpu.RBP]);
            long frame = c.gpr[Cpu.RSP] & am;
            if (level > 0) {
                long bp = c.gpr[Cpu.RBP];
                for (int k = 1; k < level; k++) {
                    bp = (bp - size) & am;
                    c.push(size, c.read(c.linear(2, bp), size));
                }
                c.push(size, frame);
            }
            long sp = (c.gpr[Cpu.RSP] - alloc) & am;
            // The final stack pointer must be writable (a fault here is reported, RSP restored).
            c.probeWrite(c.linear(2, sp), 1);
            c.setGpr(Cpu.RBP, size, frame);
            c.setGpr(Cpu.RSP, as, sp);
        } catch (RuntimeException e) {
            c.gpr[Cpu.RSP] = savedRsp;
            throw e;
        }
    }

    static void hlt(Cpu c) {
        if (c.cpl != 0) throw c.gp0();
    }

    static void cliSti(Cpu c, boolean set) {
        int iopl = (int) (c.rflags() >> 12) & 3;
        if (c.cpl > iopl) throw c.gp0();
        c.setRflags(set ? c.rflags() | 0x200 : c.rflags() & ~0x200L);
    }

    /** SYSCALL with a user-mode handler: RCX = return RIP, R11 = RFLAGS, then the handler (else #UD). */
    static boolean syscall(Cpu c) {
        SyscallHandler h = c.syscallHandler;
        if (h == null || c.mode != 64) throw c.ud();
        c.gpr[Cpu.RCX] = c.nextRip;
        c.gpr[11] = c.rflags() & ~0x10000L;
        return h.syscall(c);
    }

    static void intn(Cpu c, int vector) {
        throw c.trap.set(vector, -1, 0);
    }

    static void udf(Cpu c) {
        throw c.fault(Vectors.UD, -1);
    }
}
