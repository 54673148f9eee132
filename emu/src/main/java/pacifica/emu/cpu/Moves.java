package pacifica.emu.cpu;

import pacifica.emu.Vectors;
import pacifica.x86.decode.Instruction;

/** Data movement and exchange: MOV forms, XCHG, LEA, extensions, CMOVcc/SETcc, CMPXCHG, XADD. */
final class Moves {
    private Moves() {}

    static void mov(Cpu c, Instruction i, int d0, int d1) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long v = Operands.get(c, i, d1, size, la);
        Operands.set(c, i, d0, size, la, v);
    }

    /** MOV AL/rAX, moffs and back (A0-A3): the operand {@code toMemory} direction. */
    static void movOffset(Cpu c, Instruction i, boolean toMemory, int size) {
        long la = c.linear(i.segment, i.addressSize == 4 ? i.disp & 0xFFFFFFFFL : i.disp);
        if (toMemory) c.write(la, size, c.gpr[0]);
        else c.setReg(i, 0, size, c.read(la, size));
    }

    /** MOV r, imm64 (B8+r with REX.W takes a full 8-byte immediate). */
    static void movImm(Cpu c, Instruction i, int size) {
        c.setReg(i, i.rm, size, i.imm);
    }

    static void xchg(Cpu c, Instruction i, int d0, int d1) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long a = Operands.getRmw(c, i, d0, size, la);
        long b = Operands.get(c, i, d1, size, la);
        Operands.set(c, i, d0, size, la, b);
        Operands.set(c, i, d1, size, la, a);
    }

    /**
     * F3 90: PAUSE, but with REX.B it is XCHG r8, rAX on the host (the decoder still reports PAUSE for
     * F3 REX.B 90; the table's NOP form already excludes REX.B).
     */
    static void pause(Cpu c, Instruction i) {
        if ((i.rex & 1) == 0) return;
        int size = i.operandSize;
        long a = c.gpr[0], b = c.gpr[8];
        c.setGpr(0, size, b);
        c.setGpr(8, size, a);
    }

    /** MOV Ev, Sw: a memory destination gets 16 bits, a register the selector zero-extended. */
    static void movFromSeg(Cpu c, Instruction i) {
        int s = i.reg & 7;
        if (s > 5) throw c.ud();
        long v = c.segSelector[s] & 0xFFFF;
        if (i.isMemory) c.write(c.ea(i), 2, v);
        else c.setGpr(i.rm, i.operandSize, v);
    }

    static void lea(Cpu c, Instruction i) {
        c.setGpr(i.reg, i.operandSize, c.offset(i));
    }

    /** MOVZX/MOVSX/MOVSXD: source of {@code srcSize} bytes extended to the operand size. */
    static void extend(Cpu c, Instruction i, int d1, boolean signed) {
        int srcSize = Operands.size(d1, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long v = Operands.get(c, i, d1, srcSize, la);
        if (signed) v = v << (64 - 8 * srcSize) >> (64 - 8 * srcSize);
        c.setReg(i, i.reg, i.operandSize, v);
    }

    /** CBW/CWDE/CDQE. */
    static void convertAcc(Cpu c, Instruction i) {
        int size = i.operandSize;
        int half = size * 4;
        long v = c.gpr[0] << (64 - half) >> (64 - half);
        c.setGpr(0, size, v);
    }

    /** CWD/CDQ/CQO. */
    static void convertDx(Cpu c, Instruction i) {
        int size = i.operandSize;
        long v = c.gpr[0] << (64 - 8 * size) >> 63;
        c.setGpr(2, size, v);
    }

    static void cmov(Cpu c, Instruction i, int cc) {
        int size = i.operandSize;
        long v = c.rm(i, size);
        if (c.cond(cc)) c.setGpr(i.reg, size, v);
        else if (size == 4) c.gpr[i.reg] &= 0xFFFFFFFFL; // 32-bit destination zero-extended regardless
    }

    static void setcc(Cpu c, Instruction i, int cc) {
        long la = i.isMemory ? c.ea(i) : 0;
        long v = c.cond(cc) ? 1 : 0;
        if (i.isMemory) c.write(la, 1, v);
        else c.setReg(i, i.rm, 1, v);
    }

    static void cmpxchg(Cpu c, Instruction i, int d0, int d1) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long dest = Operands.getRmw(c, i, d0, size, la);
        long acc = c.gpr[0] & Cpu.mask(size);
        Alu.op(c, Alu.CMP, size, acc, dest);
        if (acc == dest) {
            Operands.set(c, i, d0, size, la, Operands.get(c, i, d1, size, la));
        } else {
            // The destination is written back with its own value (a locked read-modify-write).
            if (i.isMemory) c.write(la, size, dest);
            c.setReg(i, 0, size, dest);
        }
    }

    static void xadd(Cpu c, Instruction i, int d0, int d1) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long a = Operands.getRmw(c, i, d0, size, la);
        long b = Operands.get(c, i, d1, size, la);
        long r = Alu.op(c, Alu.ADD, size, a, b);
        Operands.set(c, i, d1, size, la, a);
        Operands.set(c, i, d0, size, la, r);
    }

    /** CMPXCHG8B (size 8) and CMPXCHG16B (size 16, which needs a 16-byte aligned operand). */
    static void cmpxchgWide(Cpu c, Instruction i, boolean sixteen) {
        if (sixteen) {
            // Alignment is checked before the canonical check: a misaligned operand is #GP(0) even when
            // its address is also non-canonical and SS-relative (measured on the host).
            long off = c.offset(i);
            long base = c.mode != 64 || i.segment >= 4 ? c.segBase[i.segment] : 0;
            if (((base + off) & 15) != 0) throw c.gp0();
        }
        long la = c.ea(i);
        long[] g = c.gpr;
        if (sixteen) {
            c.mem.checkWrite(la, 16);
            long lo = c.read(la, 8), hi = c.read(la + 8, 8);
            if (lo == g[0] && hi == g[2]) {
                c.write(la, 8, g[3]);
                c.write(la + 8, 8, g[1]);
                c.setStatus(0x40, 0x40);
            } else {
                c.write(la, 8, lo);
                c.write(la + 8, 8, hi);
                g[0] = lo;
                g[2] = hi;
                c.setStatus(0x40, 0);
            }
        } else {
            long v = c.readRmw(la, 8);
            long expect = (g[0] & 0xFFFFFFFFL) | g[2] << 32;
            if (v == expect) {
                c.write(la, 8, (g[3] & 0xFFFFFFFFL) | g[1] << 32);
                c.setStatus(0x40, 0x40);
            } else {
                c.write(la, 8, v);
                g[0] = v & 0xFFFFFFFFL;
                g[2] = v >>> 32;
                c.setStatus(0x40, 0);
            }
        }
    }

    static void xlat(Cpu c, Instruction i) {
        long off = (c.gpr[3] + (c.gpr[0] & 0xFF)) & Cpu.mask(i.addressSize);
        int seg = i.segmentOverride >= 0 ? i.segmentOverride : Instruction.DS;
        c.setReg(i, 0, 1, c.read(c.linear(seg, off), 1));
    }

    static void sahf(Cpu c) {
        c.setStatus(0xD5, (int) (c.gpr[0] >>> 8) & 0xD5);
    }

    static void lahf(Cpu c) {
        long f = (c.rflags() & 0xD5) | 2;
        c.gpr[0] = (c.gpr[0] & ~0xFF00L) | f << 8;
    }

    // ---------------------------------------------------------------- model-specific

    static void cpuid(Cpu c) {
        long[] g = c.gpr;
        int[] r = c.cpuid.query((int) g[0], (int) g[1]);
        g[0] = r[0] & 0xFFFFFFFFL;
        g[3] = r[1] & 0xFFFFFFFFL;
        g[1] = r[2] & 0xFFFFFFFFL;
        g[2] = r[3] & 0xFFFFFFFFL;
    }

    static long tsc(Cpu c) {
        return c.tsc + c.instructions;
    }

    static void rdtsc(Cpu c) {
        if ((c.cr4 & 4) != 0 && c.cpl != 0) throw c.gp0();
        long t = tsc(c);
        c.gpr[0] = t & 0xFFFFFFFFL;
        c.gpr[2] = t >>> 32;
    }

    static void rdtscp(Cpu c) {
        rdtsc(c);
        c.gpr[1] = c.tscAux & 0xFFFFFFFFL;
    }

    /** RDRAND/RDSEED: always succeed (CF=1) with values from a seeded generator, for reproducibility. */
    static void rdrand(Cpu c, Instruction i) {
        long z = (c.rngState += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        c.setGpr(i.rm, i.operandSize, z);
        c.setAllStatus(1);
    }

    static void rdpid(Cpu c, Instruction i) {
        c.gpr[i.rm] = c.tscAux & 0xFFFFFFFFL;
    }

    static void fwait(Cpu c) {
        if ((c.cr0 & 0xA) == 0xA) throw c.fault(Vectors.NM, -1);
        if ((c.fsw & 0x80) != 0) throw c.fault(Vectors.MF, -1);
    }
}
