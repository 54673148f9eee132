package pacifica.emu.cpu;

import pacifica.emu.Vectors;
import pacifica.emu.x87.Float80;
import pacifica.emu.x87.Float80Convert;
import pacifica.emu.x87.FpEnv;
import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.InstructionForm;

/**
 * The x87 unit: every D8-DF form of the table plus FXSAVE/FXRSTOR, on the 80-bit arithmetic of
 * {@link pacifica.emu.x87}. Registers are kept in physical order ({@link Cpu#fpMant}/{@link Cpu#fpExp});
 * ST(k) is physical register (TOP + k) mod 8. {@link Cpu#ftw} holds the full two-bit tag word, of
 * which only "empty" (11) is state: the other tags are recomputed from the contents when saved, as
 * the hardware's abridged tag implies.
 *
 * <p>Dispatch is by escape byte and ModRM (the table names the forms; the encoding selects the
 * operation), see {@link #opFor}. Exceptions: the library reports IE DE ZE OE UE PE per operation; they
 * accumulate in the status word and an unmasked one sets ES and B, so that the next waiting x87
 * instruction (or FWAIT) raises #MF (CR0.NE=1 behaviour). Stack faults set IE and SF with C1 = 1 for
 * overflow, 0 for underflow; the masked response writes the QNaN indefinite. FIP/FDP/FOP are not
 * tracked: FNSTENV/FNSAVE/FXSAVE store zero there.
 */
public final class X87 {
    private X87() {}

    static final int FXSAVE = 8, FXRSTOR = 9;
    private static final int IE = FpEnv.IE, C0 = FpEnv.C0, C1 = FpEnv.C1, C2 = FpEnv.C2, C3 = FpEnv.C3;
    private static final int SF = 0x40, ES = 0x80, B = 0x8000, CC = FpEnv.CONDITION_CODES;
    private static final int IND_SE = Float80.INDEFINITE_SE;
    private static final long IND_M = Float80.INDEFINITE_M;

    /** The operation for a form: the escape byte's low three bits (0-7), FXSAVE/FXRSTOR; -1 otherwise. */
    public static int opFor(InstructionForm f) {
        if (f.space != InstructionForm.SPACE_LEGACY || f.attributes.containsKey("ud")) return -1;
        if (f.map == InstructionForm.MAP_LEGACY && f.opcode >= 0xD8 && f.opcode <= 0xDF) return f.opcode - 0xD8;
        if (f.mnemonic.startsWith("FXSAVE")) return FXSAVE;
        if (f.mnemonic.startsWith("FXRSTOR")) return FXRSTOR;
        return -1;
    }

    // ================================================================ register stack

    static int phys(Cpu c, int st) {
        return (c.fpTop + st) & 7;
    }

    static boolean empty(Cpu c, int st) {
        return ((c.ftw >> (2 * phys(c, st))) & 3) == 3;
    }

    private static void setTag(Cpu c, int p, int tag) {
        c.ftw = (c.ftw & ~(3 << (2 * p))) | tag << (2 * p);
    }

    /** The two-bit tag the contents of a register imply: valid 0, zero 1, special 2. */
    static int tagOf(int se, long m) {
        int e = se & 0x7FFF;
        if (e == 0) return m == 0 ? 1 : 2;
        if (e == 0x7FFF || m >= 0) return 2;
        return 0;
    }

    /** The full tag word as FNSTENV/FNSAVE store it. */
    static int fullTags(Cpu c) {
        int t = 0;
        for (int p = 0; p < 8; p++) {
            int tag = ((c.ftw >> (2 * p)) & 3) == 3 ? 3 : tagOf(c.fpExp[p], c.fpMant[p]);
            t |= tag << (2 * p);
        }
        return t;
    }

    static void put(Cpu c, int st, int se, long m) {
        int p = phys(c, st);
        c.fpExp[p] = se & 0xFFFF;
        c.fpMant[p] = m;
        setTag(c, p, 0);
    }

    static void push(Cpu c, int se, long m) {
        c.fpTop = (c.fpTop - 1) & 7;
        put(c, 0, se, m);
    }

    static void pop(Cpu c) {
        setTag(c, c.fpTop, 3);
        c.fpTop = (c.fpTop + 1) & 7;
    }

    static int se(Cpu c, int st) {
        return c.fpExp[phys(c, st)];
    }

