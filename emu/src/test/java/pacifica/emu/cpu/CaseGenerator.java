package pacifica.emu.cpu;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.Flow;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSpec;

/**
 * Generates differential test cases from the instruction table: for a form, random prefixes
 * (66, REX bits, LOCK, 67 for string forms, REP), random ModRM register or memory operands (memory
 * at absolute addresses inside the scratch buffer), random immediates, random registers drawn
 * from interesting values and random status flags and DF. Encodings are checked by decoding
 * them with the Decoder: a case is kept only when it decodes to the intended form.
 */
final class CaseGenerator {
    /** Forms left out of the differential run, with the reason (they are tested by hand). */
    static final Set<String> EXCLUDED = Set.of(
            "CPUID", "RDTSC", "RDTSCP", "RDRAND", "RDSEED", "RDPID", // host-specific or random values
            "POPF", // random flags images would set TF/AC and trap the harness
            "INT", "INT1", // user-mode gate checks differ from run-flat's flat model
            "SYSCALL"); // a real system call in the harness; without a handler the emulator raises #UD

    private static final long[] SPECIAL = {0, 1, 2, 3, 7, 8, 0xF, 0x10, 0x1F, 0x20, 0x3F, 0x40, 0x7F, 0x80, 0xFF,
        0x100, 0x7FFF, 0x8000, 0xFFFF, 0x10000, 0x7FFFFFFFL, 0x80000000L, 0xFFFFFFFFL, 0x100000000L,
        Long.MAX_VALUE, Long.MIN_VALUE, -1, -2, 0x8000000000000001L, 0xFFFFFFFF00000000L, 0x00FF00FF00FF00FFL};

    private final Random rnd;
    private final Decoder decoder = new Decoder();
    private final Instruction insn = new Instruction();
    final Dispatch dispatch = Dispatch.get();

    CaseGenerator(long seed) {
        rnd = new Random(seed);
    }

    static boolean eligible(InstructionForm f) {
        return (f.space == InstructionForm.SPACE_LEGACY || f.space == InstructionForm.SPACE_VEX)
                && f.modes != InstructionForm.MODES_NOT64
                && f.addressSizeConstraint != 2
                && Dispatch.get().implemented(f) && !EXCLUDED.contains(f.mnemonic)
                // The harness sets up no XMM or x87 state: x87, MMX and SIMD forms are compared by FpDifferentialTest.
                && !(f.feature != null && (f.feature.startsWith("SSE") || f.feature.equals("X87")))
                && X87.opFor(f) < 0 && Simd.opFor(f) < 0 && Mmx.opFor(f) < 0;
    }

    static List<InstructionForm> eligibleForms() {
        List<InstructionForm> out = new ArrayList<>();
        for (InstructionForm f : InstructionTable.get().forms()) if (eligible(f)) out.add(f);
        return out;
    }

    long value() {
        return switch (rnd.nextInt(6)) {
            case 0, 1 -> SPECIAL[rnd.nextInt(SPECIAL.length)];
            case 2 -> rnd.nextInt(64);
            case 3 -> rnd.nextInt() & 0xFFFFFFFFL;
            default -> rnd.nextLong();
        };
    }

    private static boolean hasOperand(InstructionForm f, OperandKind k) {
        for (OperandSpec o : f.operands) if (o.kind() == k) return true;
        return false;
    }

    private static boolean isString(InstructionForm f) {
        return hasOperand(f, OperandKind.X) || hasOperand(f, OperandKind.Y);
    }

    private List<InstructionForm> producers;
    /** Registers the last {@link #producer()} writes. */
    private int producerDest, producerOther;

    /**
     * A register-only flag-producing instruction (ADD..CMP, TEST, INC/DEC, NEG, shifts, BT ...) whose
     * destination is not a register the following instruction relies on (rCX, rBX, rSP, rBP, rSI, rDI),
     * so that the next instruction consumes lazily recorded flags. Returns its bytes or null.
     */
    byte[] producer() {
        if (producers == null) {
            producers = new ArrayList<>();
            for (InstructionForm f : eligibleForms()) {
                if ((f.flagsWritten & 0x8D5) != 0 && f.flow == Flow.NONE && f.modConstraint != InstructionForm.MOD_MEM
                        && f.space == InstructionForm.SPACE_LEGACY && !f.mnemonic.equals("DIV") && !f.mnemonic.equals("IDIV")
                        && !((f.mnemonic.equals("MUL") || f.mnemonic.equals("IMUL")) && f.operands.length == 1)
                        && !isString(f) && !f.mnemonic.equals("SAHF") && !f.mnemonic.startsWith("CMPXCHG")) {
                    producers.add(f);
                }
            }
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            InstructionForm f = producers.get(rnd.nextInt(producers.size()));
            DiffCase c = generate1(f, NativeHarness.CODE);
            if (c == null || insn.isMemory || insn.lock) continue;
            int dest = f.operands.length > 0 && f.operands[0].kind() == OperandKind.G ? insn.reg : insn.rm;
            boolean both = f.mnemonic.equals("XCHG") || f.mnemonic.equals("XADD");
            int other = both ? (dest == insn.reg ? insn.rm : insn.reg) : dest;
            if (dest == 1 || (dest >= 3 && dest <= 7) || other == 1 || (other >= 3 && other <= 7)
                    || insn.reg == 4 || insn.rm == 4) {
                continue;
            }
            producerDest = dest;
            producerOther = other;
            return c.code();
        }
        return null;
    }

