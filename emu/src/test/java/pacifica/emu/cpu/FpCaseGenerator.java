package pacifica.emu.cpu;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSpec;

/**
 * Random x87/SSE test sequences for {@link FpDifferentialTest}: one to four implemented legacy x87 and
 * SSE forms from the table (memory operands at absolute scratch addresses, one of them poked with an
 * interesting value), started from a random FXSAVE image: x87 registers drawn from zeros, infinities,
 * QNaNs, SNaNs, the indefinite, denormals, pseudo-denormals, unnormals, small integers and values at
 * rounding boundaries; random tags, TOP, rounding and precision control, some unmasked exceptions;
 * XMM lanes of interesting binary32/binary64 values; random MXCSR rounding, DAZ, FTZ and masks.
 */
final class FpCaseGenerator {
    /** Forms whose results the host computes only approximately (agreement is reported, not required). */
    static final Set<String> TRANSCENDENTAL = Set.of("FSIN", "FCOS", "FSINCOS", "FPTAN", "FPATAN", "F2XM1", "FYL2X", "FYL2XP1");

    record Case(String label, int[] formIds, byte[] code, long seed, long[] regs, long rflags, int pokeOffset, long pokeValue,
                byte[] fx, List<int[]> ignore, boolean transcendental) {
        DiffCase diffCase() {
            return new DiffCase(label, formIds[0], code, seed, regs, rflags, pokeOffset, pokeValue);
        }
    }

    private final Random rnd;
    private final Decoder decoder = new Decoder();
    private final Instruction insn = new Instruction();
    final List<InstructionForm> forms = new ArrayList<>();

    FpCaseGenerator(long seed) {
        this(seed, f -> true);
    }

    /** A generator drawing only the eligible forms {@code only} accepts. */
    FpCaseGenerator(long seed, java.util.function.Predicate<InstructionForm> only) {
        rnd = new Random(seed);
        Dispatch d = Dispatch.get();
        for (InstructionForm f : InstructionTable.get().forms()) if (eligible(d, f) && only.test(f)) forms.add(f);
    }

    static boolean eligible(Dispatch d, InstructionForm f) {
        if (f.space != InstructionForm.SPACE_LEGACY || f.modes == InstructionForm.MODES_NOT64 || f.addressSizeConstraint == 2) return false;
        int op = d.op[f.id];
        boolean fp = op == Dispatch.FPU || op == Dispatch.SSE || f.mnemonic.equals("FWAIT") || isSimd(op);
        return fp;
    }

    /** Handlers of the SIMD extensions (see {@link Dispatch}); kept apart so that this compiles before they exist. */
    static boolean isSimd(int op) {
        return op >= 121 && op <= 129; // Dispatch.SIMD, SSE_FP ...
    }