    static long m(Cpu c, int st) {
        return c.fpMant[phys(c, st)];
    }

    // ================================================================ status word

    /** Records an operation's result flags: exception bits ORed in, the condition codes in {@code ccMask} replaced. */
    static void status(Cpu c, int flags, int ccMask) {
        c.fsw = (c.fsw & ~ccMask) | (flags & ccMask) | (flags & 0x3F);
        summary(c);
    }

    /** ES and B follow the unmasked exceptions in the status word (recomputed when FCW or FSW is loaded). */
    static void summary(Cpu c) {
        if ((c.fsw & ~c.fcw & 0x3F) != 0) c.fsw |= ES | B;
        else c.fsw &= ~(ES | B);
    }

    /** Stack overflow (push onto a full register) or underflow (read of an empty one); true when masked. */
    static boolean stackFault(Cpu c, boolean overflow) {
        c.fsw = (c.fsw & ~C1) | IE | SF | (overflow ? C1 : 0); // C0 C2 C3 unchanged, as on the host
        summary(c);
        return (c.fcw & IE) != 0;
    }

    static FpEnv env(Cpu c) {
        FpEnv e = c.fpEnv;
        e.control = c.fcw;
        e.denormalSource = false;
        return e;
    }

    // ================================================================ execution

    public static void execute(Cpu c, Instruction i, int op) {
        if ((c.cr0 & 0xC) != 0) throw c.fault(Vectors.NM, -1); // EM or TS
        if (op == FXSAVE) {
            X87State.fxsave(c, i);
            return;
        }
        if (op == FXRSTOR) {
            X87State.fxrstor(c, i);
            return;
        }
        int modrm = i.modrm;
        int reg = (modrm >> 3) & 7;
        if (op == 3 && modrm == 0xE5) throw c.ud(); // FRSTPM: #UD before a pending #MF (host)
        if (!noWait(op, modrm, i.isMemory) && (c.fsw & ES) != 0) throw c.fault(Vectors.MF, -1);
        if (!control(op, reg, i.isMemory, modrm)) {
            c.fpIp = i.address;
            c.fpCs = c.segSelector[Instruction.CS];
            c.fpOp = op << 8 | modrm;
            if (i.isMemory) {
                c.fpDp = c.offset(i);
                c.fpDs = c.segSelector[i.segment];
            }
        }
        if (i.isMemory) memory(c, i, op, reg);
        else register(c, op, reg, modrm & 7, modrm);
    }

    /**
     * Block-time specialization of the hottest register forms (see {@link Fast#specialize}): the
     * D8/DC/DE arithmetic (add, mul, sub, subr, div, divr; the compares excluded) and the D9 one-operand
     * functions F2XM1 FSQRT FRNDINT FSIN FCOS, as an operand word for {@link #fastRegister}; -1 otherwise.
     * The word holds what {@link #execute} would derive from the ModRM byte for these forms: the
     * last-instruction opcode (bits 16-26) and the handler's arguments (bits 0-15).
     */
    static int fastOperand(int op, Instruction i) {
        if (i.isMemory) return -1;
        int modrm = i.modrm, reg = (modrm >> 3) & 7, st = modrm & 7, fop = (op << 8 | modrm) << 16;
        if ((op == 0 || op == 4 || op == 6) && reg != 2 && reg != 3) { // none of them an undocumented alias
            int dst = op == 0 ? 0 : st, other = op == 0 ? st : 0;
            return fop | reg | dst << 4 | other << 8 | (op == 6 ? 1 << 12 : 0);
        }
        if (op == 1 && (modrm == 0xF0 || modrm == 0xFA || modrm == 0xFC || modrm == 0xFE || modrm == 0xFF)) {
            return fop | 1 << 15 | modrm;
        }
        return -1;
    }

    /** Executes a form {@link #fastOperand} accepted, exactly as {@link #execute} would. */
    static void fastRegister(Cpu c, Instruction i, int w) {
        if ((c.cr0 & 0xC) != 0) throw c.fault(Vectors.NM, -1); // EM or TS
        if ((c.fsw & ES) != 0) throw c.fault(Vectors.MF, -1);
        c.fpIp = i.address;
        c.fpCs = c.segSelector[Instruction.CS];
        c.fpOp = w >>> 16;
        if ((w & 1 << 15) != 0) X87Misc.unary(c, w & 0xFF);
        else twoStack(c, w & 7, (w >> 4) & 7, (w >> 8) & 7, (w & 1 << 12) != 0);
    }

