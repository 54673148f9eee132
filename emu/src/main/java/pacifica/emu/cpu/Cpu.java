package pacifica.emu.cpu;

import pacifica.emu.Trap;
import pacifica.emu.Vectors;
import pacifica.emu.mem.GuestMemory;
import pacifica.x86.decode.Instruction;

/**
 * The architectural state of one AMD64 processor, in primitive fields and arrays, plus the small
 * helpers instruction semantics use to read and write operands. Instruction semantics live in
 * static methods of the family classes ({@link Alu}, {@link Shifts}, ...) that take a Cpu, so that
 * an interpreter and a later block compiler can both call them.
 *
 * <p>Status flags are lazy: a flag-producing instruction records its operation ({@link #lazyOp}),
 * operand size, operands and result; {@link #rflags()} materialises them on demand.
 */
public final class Cpu {
    // ---- general registers
    public static final int RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
    public final long[] gpr = new long[16];
    /** Address of the instruction being executed (the faulting RIP when it raises an exception). */
    public long rip;
    /** Where execution continues after the current instruction; branches overwrite it. */
    public long nextRip;

    // ---- RFLAGS: status bits live in lazy form unless lazyOp == LazyFlags.NONE
    long flagsOther = 0x2;
    int lazyOp = LazyFlags.NONE;
    int lazySize;
    long lazyA, lazyB, lazyR;
    /** Carry-in of ADC/SBB, or the preserved CF of INC/DEC. */
    int lazyC;

    // ---- segments (ES CS SS DS FS GS), system registers, mode
    public final int[] segSelector = new int[6];
    public final long[] segBase = new long[6];
    public final int[] segLimit = new int[6];
    public final int[] segAttr = new int[6];
    public long cr0 = 0x80000011L, cr2, cr3, cr4 = 0x20, efer = 0x500, xcr0 = 1;
    /** Current privilege level, 0-3. */
    public int cpl;
    /** Decoding/execution mode: 16, 32 or 64. */
    public int mode = 64;

    // ---- SSE
    /** XMM0-15, two 64-bit halves each: xmm[2*n] low, xmm[2*n+1] high. */
    public final long[] xmm = new long[32];
    public int mxcsr = 0x1F80;
    /** Scratch for the 128-bit source operand of {@link Sse} (per CPU: processes run on several threads). */
    long sseLo, sseHi;

    // ---- x87 (physical register order)
    public final long[] fpMant = new long[8];
    /** Sign (bit 15) and biased exponent (bits 14:0). */
    public final int[] fpExp = new int[8];
    public int fpTop;
    public int fcw = 0x37F, fsw, ftw = 0xFFFF;
    /**
     * The x87 last-instruction pointers FNSTENV/FNSAVE store (and FXSAVE, on AMD only while an
     * exception is pending): the offset of the last non-control x87 instruction, its 11-bit opcode
     * (low 3 bits of the escape byte, ModRM), and the offset of its last memory operand.
     */
    public long fpIp, fpDp;
    public int fpOp;
    /** The selectors stored with fpIp and fpDp (CS, and the operand's segment), 0 after FNINIT and FXRSTOR64. */
    public int fpCs, fpDs;
    /** The reused in/out holder of the x87 arithmetic ({@link X87}). */
    final pacifica.emu.x87.FpEnv fpEnv = new pacifica.emu.x87.FpEnv();

    // ---- machine
    public final GuestMemory mem;
    public final Trap trap = new Trap();
    public final CpuidModel cpuid = new CpuidModel();
    /** Performs SYSCALL in user-mode emulation (Linux); null: SYSCALL raises #UD. */
    public SyscallHandler syscallHandler;
    public long tsc;
    public long tscAux;
    /** State of the RDRAND/RDSEED generator (seeded for reproducible runs). */
    public long rngState = 0x5EED_0F_FAC1F1CAL;
    /** Instructions retired (drives the TSC). */
    public long instructions;
    /** Second result of 128-bit division helpers. */
    long divRemainder;
    /** Set by the code-write listener when the running block's code may be stale. */
    boolean codeChanged;

    public Cpu(GuestMemory mem) {
        this.mem = mem;
        for (int s = 0; s < 6; s++) {
            segLimit[s] = -1;
            segAttr[s] = 0x93;
        }
        segAttr[1] = 0x29B; // CS: code, present, L=1
    }

    /**
     * The x87 tag word as FNSTENV stores it: two bits per physical register, valid (00), zero (01),
     * special (10: NaN, infinity, denormal, unsupported) or empty (11).
     */
    public int tagWord() {
        return X87.fullTags(this);
    }