    Case generate() {
        int n = rnd.nextInt(2) == 0 ? 1 : 2 + rnd.nextInt(3);
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        List<int[]> ignore = new ArrayList<>();
        int[] ids = new int[n];
        StringBuilder label = new StringBuilder();
        boolean trans = false;
        int pokeOffset = DiffCase.NO_POKE;
        long pokeValue = 0;
        for (int k = 0; k < n; k++) {
            byte[] one = null;
            InstructionForm f = null;
            int off = 0;
            for (int attempt = 0; attempt < 50 && one == null; attempt++) {
                f = forms.get(rnd.nextInt(forms.size()));
                off = 0x200 + 16 * rnd.nextInt(0x150);
                if (rnd.nextInt(10) == 0) off += 1 + rnd.nextInt(15);
                one = encode(f, NativeHarness.CODE + code.size(), off);
                // Not over bytes an earlier FNSTENV/FNSAVE/FXSAVE left untracked (FIP, FOP, FDP: not modelled)
                if (one != null && insn.isMemory && overlapsIgnored(ignore, off)) one = null;
            }
            if (one == null) return null;
            code.write(one, 0, one.length);
            ids[k] = f.id;
            if (k > 0) label.append(" ; ");
            label.append(f.mnemonic).append(' ').append(java.util.Arrays.toString(f.operands)).append(" [").append(f.origin).append(']');
            trans |= TRANSCENDENTAL.contains(f.mnemonic);
            if (insn.isMemory) {
                String m = f.mnemonic;
                if (pokeOffset == DiffCase.NO_POKE && rnd.nextInt(3) != 0 && (off & 7) == 0) {
                    pokeOffset = off;
                    pokeValue = memoryValue();
                }
            }
        }
        long[] regs = new long[16];
        for (int k = 0; k < 16; k++) regs[k] = rnd.nextInt(3) == 0 ? rnd.nextInt(64) - 8 : rnd.nextLong();
        regs[Cpu.RSP] = NativeHarness.SCRATCH + 0x1800;
        regs[Cpu.RDI] = NativeHarness.SCRATCH + 0x100 + rnd.nextInt(0x100); // MASKMOVDQU's target (elsewhere the host's kernel half gives other #PF codes)
        long rflags = 0x202 | (rnd.nextLong() & 0x8D5);
        return new Case(label.toString(), ids, code.toByteArray(), rnd.nextLong(), regs, rflags, pokeOffset, pokeValue, image(),
                ignore, trans);
    }

    private static boolean overlapsIgnored(List<int[]> ignore, int off) {
        for (int[] r : ignore) if (off < r[1] && off + 512 > r[0]) return true; // up to an FXSAVE image's size
        return false;
    }

    /** One encoding of {@code f} at {@code origin} with its memory operand at scratch offset {@code off}, or null. */
    private byte[] encode(InstructionForm f, long origin, int off) {
        boolean memory = f.modConstraint == InstructionForm.MOD_MEM
                || (f.hasModrm && f.modrmRm < 0 && f.modConstraint == InstructionForm.MOD_ANY && rnd.nextBoolean());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        switch (f.mandatoryPrefix) {
            case InstructionForm.PREFIX_66 -> b.write(0x66);
            case InstructionForm.PREFIX_F2 -> b.write(0xF2);
            case InstructionForm.PREFIX_F3 -> b.write(0xF3);
            default -> {
                if (f.mandatoryPrefix == InstructionForm.PREFIX_ANY && rnd.nextInt(8) == 0) b.write(0x66);
            }
        }
        int w = f.w >= 0 ? f.w : f.operandSizeConstraint == 8 ? 1 : rnd.nextInt(4) == 0 ? 1 : 0;
        int rex = w << 3 | (rnd.nextInt(3) == 0 ? 4 : 0) | (!memory && rnd.nextInt(3) == 0 ? 1 : 0);
        if (rex != 0) b.write(0x40 | rex);
        switch (f.map) {
            case InstructionForm.MAP_0F -> b.write(0x0F);
            case InstructionForm.MAP_0F38 -> { b.write(0x0F); b.write(0x38); }
            case InstructionForm.MAP_0F3A -> { b.write(0x0F); b.write(0x3A); }
            default -> { }
        }
        b.write(f.opcode + (f.plusRegister ? rnd.nextInt(8) : 0));
        if (f.hasModrm) {
            int reg = f.modrmReg >= 0 ? f.modrmReg : rnd.nextInt(8);
            if (f.modrmRm >= 0) {
                b.write(0xC0 | reg << 3 | f.modrmRm);
            } else if (memory) {
                b.write(reg << 3 | 4);
                b.write(0x25);
                long a = NativeHarness.SCRATCH + off;
                for (int k = 0; k < 4; k++) b.write((int) (a >>> (8 * k)) & 0xFF);
            } else {
                b.write(0xC0 | reg << 3 | rnd.nextInt(8));
            }
        }
        for (int k = 0; k < 8; k++) b.write(rnd.nextInt(256));
        byte[] raw = b.toByteArray();
        int len = decoder.decode(raw, 0, raw.length, origin, 64, insn);
        if (insn.form != f) return null;
        return java.util.Arrays.copyOf(raw, len);
    }