    /**
     * The control instructions, which leave the last-instruction pointers alone: the no-wait ones,
     * FLDENV, FLDCW and FRSTOR.
     */
    private static boolean control(int op, int reg, boolean mem, int modrm) {
        return noWait(op, modrm, mem) || mem && (op == 1 && (reg == 4 || reg == 5) || op == 5 && reg == 4);
    }

    /** FNINIT FNCLEX FNSTENV FNSAVE FNSTSW FNSTCW and the 8087/287 no-ops do not check pending exceptions. */
    private static boolean noWait(int op, int modrm, boolean mem) {
        int reg = (modrm >> 3) & 7;
        if (mem) return (op == 1 && (reg == 6 || reg == 7)) || (op == 5 && (reg == 6 || reg == 7));
        return (op == 3 && modrm >= 0xE0 && modrm <= 0xE4) || (op == 7 && modrm == 0xE0);
    }

    // ---------------------------------------------------------------- memory forms

    private static void memory(Cpu c, Instruction i, int op, int reg) {
        long a = c.ea(i);
        switch (op) {
            case 0 -> arithMem(c, reg, c.read(a, 4), 32);
            case 4 -> arithMem(c, reg, c.read(a, 8), 64);
            case 2 -> arithMem(c, reg, (int) c.read(a, 4), 0);
            case 6 -> arithMem(c, reg, (short) c.read(a, 2), 0);
            case 1 -> {
                switch (reg) {
                    case 0 -> loadFloat(c, c.read(a, 4), 32);
                    case 2 -> storeFloat(c, a, 32, false);
                    case 3 -> storeFloat(c, a, 32, true);
                    case 4 -> X87State.ldenv(c, i, a);
                    case 5 -> {
                        c.fcw = controlWord((int) c.read(a, 2));
                        summary(c);
                    }
                    case 6 -> {
                        X87State.stenv(c, i, a);
                        c.fcw |= 0x3F;
                        summary(c);
                    }
                    case 7 -> c.write(a, 2, c.fcw);
                    default -> throw c.ud();
                }
            }
            case 3 -> {
                switch (reg) {
                    case 0 -> loadInt(c, (int) c.read(a, 4));
                    case 1 -> storeInt(c, a, 32, true, true);
                    case 2 -> storeInt(c, a, 32, false, false);
                    case 3 -> storeInt(c, a, 32, true, false);
                    case 5 -> {
                        long lo = c.read(a, 8);
                        int hi = (int) c.read(a + 8, 2);
                        if (!empty(c, 7)) {
                            if (stackFault(c, true)) push(c, IND_SE, IND_M);
                            return;
                        }
                        push(c, hi, lo);
                        c.fsw &= ~C1;
                    }
                    case 7 -> {
                        c.probeWrite(a + 9, 1);
                        if (empty(c, 0)) {
                            if (!stackFault(c, false)) return;
                            c.write(a, 8, IND_M);
                            c.write(a + 8, 2, IND_SE);
                        } else {
                            c.write(a, 8, m(c, 0));
                            c.write(a + 8, 2, se(c, 0));
                            c.fsw &= ~C1;
                        }
                        pop(c);
                    }
                    default -> throw c.ud();
                }
            }
            case 5 -> {
                switch (reg) {
                    case 0 -> loadFloat(c, c.read(a, 8), 64);
                    case 1 -> storeInt(c, a, 64, true, true);
                    case 2 -> storeFloat(c, a, 64, false);
                    case 3 -> storeFloat(c, a, 64, true);
                    case 4 -> X87State.frstor(c, i, a);
                    case 6 -> {
                        X87State.fsave(c, i, a);
                        c.fninit();
                    }
                    case 7 -> c.write(a, 2, statusWord(c));
                    default -> throw c.ud();
                }
            }
            case 7 -> {
                switch (reg) {
                    case 0 -> loadInt(c, (short) c.read(a, 2));
                    case 1 -> storeInt(c, a, 16, true, true);
                    case 2 -> storeInt(c, a, 16, false, false);
                    case 3 -> storeInt(c, a, 16, true, false);
                    case 4 -> {
                        long lo = c.read(a, 8);
                        int hi = (int) c.read(a + 8, 2);
                        if (!empty(c, 7)) {
                            if (stackFault(c, true)) push(c, IND_SE, IND_M);
                            return;
                        }
                        FpEnv e = env(c);
                        Float80Convert.fromBcd(e, lo, hi);
                        push(c, e.se, e.m);
                        c.fsw &= ~C1;
                    }
                    case 5 -> loadInt(c, c.read(a, 8));
                    case 6 -> {
                        c.probeWrite(a + 9, 1);
                        if (empty(c, 0)) {
                            if (!stackFault(c, false)) return;
                            c.write(a, 8, 0xC000000000000000L);
                            c.write(a + 8, 2, 0xFFFF);
                            pop(c);
                            return;
                        }
                        FpEnv e = env(c);
                        boolean ok = Float80Convert.toBcd(e, se(c, 0), m(c, 0));
                        if (ok) {
                            c.write(a, 8, e.bits);
                            c.write(a + 8, 2, e.bitsHigh);
                        }
                        status(c, e.flags, C1);
                        if (ok) pop(c);
                    }
                    case 7 -> storeInt(c, a, 64, true, false);
                    default -> throw c.ud();
                }
            }
            default -> throw c.ud();
        }
    }