    /** Puts the x87 unit in the state FNINIT leaves (APM vol. 1, 6.2). */
    public void fninit() {
        fcw = 0x37F;
        fsw = 0;
        ftw = 0xFFFF;
        fpTop = 0;
        fpIp = 0;
        fpDp = 0;
        fpOp = 0;
        fpCs = 0;
        fpDs = 0;
    }

    // ================================================================ exceptions

    /** Raises an exception: throw the result ({@code throw c.fault(...)}). */
    public Trap fault(int vector, int errorCode) {
        return trap.set(vector, errorCode, 0);
    }

    public Trap ud() {
        return trap.set(Vectors.UD, -1, 0);
    }

    public Trap gp0() {
        return trap.set(Vectors.GP, 0, 0);
    }

    // ================================================================ flags

    /** The full RFLAGS value (materialises lazy status flags). */
    public long rflags() {
        if (lazyOp != LazyFlags.NONE) materialize();
        return flagsOther;
    }

    void materialize() {
        flagsOther = (flagsOther & ~STATUS) | LazyFlags.compute(this);
        lazyOp = LazyFlags.NONE;
    }

    /** Sets RFLAGS (all bits; reserved bit 1 forced). */
    public void setRflags(long value) {
        flagsOther = (value & 0x3F7FD7L) | 2;
        lazyOp = LazyFlags.NONE;
        modeChanged();
    }

    static final long TF = 0x100, AC = 0x40000, CR0_AM = 0x40000;

    /**
     * Alignment checking is on: CR0.AM, RFLAGS.AC and CPL 3 (APM vol. 2, 8.2.18). Kept as a field
     * so that memory accesses test one boolean.
     */
    boolean alignmentCheck;
    /** RFLAGS.TF: a single-step #DB follows each instruction that starts with TF set (APM vol. 2, 13.1.4). */
    boolean singleStep;

    /**
     * Recomputes the derived state after a change to RFLAGS, CR0 or the CPL; code that changes
     * {@link #cr0} or {@link #cpl} directly calls it.
     */
    public void modeChanged() {
        alignmentCheck = (cr0 & CR0_AM) != 0 && (flagsOther & AC) != 0 && cpl == 3;
        singleStep = (flagsOther & TF) != 0;
    }

    /** MXCSR.MM (bit 17): AMD's misaligned SSE mode (APM vol. 1, 4.3.3; CPUID 8000_0001h ECX MisAlignSse). */
    public static final int MXCSR_MM = 1 << 17;

    /**
     * The 16-byte alignment of an SSE memory operand that requires it: #GP(0) when misaligned, unless
     * MXCSR.MM is set; then the access is allowed and only alignment checking (#AC) applies. The moves
     * that name alignment (MOVAPS, MOVDQA, MOVNT*, MOVNTDQA), FXSAVE/FXRSTOR and CMPXCHG16B keep their
     * #GP whatever MM says (measured on the host) and do not call this.
     */
    public void sseAligned(long a) {
        if ((a & 15) != 0) {
            if ((mxcsr & MXCSR_MM) == 0) throw gp0();
            checkAlignment(a, 16);
        }
    }

    /**
     * Loads the 128-bit ModRM.rm operand, an XMM register or 16 bytes of memory, into {@link #sseLo}
     * and {@link #sseHi}. {@code aligned}: the instruction requires 16-byte alignment ({@link #sseAligned});
     * otherwise only alignment checking applies, which wants 16 bytes for any 16-byte access (host).
     */
    void loadXmmOperand(Instruction i, boolean aligned) {
        if (i.isMemory) {
            long a = ea(i);
            if (aligned) sseAligned(a);
            else checkAlignment(a, 16);
            sseLo = read(a, 8);
            sseHi = read(a + 8, 8);
        } else {
            sseLo = xmm[2 * i.rm];
            sseHi = xmm[2 * i.rm + 1];
        }
    }

    /** #AC(0) when alignment checking is on and {@code a} is not a multiple of {@code size} (a power of two). */
    public void checkAlignment(long a, int size) {
        if (alignmentCheck && (a & (size - 1)) != 0) throw fault(Vectors.AC, 0);
    }

    static final long STATUS = 0x8D5;

    /** The status flags (CF PF AF ZF SF OF) as bits in their RFLAGS positions. */
    public int status() {
        if (lazyOp != LazyFlags.NONE) materialize();
        return (int) (flagsOther & STATUS);
    }

    /** Replaces the status flags named by {@code mask} with those in {@code value}. */
    public void setStatus(int mask, int value) {
        if (lazyOp != LazyFlags.NONE) materialize();
        flagsOther = (flagsOther & ~mask) | (value & mask);
    }