    // ================================================================ values

    private long memoryValue() {
        return switch (rnd.nextInt(4)) {
            case 0 -> (float32() & 0xFFFFFFFFL) | (long) float32() << 32;
            case 1 -> float32() & 0xFFFFFFFFL | (rnd.nextLong() << 32);
            case 2 -> rnd.nextInt(5) == 0 ? Long.MIN_VALUE >> rnd.nextInt(50) : rnd.nextInt(2000) - 1000;
            default -> double64();
        };
    }

    long double64() {
        long s = rnd.nextBoolean() ? Long.MIN_VALUE : 0;
        long frac = rnd.nextLong() & 0xFFFFFFFFFFFFFL;
        return s | switch (rnd.nextInt(12)) {
            case 0 -> 0;
            case 1 -> 0x7FF0000000000000L;
            case 2 -> 0x7FF8000000000000L | frac;
            case 3 -> 0x7FF0000000000000L | (frac | 1) & 0x7FFFFFFFFFFFFL;
            case 4 -> frac >>> rnd.nextInt(52);
            case 5 -> 0x3FF0000000000000L + ((long) (rnd.nextInt(64) - 32) << 52);
            case 6 -> (long) (1 + rnd.nextInt(3)) << 52 | frac;
            case 7 -> (long) (0x7FD + rnd.nextInt(2)) << 52 | frac;
            case 8 -> (long) (0x3F0 + rnd.nextInt(32)) << 52 | (frac | 0x1FFFFFFFL) & ~(rnd.nextBoolean() ? 0x20000000L : 0);
            case 9 -> Double.doubleToRawLongBits(rnd.nextInt(1 << 20) - (1 << 19)) & Long.MAX_VALUE;
            default -> (long) (0x3C0 + rnd.nextInt(128)) << 52 | frac;
        };
    }

    int float32() {
        int s = rnd.nextBoolean() ? Integer.MIN_VALUE : 0;
        int frac = rnd.nextInt() & 0x7FFFFF;
        return s | switch (rnd.nextInt(12)) {
            case 0 -> 0;
            case 1 -> 0x7F800000;
            case 2 -> 0x7FC00000 | frac;
            case 3 -> 0x7F800000 | (frac | 1) & 0x3FFFFF;
            case 4 -> frac >>> rnd.nextInt(23);
            case 5 -> 0x3F800000 + ((rnd.nextInt(32) - 16) << 23);
            case 6 -> (1 + rnd.nextInt(3)) << 23 | frac;
            case 7 -> (0xFD + rnd.nextInt(2)) << 23 | frac;
            case 8 -> (0x70 + rnd.nextInt(32)) << 23 | frac | 0xFFF;
            case 9 -> Float.floatToRawIntBits(rnd.nextInt(1 << 12) - (1 << 11)) & Integer.MAX_VALUE;
            default -> (0x60 + rnd.nextInt(64)) << 23 | frac;
        };
    }