    /** A loaded control word: the reserved bits 7 and 13-15 read as zero, bit 6 as one (host behaviour). */
    static int controlWord(int v) {
        return (v & 0x1F3F) | 0x40;
    }

    static int statusWord(Cpu c) {
        int sw = (c.fsw & ~(0x3800 | B)) | (c.fpTop & 7) << 11;
        return (sw & ES) != 0 ? sw | B : sw; // B mirrors ES (also after FXRSTOR/FLDENV of an image)
    }

    /** D8/DC/DA/DE memory forms: ST(0) op m32fp/m64fp/m32int/m16int ({@code fmt} 32, 64, or 0 = integer). */
    private static void arithMem(Cpu c, int reg, long v, int fmt) {
        if (empty(c, 0)) {
            if (stackFault(c, false) && reg != 2 && reg != 3) put(c, 0, IND_SE, IND_M);
            if (reg == 2 || reg == 3) {
                c.fsw |= C0 | C2 | C3;
                if (reg == 3 && (c.fcw & IE) != 0) pop(c);
            }
            return;
        }
        FpEnv e = env(c);
        if (fmt == 32) Float80Convert.widenFloat32(e, (int) v);
        else if (fmt == 64) Float80Convert.widenFloat64(e, v);
        else Float80Convert.fromInt(e, v);
        int bse = e.se;
        long bm = e.m;
        binary(c, reg, 0, se(c, 0), m(c, 0), bse, bm, false);
    }

    /**
     * The eight D8-row operations on destination ST(dst) = a op b ({@code reg}: 0 add, 1 mul, 2 com,
     * 3 comp, 4 sub, 5 subr, 6 div, 7 divr); {@code pop} pops after a written result.
     */
    private static void binary(Cpu c, int reg, int dst, int sa, long ma, int sb, long mb, boolean popAfter) {
        FpEnv e = c.fpEnv;
        boolean ok;
        switch (reg) {
            case 0 -> ok = Float80.add(e, sa, ma, sb, mb);
            case 1 -> ok = Float80.mul(e, sa, ma, sb, mb);
            case 2, 3 -> {
                boolean fine = Float80.compare(e, sa, ma, sb, mb, false);
                status(c, e.flags & ~C1, CC);
                if (reg == 3 && fine) pop(c);
                return;
            }
            case 4 -> ok = Float80.sub(e, sa, ma, sb, mb);
            case 5 -> ok = Float80.sub(e, sb, mb, sa, ma);
            case 6 -> ok = Float80.div(e, sa, ma, sb, mb);
            default -> ok = Float80.div(e, sb, mb, sa, ma);
        }
        if (ok) put(c, dst, e.se, e.m);
        status(c, e.flags, C1);
        if (ok && popAfter) pop(c);
    }

    private static void loadFloat(Cpu c, long bits, int fmt) {
        FpEnv e = env(c);
        boolean ok = fmt == 32 ? Float80Convert.fromFloat32(e, (int) bits) : Float80Convert.fromFloat64(e, bits);
        if (!empty(c, 7)) {
            if (stackFault(c, true)) push(c, IND_SE, IND_M);
            return;
        }
        if (ok) push(c, e.se, e.m);
        status(c, e.flags, C1);
    }

