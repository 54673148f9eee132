package pacifica.emu.cpu;

import pacifica.emu.Vectors;
import pacifica.x86.decode.Instruction;

/**
 * Executes one decoded instruction: a switch over the handler numbers {@link Dispatch} assigned to
 * table forms. Each case calls a small static method of a family class. Kept small so the JIT
 * compiles it (well under the 8000-byte inlining/compilation limits).
 */
public final class Exec {
    private Exec() {}

    /** Result of {@link #execute}: continue, or stop because of HLT. */
    public static final int CONTINUE = 0, HALT = 1;

    /** Executes instruction {@code k} of block {@code b}. */
    public static int execute(Cpu c, Instruction i, Block b, int k) {
        int a = b.aux[k];
        int d0 = b.d0[k], d1 = b.d1[k];
        switch (b.op[k]) {
            case Dispatch.FAST_ALU_RR -> Fast.aluRR(c, a, d0, d1);
            case Dispatch.FAST_ALU_RI -> Fast.aluRI(c, i, a, d0);
            case Dispatch.FAST_MOV_RR -> Fast.movRR(c, a, d0, d1);
            case Dispatch.FAST_INCDEC_R -> Fast.incDec(c, a, d0);
            case Dispatch.ALU -> Alu.binary(c, i, a, d0, d1);
            case Dispatch.MOV -> Moves.mov(c, i, d0, d1);
            case Dispatch.JCC -> Control.jcc(c, i, a);
            case Dispatch.INC -> Alu.incDec(c, i, d0, false);
            case Dispatch.DEC -> Alu.incDec(c, i, d0, true);
            case Dispatch.NEG -> Alu.neg(c, i, d0);
            case Dispatch.NOT -> Alu.not(c, i, d0);
            case Dispatch.MUL -> Alu.mul1(c, i, d0, false);
            case Dispatch.IMUL1 -> Alu.mul1(c, i, d0, true);
            case Dispatch.IMUL -> Alu.imul(c, i, d0, d1, b.d2[k]);
            case Dispatch.DIV -> Alu.div(c, i, d0, false);
            case Dispatch.IDIV -> Alu.div(c, i, d0, true);
            case Dispatch.ADCX -> Alu.adx(c, i, d0, d1, false);
            case Dispatch.ADOX -> Alu.adx(c, i, d0, d1, true);
            case Dispatch.SHIFT -> Shifts.shift(c, i, a, d0, d1);
            case Dispatch.SHLD -> Shifts.doubleShift(c, i, true, d0, d1, b.d2[k]);
            case Dispatch.SHRD -> Shifts.doubleShift(c, i, false, d0, d1, b.d2[k]);
            case Dispatch.BT -> Bits.bitTest(c, i, a, d0, d1);
            case Dispatch.BSF -> Bits.bitScan(c, i, false, d0, d1);
            case Dispatch.BSR -> Bits.bitScan(c, i, true, d0, d1);
            case Dispatch.TZCNT -> Bits.count(c, i, false, d0, d1);
            case Dispatch.LZCNT -> Bits.count(c, i, true, d0, d1);
            case Dispatch.POPCNT -> Bits.popcnt(c, i, d0, d1);
            case Dispatch.BSWAP -> Bits.bswap(c, i);
            case Dispatch.MOVBE -> Bits.movbe(c, i, d0, d1);
            case Dispatch.CRC32 -> Bits.crc32(c, i, d0, d1);
            case Dispatch.STRING -> Strings.string(c, i, a & 0xFF, (a >> 8) != 0 ? 1 : i.operandSize);
            case Dispatch.MOV_LOAD_OFF -> Moves.movOffset(c, i, false, Operands.size(d0, i));
            case Dispatch.MOV_STORE_OFF -> Moves.movOffset(c, i, true, Operands.size(d1, i));
            case Dispatch.MOV_IMM -> Moves.movImm(c, i, Operands.size(d0, i));
            case Dispatch.XCHG -> Moves.xchg(c, i, d0, d1);
            case Dispatch.LEA -> Moves.lea(c, i);
            case Dispatch.MOVZX -> Moves.extend(c, i, d1, false);
            case Dispatch.MOVSX -> Moves.extend(c, i, d1, true);
            case Dispatch.CBW -> Moves.convertAcc(c, i);
            case Dispatch.CWD -> Moves.convertDx(c, i);
            case Dispatch.CMOV -> Moves.cmov(c, i, a);
            case Dispatch.SETCC -> Moves.setcc(c, i, a);
            case Dispatch.CMPXCHG -> Moves.cmpxchg(c, i, d0, d1);
            case Dispatch.XADD -> Moves.xadd(c, i, d0, d1);
            case Dispatch.CMPXCHG8B -> Moves.cmpxchgWide(c, i, false);
            case Dispatch.CMPXCHG16B -> Moves.cmpxchgWide(c, i, true);
            case Dispatch.XLAT -> Moves.xlat(c, i);
            case Dispatch.SAHF -> Moves.sahf(c);
            case Dispatch.LAHF -> Moves.lahf(c);
            case Dispatch.CPUID -> Moves.cpuid(c);
            case Dispatch.RDTSC -> Moves.rdtsc(c);
            case Dispatch.RDTSCP -> Moves.rdtscp(c);
            case Dispatch.RDRAND -> Moves.rdrand(c, i);
            case Dispatch.RDPID -> Moves.rdpid(c, i);
            case Dispatch.FWAIT -> Moves.fwait(c);
            case Dispatch.NOP -> { }
            case Dispatch.MOV_FROM_SEG -> Moves.movFromSeg(c, i);
            case Dispatch.BMI -> Bmi.exec(c, i, a, d0, d1, b.d2[k]);
            case Dispatch.PAUSE -> Moves.pause(c, i);
            case Dispatch.JMP -> Control.jmp(c, i, d0);
            case Dispatch.CALL -> Control.call(c, i, d0);
            case Dispatch.RET -> Control.ret(c, i, a != 0);
            case Dispatch.LOOP -> Control.loop(c, i, a);
            case Dispatch.JRCXZ -> Control.jrcxz(c, i);
            case Dispatch.PUSH -> Control.push(c, i, d0);
            case Dispatch.POP -> Control.pop(c, i, d0);
            case Dispatch.PUSH_SEG -> Control.pushSeg(c, i, a);
            case Dispatch.PUSHF -> Control.pushf(c, i);
            case Dispatch.POPF -> Control.popf(c, i);
            case Dispatch.LEAVE -> Control.leave(c, i);
            case Dispatch.ENTER -> Control.enter(c, i);
            case Dispatch.HLT -> {
                Control.hlt(c);
                return HALT;
            }
            case Dispatch.CLI -> Control.cliSti(c, false);
            case Dispatch.STI -> Control.cliSti(c, true);
            case Dispatch.CLC -> c.setStatus(1, 0);
            case Dispatch.STC -> c.setStatus(1, 1);
            case Dispatch.CMC -> c.setStatus(1, c.status() ^ 1);
            case Dispatch.CLD -> c.setRflags(c.rflags() & ~0x400L);
            case Dispatch.STD -> c.setRflags(c.rflags() | 0x400L);
            case Dispatch.SSE -> Sse.execute(c, i, a);
            case Dispatch.FPU -> X87.execute(c, i, a);
            case Dispatch.SIMD -> Simd.execute(c, i, a);
            case Dispatch.SSE_FP -> SseFp.execute(c, i, a);
            case Dispatch.FAST_SSE -> SseFast.execute(c, i, a);
            case Dispatch.FAST_FPU -> X87.fastRegister(c, i, a);
            case Dispatch.MMX -> Mmx.execute(c, i, a);
            case Dispatch.SYSCALL -> {
                if (Control.syscall(c)) return HALT;
            }
            case Dispatch.INT3 -> Control.intn(c, Vectors.BP);
            case Dispatch.INT -> Control.intn(c, (int) (i.imm & 0xFF));
            case Dispatch.INT1 -> Control.intn(c, Vectors.DB);
            case Dispatch.GP0 -> throw c.gp0();
            default -> throw c.ud();
        }
        return CONTINUE;
    }
}