    /** Writes a random 80-bit register value (significand, then sign and exponent) at {@code at}. */
    private void float80(byte[] fx, int at) {
        int sign = rnd.nextBoolean() ? 0x8000 : 0;
        long m = rnd.nextLong() | Long.MIN_VALUE;
        int e;
        switch (rnd.nextInt(16)) {
            case 0 -> { e = 0; m = 0; }
            case 1 -> { e = 0x7FFF; m = Long.MIN_VALUE; }
            case 2 -> { e = 0x7FFF; m |= 0x4000000000000000L; }
            case 3 -> { e = 0x7FFF; m = (m & ~0x4000000000000000L) | 1; }
            case 4 -> { e = 0x7FFF; m = 0xC000000000000000L; sign = 0x8000; }
            case 5 -> { e = 0; m = (m & Long.MAX_VALUE) >>> rnd.nextInt(63); }
            case 6 -> { e = rnd.nextInt(40) == 0 ? 0 : 1 + rnd.nextInt(0x7FFE); if (rnd.nextInt(4) != 0) m &= Long.MAX_VALUE; }
            case 7 -> { int v = 1 + rnd.nextInt(1000); e = 0x3FFF + 63 - Long.numberOfLeadingZeros(v); m = (long) v << Long.numberOfLeadingZeros(v); }
            case 8 -> { e = 0x3FFF + rnd.nextInt(64) - 8; m = m & ~0x7FFL | (rnd.nextBoolean() ? 0x400 : 0x3FF); }
            case 9 -> { e = 0x3FFF + rnd.nextInt(64) - 8; m = m & ~0xFFFFFFFFFFL | (rnd.nextBoolean() ? 0x8000000000L : 0x7FFFFFFFFFL); }
            case 10 -> e = rnd.nextBoolean() ? 0x7FFE - rnd.nextInt(4) : 1 + rnd.nextInt(4);
            case 11 -> e = 0x3C00 + rnd.nextInt(0x800);
            default -> e = 0x3FF0 + rnd.nextInt(0x20);
        }
        long se = sign | e;
        for (int k = 0; k < 8; k++) fx[at + k] = (byte) (m >>> (8 * k));
        fx[at + 8] = (byte) se;
        fx[at + 9] = (byte) (se >>> 8);
    }

    /** A random FXSAVE image (only bytes 0-415 matter). */
    private byte[] image() {
        byte[] fx = new byte[512];
        int pc = new int[] {0, 2, 3, 3, 3, 1}[rnd.nextInt(6)];
        int fcw = 0x40 | pc << 8 | rnd.nextInt(4) << 10 | 0x3F;
        if (rnd.nextInt(6) == 0) fcw &= ~(1 << rnd.nextInt(6));
        if (rnd.nextInt(20) == 0) fcw &= ~rnd.nextInt(64);
        int top = rnd.nextInt(8);
        int cc = rnd.nextInt(16);
        int fsw = (cc & 7) << 8 | (cc >> 3) << 14 | top << 11;
        if (rnd.nextInt(3) == 0) fsw |= rnd.nextInt(64) & fcw & 0x3F;
        if (rnd.nextInt(30) == 0) fsw |= 1 << rnd.nextInt(6);
        if ((fsw & ~fcw & 0x3F) != 0) fsw |= 0x8080;
        int tags;
        switch (rnd.nextInt(6)) {
            case 0 -> tags = 0;
            case 1 -> tags = 0xFF;
            default -> tags = rnd.nextInt(256) | rnd.nextInt(256);
        }
        put(fx, 0, fcw, 2);
        put(fx, 2, fsw, 2);
        fx[4] = (byte) tags;
        int mxcsr = 0x1F80 | rnd.nextInt(4) << 13;
        if (rnd.nextInt(6) == 0) mxcsr |= 0x8000;
        if (rnd.nextInt(6) == 0) mxcsr |= 0x40;
        if (rnd.nextInt(8) == 0) mxcsr &= ~(0x80 << rnd.nextInt(6));
        if (rnd.nextInt(3) == 0) mxcsr |= rnd.nextInt(64) & (mxcsr >> 7);
        if (rnd.nextInt(8) == 0) mxcsr |= Cpu.MXCSR_MM; // AMD's misaligned SSE mode
        put(fx, 24, mxcsr, 4);
        for (int k = 0; k < 8; k++) float80(fx, 32 + 16 * k);
        for (int r = 0; r < 32; r++) {
            long v = rnd.nextBoolean() ? double64() : (float32() & 0xFFFFFFFFL) | (long) float32() << 32;
            if (rnd.nextInt(8) == 0) v = rnd.nextLong();
            put(fx, 160 + 8 * r, v, 8);
        }
        return fx;
    }

    private static void put(byte[] b, int at, long v, int n) {
        for (int k = 0; k < n; k++) b[at + k] = (byte) (v >>> (8 * k));
    }
}