    private static void loadInt(Cpu c, long v) {
        if (!empty(c, 7)) {
            if (stackFault(c, true)) push(c, IND_SE, IND_M);
            return;
        }
        FpEnv e = env(c);
        Float80Convert.fromInt(e, v);
        push(c, e.se, e.m);
        c.fsw &= ~C1;
    }

    private static void storeFloat(Cpu c, long a, int fmt, boolean popAfter) {
        int size = fmt / 8;
        if (empty(c, 0)) {
            c.probeWrite(a, size);
            if (!stackFault(c, false)) return;
            c.write(a, size, fmt == 32 ? 0xFFC00000L : 0xFFF8000000000000L);
            if (popAfter) pop(c);
            return;
        }
        FpEnv e = env(c);
        boolean ok = fmt == 32 ? Float80Convert.toFloat32(e, se(c, 0), m(c, 0)) : Float80Convert.toFloat64(e, se(c, 0), m(c, 0));
        if (ok) c.write(a, size, e.bits);
        status(c, e.flags, C1);
        if (ok && popAfter) pop(c);
    }

    private static void storeInt(Cpu c, long a, int width, boolean popAfter, boolean truncate) {
        int size = width / 8;
        if (empty(c, 0)) {
            c.probeWrite(a, size);
            if (!stackFault(c, false)) return;
            c.write(a, size, 1L << (width - 1));
            if (popAfter) pop(c);
            return;
        }
        FpEnv e = env(c);
        boolean ok = Float80Convert.toInt(e, se(c, 0), m(c, 0), width, truncate);
        if (ok) c.write(a, size, e.bits);
        status(c, e.flags, C1);
        if (ok && popAfter) pop(c);
    }

    // ---------------------------------------------------------------- register forms

    private static void register(Cpu c, int op, int reg, int st, int modrm) {
        // The undocumented aliases (x87.isa, attribute undoc) run as their documented instructions.
        if (op == 1 && reg == 3) {
            // FSTP1 (D9 D8+i) is FSTP without the underflow check: an empty ST(0) stores nothing (host)
            if (!empty(c, 0)) put(c, st, se(c, 0), m(c, 0));
            c.fsw &= ~C1;
            pop(c);
            return;
        }
        if (op == 7 && (reg == 2 || reg == 3)) { // FSTP8, FSTP9: DD D8+i
            op = 5;
            reg = 3;
        } else if (op == 5 && reg == 1 || op == 7 && reg == 1) { // FXCH4, FXCH7: D9 C8+i
            op = 1;
            reg = 1;
        } else if (op == 4 && (reg == 2 || reg == 3) || op == 6 && reg == 2) { // FCOM2, FCOMP3, FCOMP5: D8 D0+i / D8+i
            reg = op == 4 ? reg : 3;
            op = 0;
        }
        modrm = 0xC0 | reg << 3 | st;
        switch (op) {
            case 0 -> twoStack(c, reg, 0, st, false);
            case 4 -> twoStack(c, reg, st, 0, false);
            case 6 -> {
                if (modrm == 0xD9) compareStack(c, 1, false, 2);
                else twoStack(c, reg, st, 0, true);
            }
            case 1 -> X87Misc.d9(c, reg, st, modrm);
            case 2 -> {
                if (modrm == 0xE9) compareStack(c, 1, true, 2);
                else fcmov(c, reg, st, false);
            }
            case 3 -> {
                switch (reg) {
                    case 0, 1, 2, 3 -> fcmov(c, reg, st, true);
                    case 4 -> {
                        if (modrm == 0xE2) c.fsw &= ~0x80FF;
                        else if (modrm == 0xE3) c.fninit();
                        else if (modrm == 0xE5) throw c.ud();
                        // E0 E1 E4: 8087/287 controls, no-ops
                    }
                    case 5 -> fcomi(c, st, true, false);
                    case 6 -> fcomi(c, st, false, false);
                    default -> throw c.ud();
                }
            }
            case 5 -> {
                switch (reg) {
                    case 0 -> {
                        setTag(c, phys(c, st), 3);
                        c.fsw &= ~C1; // C0 C2 C3 unchanged, C1 cleared (host)
                    }
                    case 2, 3 -> {
                        if (empty(c, 0)) {
                            if (!stackFault(c, false)) return;
                            put(c, st, IND_SE, IND_M);
                        } else {
                            put(c, st, se(c, 0), m(c, 0));
                            c.fsw &= ~C1;
                        }
                        if (reg == 3) pop(c);
                    }
                    case 4 -> compareStack(c, st, true, 0);
                    case 5 -> compareStack(c, st, true, 1);
                    default -> throw c.ud();
                }
            }
            case 7 -> {
                switch (reg) {
                    case 0 -> {
                        setTag(c, phys(c, st), 3);
                        pop(c);
                        c.fsw &= ~C1;
                    }
                    case 4 -> {
                        if (modrm != 0xE0) throw c.ud();
                        c.gpr[0] = (c.gpr[0] & ~0xFFFFL) | statusWord(c);
                    }
                    case 5 -> fcomi(c, st, true, true);
                    case 6 -> fcomi(c, st, false, true);
                    default -> throw c.ud();
                }
            }
            default -> throw c.ud();
        }
    }