    /** One case for {@code f}, or null when the random encoding did not decode to {@code f}. */
    DiffCase generate(InstructionForm f) {
        return generate(f, true);
    }

    /** A case for {@code f}; with {@code chain}, sometimes preceded by a flag-producing instruction. */
    DiffCase generate(InstructionForm f, boolean chain) {
        byte[] before = chain && rnd.nextInt(3) == 0 ? producer() : null;
        if (before != null && f.mnemonic.equals("RET")) before = null; // RET's target is poked at the initial RSP
        DiffCase c = generate1(f, NativeHarness.CODE + (before == null ? 0 : before.length));
        if (c == null || before == null) return c;
        if (f.flow != Flow.NONE && !hasOperand(f, OperandKind.J)) return generate1(f, NativeHarness.CODE);
        // The producer must not move the consumer's memory operand out of the scratch buffer.
        boolean bitOffset = f.mnemonic.startsWith("BT") && (insn.reg == producerDest || insn.reg == producerOther);
        if (insn.isMemory && (insn.base == producerDest || insn.index == producerDest || insn.base == producerOther
                || insn.index == producerOther || bitOffset)) {
            return generate1(f, NativeHarness.CODE);
        }
        byte[] code = new byte[before.length + c.code().length];
        System.arraycopy(before, 0, code, 0, before.length);
        System.arraycopy(c.code(), 0, code, before.length, c.code().length);
        return new DiffCase(c.label() + " (after a flag producer)", c.formId(), code, c.seed(), c.regs(), c.rflags(),
                c.pokeOffset(), c.pokeValue());
    }