    /** Replaces all six status flags. */
    public void setAllStatus(int value) {
        lazyOp = LazyFlags.NONE;
        flagsOther = (flagsOther & ~STATUS) | (value & STATUS);
    }

    /** CF alone, computed from the lazy state without materialising the other flags. */
    public boolean cf() {
        long a = lazyA, b = lazyB, r = lazyR;
        return switch (lazyOp) {
            case LazyFlags.NONE -> (flagsOther & 1) != 0;
            case LazyFlags.ADD -> Long.compareUnsigned(r, a) < 0;
            case LazyFlags.ADC -> lazyC != 0 ? Long.compareUnsigned(r, a) <= 0 : Long.compareUnsigned(r, a) < 0;
            case LazyFlags.SUB -> Long.compareUnsigned(a, b) < 0;
            case LazyFlags.SBB -> lazyC != 0 ? Long.compareUnsigned(a, b) <= 0 : Long.compareUnsigned(a, b) < 0;
            case LazyFlags.INC, LazyFlags.DEC -> lazyC != 0;
            case LazyFlags.NEG -> b != 0;
            default -> false; // LOGIC
        };
    }

    public boolean df() {
        return (flagsOther & 0x400) != 0;
    }

    /** Records a lazily evaluated flag-producing operation. */
    void lazy(int op, int size, long a, long b, long r) {
        lazyOp = op;
        lazySize = size;
        lazyA = a;
        lazyB = b;
        lazyR = r;
    }

    /** Evaluates condition code {@code cc} (the low nibble of Jcc/SETcc/CMOVcc). */
    public boolean cond(int cc) {
        // Fast paths on the lazy state for the common compare/test/arithmetic producers.
        int op = lazyOp;
        if (op != LazyFlags.NONE) {
            int kind = (cc >> 1) & 7;
            boolean neg = (cc & 1) != 0;
            if (kind == 2) return (lazyR == 0) ^ neg; // Z: results are stored masked
            int shift = 64 - 8 * lazySize;
            if (kind == 4) return ((lazyR << shift) < 0) ^ neg; // S
            if (op == LazyFlags.SUB) {
                long a = lazyA, b = lazyB;
                switch (kind) {
                    case 1: return (Long.compareUnsigned(a, b) < 0) ^ neg;
                    case 3: return (Long.compareUnsigned(a, b) <= 0) ^ neg;
                    case 6: return ((a << shift) < (b << shift)) ^ neg;
                    case 7: return ((a << shift) <= (b << shift)) ^ neg;
                    default: break;
                }
            } else if (op == LazyFlags.LOGIC) {
                switch (kind) {
                    case 0, 1: return neg; // OF = CF = 0
                    case 3: return (lazyR == 0) ^ neg;
                    case 6: return ((lazyR << shift) < 0) ^ neg;
                    case 7: return (lazyR == 0 || (lazyR << shift) < 0) ^ neg;
                    default: break;
                }
            }
        }
        int f = status();
        boolean r = switch ((cc >> 1) & 7) {
            case 0 -> (f & 0x800) != 0;
            case 1 -> (f & 1) != 0;
            case 2 -> (f & 0x40) != 0;
            case 3 -> (f & 0x41) != 0;
            case 4 -> (f & 0x80) != 0;
            case 5 -> (f & 4) != 0;
            case 6 -> ((f >> 7) & 1) != ((f >> 11) & 1);
            default -> (f & 0x40) != 0 || ((f >> 7) & 1) != ((f >> 11) & 1);
        };
        return r ^ ((cc & 1) != 0);
    }

    // ================================================================ registers

    static long mask(int size) {
        return size == 8 ? -1L : (1L << (size * 8)) - 1;
    }

    /** Reads general register {@code r} at {@code size} bytes (zero-extended); legacy AH-BH without REX. */
    public long reg(Instruction i, int r, int size) {
        switch (size) {
            case 1:
                if (i.rex == 0 && r >= 4 && r < 8) return (gpr[r - 4] >>> 8) & 0xFF;
                return gpr[r] & 0xFF;
            case 2:
                return gpr[r] & 0xFFFF;
            case 4:
                return gpr[r] & 0xFFFFFFFFL;
            default:
                return gpr[r];
        }
    }

    /** Writes general register {@code r}: 32-bit writes zero-extend, 8/16-bit writes merge. */
    public void setReg(Instruction i, int r, int size, long v) {
        switch (size) {
            case 1:
                if (i.rex == 0 && r >= 4 && r < 8) {
                    gpr[r - 4] = (gpr[r - 4] & ~0xFF00L) | ((v & 0xFF) << 8);
                } else {
                    gpr[r] = (gpr[r] & ~0xFFL) | (v & 0xFF);
                }
                break;
            case 2:
                gpr[r] = (gpr[r] & ~0xFFFFL) | (v & 0xFFFF);
                break;
            case 4:
                gpr[r] = v & 0xFFFFFFFFL;
                break;
            default:
                gpr[r] = v;
        }
    }