    /**
     * Two-register arithmetic: destination ST(dst) = ST(dst) op ST(other) in D8-row terms, where for
     * the DC/DE rows ({@code dst} = i) reg 4 "FSUBR ST(i),ST" computes ST(0) - ST(i).
     */
    private static void twoStack(Cpu c, int reg, int dst, int other, boolean popAfter) {
        if (reg == 2 || reg == 3) {
            compareStack(c, other, false, reg == 3 ? 1 : 0);
            return;
        }
        if (empty(c, dst) || empty(c, other)) {
            if (stackFault(c, false)) {
                put(c, dst, IND_SE, IND_M);
                if (popAfter) pop(c);
            }
            return;
        }
        env(c);
        int sa = se(c, dst), sb = se(c, other);
        long ma = m(c, dst), mb = m(c, other);
        if (dst != 0) {
            // DC/DE rows: reg 4 (E0+i) = ST(0) - ST(i), reg 5 = ST(i) - ST(0), 6 = ST(0) / ST(i), 7 = ST(i) / ST(0).
            switch (reg) {
                case 4 -> reg = 5;
                case 5 -> reg = 4;
                case 6 -> reg = 7;
                case 7 -> reg = 6;
                default -> { }
            }
        }
        binary(c, reg, dst, sa, ma, sb, mb, popAfter);
    }

    /** FCOM/FCOMP/FCOMPP/FUCOM*: compares ST(0) with ST(st); pops {@code pops} times unless an unmasked exception. */
    static void compareStack(Cpu c, int st, boolean quiet, int pops) {
        if (empty(c, 0) || empty(c, st)) {
            boolean masked = stackFault(c, false);
            c.fsw |= C0 | C2 | C3;
            if (masked) for (int k = 0; k < pops; k++) pop(c);
            return;
        }
        FpEnv e = env(c);
        boolean ok = Float80.compare(e, se(c, 0), m(c, 0), se(c, st), m(c, st), quiet);
        status(c, e.flags & ~C1, CC);
        if (ok) for (int k = 0; k < pops; k++) pop(c);
    }

    private static void fcomi(Cpu c, int st, boolean quiet, boolean popAfter) {
        if (empty(c, 0) || empty(c, st)) {
            boolean masked = stackFault(c, false);
            c.setAllStatus(0x45); // unordered, even when IE is unmasked (host)
            if (masked && popAfter) pop(c);
            return;
        }
        FpEnv e = env(c);
        boolean ok = Float80.compare(e, se(c, 0), m(c, 0), se(c, st), m(c, st), quiet);
        int f = e.flags;
        c.setAllStatus(((f & C3) != 0 ? 0x40 : 0) | ((f & C2) != 0 ? 4 : 0) | ((f & C0) != 0 ? 1 : 0));
        status(c, f & 0x3F, 0); // the host leaves C0-C3 unchanged
        if (ok && popAfter) pop(c);
    }

    private static void fcmov(Cpu c, int reg, int st, boolean negate) {
        boolean cond = switch (reg) {
            case 0 -> c.cond(0x2); // B: CF
            case 1 -> c.cond(0x4); // E: ZF
            case 2 -> c.cond(0x6); // BE: CF or ZF
            default -> c.cond(0xA); // U: PF
        };
        if (negate) cond = !cond;
        if (empty(c, 0) || empty(c, st)) {
            if (stackFault(c, false)) put(c, 0, IND_SE, IND_M);
            return;
        }
        if (cond) put(c, 0, se(c, st), m(c, st)); // C1 unchanged, as on the host
    }
}