    /** One instruction (plus branch filler) for {@code f}, to run at {@code origin}. */
    private DiffCase generate1(InstructionForm f, long origin) {
        boolean flow = f.flow != Flow.NONE;
        boolean memory = f.modConstraint == InstructionForm.MOD_MEM
                || (f.hasModrm && f.modrmRm < 0 && f.modConstraint == InstructionForm.MOD_ANY && rnd.nextBoolean());
        // Memory addressing: 0 absolute [disp32] (SIB, no base), 1 RIP-relative, 2 base + index*scale + disp32.
        int amode = memory ? (rnd.nextInt(2) == 0 ? 0 : 1 + rnd.nextInt(2)) : 0;
        int baseReg = rnd.nextInt(16), indexReg = rnd.nextInt(3) == 0 ? -1 : rnd.nextInt(16), scale = rnd.nextInt(4);
        if (indexReg == 4 || indexReg == baseReg) indexReg = -1;
        int rexX = amode == 2 && indexReg >= 8 ? 1 : 0;
        int rexB = amode == 2 ? baseReg >> 3 : rnd.nextInt(2);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        boolean a32 = false;
        if (f.space == InstructionForm.SPACE_VEX) {
            vexPrefix(f, b, rexX, rexB);
        } else {
            if (f.lockable && (memory ? rnd.nextInt(4) == 0 : rnd.nextInt(40) == 0)) b.write(0xF0);
            if ((isString(f) || hasOperand(f, OperandKind.O) || memory) && rnd.nextInt(5) == 0 && !flow) {
                b.write(0x67);
                a32 = true;
            }
            if (f.addressSizeConstraint == 4 && !a32) {
                b.write(0x67);
                a32 = true;
            }
            if (f.addressSizeConstraint == 8 && a32) return null;
            switch (f.mandatoryPrefix) {
                case InstructionForm.PREFIX_66 -> b.write(0x66);
                case InstructionForm.PREFIX_F2 -> b.write(0xF2);
                case InstructionForm.PREFIX_F3 -> b.write(0xF3);
                default -> { }
            }
            if (f.mandatoryPrefix == InstructionForm.PREFIX_ANY || f.mandatoryPrefix == InstructionForm.PREFIX_NP) {
                if (f.operandSizeConstraint == 2 || (f.operandSizeConstraint == 0 && !flow && rnd.nextInt(4) == 0
                        && f.mandatoryPrefix == InstructionForm.PREFIX_ANY)) {
                    b.write(0x66);
                }
                if ((f.rep || f.repcc) && rnd.nextInt(3) != 0) b.write(rnd.nextBoolean() ? 0xF3 : 0xF2);
            }
            int w = f.w >= 0 ? f.w : f.operandSizeConstraint == 8 ? 1
                    : f.operandSizeConstraint != 0 ? 0 : (flow ? 0 : rnd.nextInt(2));
            int rex = w << 3 | rnd.nextInt(2) << 2 | rexX << 1 | rexB;
            if (rex != 0 || rnd.nextBoolean()) b.write(0x40 | rex);
            switch (f.map) {
                case InstructionForm.MAP_0F -> b.write(0x0F);
                case InstructionForm.MAP_0F38 -> { b.write(0x0F); b.write(0x38); }
                case InstructionForm.MAP_0F3A -> { b.write(0x0F); b.write(0x3A); }
                default -> { }
            }
        }
        b.write(f.opcode + (f.plusRegister ? rnd.nextInt(8) : 0));
        boolean alignedDisp = rnd.nextBoolean();
        int dispOffset = 0x1000 + (rnd.nextInt(1024) - 512);
        if (alignedDisp) dispOffset &= ~15;
        if (f.hasModrm) {
            int reg = f.modrmReg >= 0 ? f.modrmReg : rnd.nextInt(8);
            if (f.modrmRm >= 0) {
                b.write(0xC0 | reg << 3 | f.modrmRm);
            } else if (memory && amode == 0) {
                b.write(reg << 3 | 4);
                b.write(0x25);
                writeLe(b, NativeHarness.SCRATCH + dispOffset, 4);
            } else if (memory && amode == 1) {
                b.write(reg << 3 | 5);
                writeLe(b, 0, 4); // patched once the length is known
            } else if (memory) {
                b.write(0x80 | reg << 3 | 4);
                b.write(scale << 6 | (indexReg < 0 ? 4 : indexReg & 7) << 3 | (baseReg & 7));
                writeLe(b, rnd.nextInt(256) - 128, 4);
            } else {
                b.write(0xC0 | reg << 3 | rnd.nextInt(8));
            }
        }
        // Immediates and moffs: random bytes, except where the value must make sense.
        int fillerCount = 0;
        if (hasOperand(f, OperandKind.O)) {
            writeLe(b, NativeHarness.SCRATCH + dispOffset, a32 ? 4 : 8);
        } else if (hasOperand(f, OperandKind.J)) {
            fillerCount = rnd.nextInt(3);
            writeLe(b, 3L * fillerCount, f.operands[0].size() == pacifica.x86.isa.OperandSize.b ? 1 : 4);
        } else {
            for (int k = 0; k < 8; k++) b.write(rnd.nextInt(4) == 0 ? (int) SPECIAL[rnd.nextInt(SPECIAL.length)] & 0xFF : rnd.nextInt(256));
        }
        byte[] raw = b.toByteArray();
        int len = decoder.decode(raw, 0, raw.length, origin, 64, insn);
        if (insn.form != f) return null;
        if (memory && amode == 1) {
            if (insn.base != Instruction.BASE_RIP) return null;
            long disp = NativeHarness.SCRATCH + dispOffset - (origin + len);
            for (int k = 0; k < 4; k++) raw[insn.dispOffset + k] = (byte) (disp >>> (8 * k));
            decoder.decode(raw, 0, raw.length, origin, 64, insn);
        }
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        code.write(raw, 0, len);
        for (int k = 0; k < fillerCount; k++) { // inc %rax: shows whether a branch skipped it
            code.write(0x48);
            code.write(0xFF);
            code.write(0xC0);
        }
        byte[] bytes = code.toByteArray();
        long end = origin + bytes.length;

        long seed = rnd.nextLong();
        long[] regs = new long[16];
        for (int k = 0; k < 16; k++) regs[k] = value();
        regs[Cpu.RSP] = NativeHarness.SCRATCH + 0x1800 + 8L * (rnd.nextInt(64) - 32);
        long rflags = 0x202 | (rnd.nextLong() & 0x8D5) | (rnd.nextInt(4) == 0 ? 0x400 : 0);
        int pokeOffset = DiffCase.NO_POKE;
        long pokeValue = 0;
        String m = f.mnemonic;
        if (isString(f) || m.equals("XLAT")) {
            regs[Cpu.RSI] = NativeHarness.SCRATCH + 0x1000 + rnd.nextInt(1600) - 800;
            regs[Cpu.RDI] = NativeHarness.SCRATCH + 0x1000 + rnd.nextInt(1600) - 800;
            regs[Cpu.RBX] = NativeHarness.SCRATCH + 0x1000 + rnd.nextInt(512) - 256;
            regs[Cpu.RCX] = rnd.nextInt(4) == 0 ? value() & 0xFFFF_0000_0000_0000L | rnd.nextInt(20) : rnd.nextInt(20);
            if (rnd.nextInt(8) == 0) { // a REPE/REPNE run with equal elements
                regs[Cpu.RSI] = regs[Cpu.RDI];
            }
        }
        if ((m.equals("BT") || m.equals("BTS") || m.equals("BTR") || m.equals("BTC")) && insn.isMemory) {
            regs[insn.reg] = (rnd.nextInt(4) == 0 ? value() & ~0xFFFFL : 0) | (rnd.nextInt(16000) - 8000) & 0xFFFF;
            if (insn.operandSize != 2) regs[insn.reg] = rnd.nextInt(16000) - 8000;
        }
        if (m.equals("LEAVE") || m.equals("ENTER")) {
            regs[Cpu.RBP] = NativeHarness.SCRATCH + 0x1400 + 8L * (rnd.nextInt(64) - 32);
            if (rnd.nextBoolean()) regs[Cpu.RBP] |= value() & 0xFFFF_FFFF_0000_0000L & 0;
        }
        if ((m.equals("DIV") || m.equals("IDIV")) && rnd.nextBoolean()) {
            regs[Cpu.RDX] = m.equals("IDIV") && regs[Cpu.RAX] < 0 ? -1 : 0;
            if (rnd.nextBoolean()) regs[Cpu.RDX] = rnd.nextInt(3);
        }
        if (memory && amode == 2) {
            if (insn.isMemory && (insn.reg == baseReg || insn.reg == indexReg) && m.startsWith("BT")) return null;
            long indexValue = rnd.nextInt(33);
            long baseValue = NativeHarness.SCRATCH + dispOffset - insn.disp - (indexReg < 0 ? 0 : indexValue << scale);
            if (a32 && baseReg != Cpu.RSP && rnd.nextBoolean()) baseValue |= value() << 32; // ignored by addr32
            regs[baseReg] = baseValue;
            if (indexReg >= 0) regs[indexReg] = indexValue;
        }
        byte[] scratch = DiffCase.initialScratch(seed);
        if (insn.isMemory && (m.startsWith("CMPXCHG")) && rnd.nextBoolean()) {
            regs[Cpu.RAX] = readLe(scratch, dispOffset);
            regs[Cpu.RDX] = readLe(scratch, dispOffset + 8);
            if (m.equals("CMPXCHG8B")) regs[Cpu.RDX] = regs[Cpu.RAX] >>> 32;
        }
        if ((m.equals("CALL") || m.equals("JMP")) && !hasOperand(f, OperandKind.J)) {
            if (insn.isMemory) {
                pokeOffset = dispOffset;
                pokeValue = end;
            } else {
                regs[insn.rm] = end;
                if (insn.rm == Cpu.RSP) return null;
            }
        }
        if (m.equals("RET")) {
            pokeOffset = (int) (regs[Cpu.RSP] - NativeHarness.SCRATCH);
            pokeValue = end;
        }
        String label = f.mnemonic + " " + java.util.Arrays.toString(f.operands) + " [" + f.origin + "]";
        return new DiffCase(label, f.id, bytes, seed, regs, rflags, pokeOffset, pokeValue);
    }