    /** Writes a full-width register of {@code size} 2/4/8 without byte-register rules. */
    public void setGpr(int r, int size, long v) {
        if (size == 2) gpr[r] = (gpr[r] & ~0xFFFFL) | (v & 0xFFFF);
        else if (size == 4) gpr[r] = v & 0xFFFFFFFFL;
        else gpr[r] = v;
    }

    // ================================================================ memory

    /** The effective address (offset) of a memory operand, truncated to the address size. */
    public long offset(Instruction i) {
        long a = i.disp;
        int b = i.base;
        if (b >= 0) a += b == Instruction.BASE_RIP ? i.address + i.length : gpr[b];
        if (i.index >= 0) a += gpr[i.index] << i.scale;
        if (i.addressSize == 4) return a & 0xFFFFFFFFL;
        if (i.addressSize == 2) return a & 0xFFFF;
        return a;
    }

    /** Linear address of the memory operand plus {@code extra} bytes (segment base added, canonical checked). */
    public long ea(Instruction i) {
        return linear(i.segment, offset(i));
    }

    /**
     * Segment base plus offset. In 64-bit mode only FS and GS have a base (ES, CS, SS and DS are
     * flat whatever their descriptor caches hold) and a non-canonical result raises #GP(0), #SS(0)
     * for SS (APM vol. 2, 4.12.2).
     */
    public long linear(int seg, long offset) {
        if (mode == 64) {
            long a = seg >= 4 ? segBase[seg] + offset : offset;
            if ((a << 16 >> 16) != a) throw fault(seg == 2 ? Vectors.SS : Vectors.GP, 0);
            return a;
        }
        return (segBase[seg] + offset) & 0xFFFFFFFFL;
    }

    public long read(long a, int size) {
        if (alignmentCheck) checkAlignment(a, size);
        return switch (size) {
            case 1 -> mem.read8(a);
            case 2 -> mem.read16(a);
            case 4 -> mem.read32(a) & 0xFFFFFFFFL;
            default -> mem.read64(a);
        };
    }

    /** Reads a read-modify-write memory operand (faults report a write access). */
    public long readRmw(long a, int size) {
        if (alignmentCheck) checkAlignment(a, size);
        return mem.readForWrite(a, size);
    }

    public void write(long a, int size, long v) {
        if (alignmentCheck) checkAlignment(a, size);
        switch (size) {
            case 1 -> mem.write8(a, (int) v);
            case 2 -> mem.write16(a, (int) v);
            case 4 -> mem.write32(a, (int) v);
            default -> mem.write64(a, v);
        }
    }

    /** Checks that a write of {@code size} bytes at {@code a} would succeed, without writing. */
    public void probeWrite(long a, int size) {
        mem.checkWrite(a, size);
    }

    /** Reads the ModRM.rm operand (register or memory). */
    public long rm(Instruction i, int size) {
        return i.isMemory ? read(ea(i), size) : reg(i, i.rm, size);
    }

    /** Writes the ModRM.rm operand at a linear address computed earlier (or the register). */
    public void setRm(Instruction i, int size, long linear, long v) {
        if (i.isMemory) write(linear, size, v);
        else setReg(i, i.rm, size, v);
    }

    // ================================================================ stack

    int stackAddrSize() {
        return mode == 64 ? 8 : (segAttr[2] & 0x4000) != 0 ? 4 : 2;
    }

    public void push(int size, long v) {
        long sp = gpr[RSP] - size;
        int as = stackAddrSize();
        if (as == 4) sp &= 0xFFFFFFFFL;
        else if (as == 2) sp &= 0xFFFF;
        write(linear(2, sp), size, v);
        setGpr(RSP, as, sp);
    }

    public long pop(int size) {
        long sp = gpr[RSP];
        int as = stackAddrSize();
        if (as == 4) sp &= 0xFFFFFFFFL;
        else if (as == 2) sp &= 0xFFFF;
        long v = read(linear(2, sp), size);
        setGpr(RSP, as, sp + size);
        return v;
    }

    /** Reads the value a pop would return without changing RSP. */
    public long peek(int size, int offset) {
        long sp = gpr[RSP] + offset;
        int as = stackAddrSize();
        if (as == 4) sp &= 0xFFFFFFFFL;
        else if (as == 2) sp &= 0xFFFF;
        return read(linear(2, sp), size);
    }
}