    /** A three-byte VEX prefix for {@code f}: random R and vvvv (when used), X and B as the addressing needs. */
    private void vexPrefix(InstructionForm f, ByteArrayOutputStream b, int x, int bb) {
        boolean usesVvvv = hasOperand(f, OperandKind.B) || hasOperand(f, OperandKind.H);
        int r = rnd.nextInt(2);
        int map = f.map; // MAP_0F = 1, MAP_0F38 = 2, MAP_0F3A = 3: the VEX mmmmm values
        int w = f.w >= 0 ? f.w : rnd.nextInt(2);
        int vvvv = usesVvvv ? rnd.nextInt(16) : 0;
        int l = f.vexL > 0 ? 1 : 0;
        int pp = switch (f.mandatoryPrefix) {
            case InstructionForm.PREFIX_66 -> 1;
            case InstructionForm.PREFIX_F3 -> 2;
            case InstructionForm.PREFIX_F2 -> 3;
            default -> 0;
        };
        b.write(0xC4);
        b.write((r ^ 1) << 7 | (x ^ 1) << 6 | (bb ^ 1) << 5 | map);
        b.write(w << 7 | (~vvvv & 15) << 3 | l << 2 | pp);
    }

    private static void writeLe(ByteArrayOutputStream b, long v, int n) {
        for (int k = 0; k < n; k++) b.write((int) (v >>> (8 * k)) & 0xFF);
    }

    private static long readLe(byte[] s, int p) {
        long v = 0;
        for (int k = 7; k >= 0; k--) v = v << 8 | (s[p + k] & 0xFF);
        return v;
    }
}
