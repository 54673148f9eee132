package pacifica.x86.conformance;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSize;
import pacifica.x86.isa.OperandSpec;

/**
 * The one generator of machine-code encodings of table forms for the tests. The bytes are written
 * from the encoding rules of the manuals ({@link EncodingBytes}), never by the project's encoder or
 * decoder, so that decoder, formatters and encoder can be checked against GNU objdump and the host
 * CPU. Three sample sets, each kept stable because the tests' expectations were measured on them:
 * <ul>
 * <li>{@link #samples}: seeded random variants of any form (operand sizes, REX, every memory
 *     shape, immediate edges) for the broad conformance sweeps;
 * <li>{@link #systematic}: a fixed set of ModRM shapes, extension bits and VEX.L/W/two-byte
 *     variants per legacy or VEX form, for the per-file table checks;
 * <li>{@link #legacy}, {@link #legacyWithExtraPrefixes}, {@link #simd}: legacy SIMD forms with
 *     chosen immediates and the prefix combinations that must not change the form.
 * </ul>
 */
public final class EncodingGenerator {
    /**
     * A generated encoding.
     *
     * @param form   the form it was generated for
     * @param mode   16, 32 or 64
     * @param bytes  the instruction
     * @param what   what it exercises, for messages
     * @param memory whether its ModRM names memory
     * @param rexW   whether REX.W is set
     * @param exact  whether the decoder must pick exactly {@code form} (false where a more specific
     *               sibling may claim it, e.g. a REX.W variant of a form without a W constraint, and
     *               for the random samples)
     */
    public record Sample(InstructionForm form, int mode, byte[] bytes, String what, boolean memory, boolean rexW,
                         boolean exact) {
        Sample withPrefixes(int... prefixes) {
            byte[] b = new byte[prefixes.length + bytes.length];
            for (int i = 0; i < prefixes.length; i++) b[i] = (byte) prefixes[i];
            System.arraycopy(bytes, 0, b, prefixes.length, bytes.length);
            return new Sample(form, mode, b, what, memory, rexW, exact);
        }
    }

    // ------------------------------------------------------------------ random samples

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

    /**
     * {@code perForm} random samples of {@code f} in {@code mode}: operand-size and REX variants,
     * random registers and memory shapes of every kind, immediates at their edges, an FS override
     * or address-size prefix now and then. Fewer when some variants do not exist for the form.
     */
    public List<Sample> samples(InstructionForm f, int mode, int perForm) {
        List<Sample> out = new ArrayList<>();
        if (f.modes == InstructionForm.MODES_NOT64 && mode == 64) return out;
        if (f.modes == InstructionForm.MODES_ONLY64 && mode != 64) return out;
        if (f.space == InstructionForm.SPACE_EVEX) return out;
        for (int i = 0; i < perForm; i++) {
            byte[] b = sample(f, mode, i);
            if (b != null) out.add(new Sample(f, mode, b, "random #" + i, false, false, false));
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
            EncodingBytes.mandatoryPrefix(b, f);
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
        if (!vex) EncodingBytes.escape(b, f.map);
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
        int vvvv = EncodingBytes.usesVvvv(f) ? random.nextInt(mode == 64 ? 16 : 8) : 0;
        int l = f.vexL >= 0 ? f.vexL : random.nextInt(2);
        int w = f.w >= 0 ? f.w : random.nextInt(2);
        if (mode != 64) rex &= 8;
        boolean twoByte = f.map == InstructionForm.MAP_0F && w == 0 && (rex & 3) == 0 && random.nextBoolean();
        EncodingBytes.vex(b, !twoByte, rex & 7, f.map, w, vvvv, l, EncodingBytes.vexPp(f));
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
        EncodingBytes.immediate(b, value, size);
    }


    /** Whether a VEX form names a register in VEX.vvvv (for tests that build probes around a form). */
    public static boolean usesVvvv(InstructionForm f) {
        return EncodingBytes.usesVvvv(f);
    }

    // ------------------------------------------------------------------ systematic samples

    /** The modes a form is valid in, of 64 and 32 (a legacy REX.W form only in 64). */
    public static List<Integer> modes(InstructionForm f) {
        List<Integer> modes = new ArrayList<>();
        if (f.modes != InstructionForm.MODES_NOT64) modes.add(64);
        if (f.modes != InstructionForm.MODES_ONLY64 && !(f.space == InstructionForm.SPACE_LEGACY && f.w == 1)) {
            modes.add(32);
        }
        return modes;
    }

    /**
     * Every systematic sample of {@code f} (legacy or VEX) in each mode it is valid in: the ModRM
     * shapes of {@link #modrmChoices}, without and (64-bit) with all of REX/VEX R, X, B set, every
     * allowed VEX.L and VEX.W, and the two-byte VEX form where it can express the instruction.
     * Immediate bytes are 05 06 07..., a VEX.vvvv register 6 (9 with the extension bits).
     */
    public static List<Sample> systematic(InstructionForm f) {
        List<Sample> out = new ArrayList<>();
        for (int mode : modes(f)) systematic(f, mode, out);
        return out;
    }

    private static void systematic(InstructionForm f, int mode, List<Sample> out) {
        // Register-extension variants: none, and (64-bit only) all of R/X/B set.
        int[] exts = mode == 64 ? new int[] {0, 7} : new int[] {0};
        for (int ext : exts) {
            for (ModrmChoice m : modrmChoices(f, mode)) {
                boolean memory = m.what.startsWith("mem");
                if (f.space == InstructionForm.SPACE_LEGACY) {
                    boolean rexW = f.w == 1 || f.operandSizeConstraint == 8;
                    out.add(new Sample(f, mode, legacy(f, mode, ext, m), m.what + (ext != 0 ? " rex.rxb" : ""),
                            memory, rexW, false));
                } else {
                    for (int l : f.vexL >= 0 ? new int[] {f.vexL} : new int[] {0, 1}) {
                        for (int w : f.w >= 0 ? new int[] {f.w} : new int[] {0, 1}) {
                            out.add(new Sample(f, mode, vex(f, mode, ext, m, l, w, true),
                                    m.what + " vex3 L" + l + " W" + w + (ext != 0 ? " rxb" : ""), memory, w == 1, false));
                            if (f.map == InstructionForm.MAP_0F && w == 0 && (ext & 3) == 0) {
                                out.add(new Sample(f, mode, vex(f, mode, ext, m, l, w, false),
                                        m.what + " vex2 L" + l, memory, false, false));
                            }
                        }
                    }
                }
            }
        }
    }

    /** A ModRM byte plus the SIB/displacement bytes that follow it. */
    private record ModrmChoice(int modrm, byte[] tail, String what) {}

    /** Register operands, and memory as base, disp8, SIB+disp32 and RIP-relative/absolute. */
    private static List<ModrmChoice> modrmChoices(InstructionForm f, int mode) {
        List<ModrmChoice> l = new ArrayList<>();
        if (!f.hasModrm) {
            l.add(new ModrmChoice(-1, new byte[0], "no-modrm"));
            return l;
        }
        if (f.modrmRm >= 0) {
            l.add(new ModrmChoice(0xC0 | f.modrmReg << 3 | f.modrmRm, new byte[0], "fixed"));
            return l;
        }
        int reg = f.modrmReg >= 0 ? f.modrmReg : 2;
        if (f.modConstraint != InstructionForm.MOD_MEM) {
            l.add(new ModrmChoice(0xC0 | reg << 3 | 3, new byte[0], "reg"));
            l.add(new ModrmChoice(0xC0 | reg << 3 | 6, new byte[0], "reg"));
        }
        if (f.has("anymod")) {
            // MOV CR/DR ignore ModRM.mod: no SIB or displacement bytes follow, whatever mod says.
            for (int mod = 0; mod < 3; mod++) {
                l.add(new ModrmChoice(mod << 6 | reg << 3 | 4, new byte[0], "anymod mod=" + mod));
            }
        } else if (f.modConstraint != InstructionForm.MOD_REG) {
            l.add(new ModrmChoice(reg << 3, new byte[0], "mem (base)"));
            l.add(new ModrmChoice(0x40 | reg << 3 | 1, new byte[] {0x10}, "mem disp8"));
            l.add(new ModrmChoice(0x80 | reg << 3 | 4, new byte[] {(byte) 0x88, 0x78, 0x56, 0x34, 0x12},
                    "mem sib disp32"));
            l.add(new ModrmChoice(reg << 3 | 5, new byte[] {0x00, 0x01, 0x00, 0x00},
                    mode == 64 ? "mem rip" : "mem abs"));
        }
        return l;
    }

    private static byte[] legacy(InstructionForm f, int mode, int ext, ModrmChoice m) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        EncodingBytes.mandatoryPrefix(b, f);
        if (f.operandSizeConstraint == 2 && mode != 16) b.write(0x66);
        int rex = (f.w == 1 || f.operandSizeConstraint == 8 ? 8 : 0) | (f.hasModrm && f.modrmRm < 0 ? ext : 0);
        if (f.plusRegister) rex |= ext & 1;
        if (rex != 0) b.write(0x40 | rex);
        EncodingBytes.escape(b, f.map);
        b.write(f.opcode + (f.plusRegister ? 3 : 0));
        if (m.modrm >= 0) {
            b.write(m.modrm);
            b.writeBytes(m.tail);
        }
        countingImmediates(f, f.w == 1 && mode == 64 ? 8 : 4, b);
        return b.toByteArray();
    }

    private static byte[] vex(InstructionForm f, int mode, int ext, ModrmChoice m, int l, int w, boolean three) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int vvvv = EncodingBytes.usesVvvv(f) ? (ext != 0 ? 9 : 6) : 0;
        EncodingBytes.vex(b, three, mode == 64 ? ext : 0, f.map, w, vvvv, l, EncodingBytes.vexPp(f));
        b.write(f.opcode);
        if (m.modrm >= 0) {
            b.write(m.modrm);
            b.writeBytes(m.tail);
        }
        countingImmediates(f, 4, b);
        return b.toByteArray();
    }

    /** Immediates, relative offsets and register-in-immediate (L) operands: bytes 05 06 07... (L: 50). */
    private static void countingImmediates(InstructionForm f, int opsize, ByteArrayOutputStream b) {
        for (OperandSpec o : f.operands) {
            int n = switch (o.kind()) {
                case I -> switch (o.size()) {
                    case b, bs -> 1;
                    case w -> 2;
                    case d, z -> 4;
                    case q -> 8;
                    case v -> opsize;
                    default -> throw new IllegalStateException("immediate " + o);
                };
                case L -> 1;
                case J -> o.size() == OperandSize.b ? 1 : 4;
                default -> 0;
            };
            for (int i = 0; i < n; i++) b.write(o.kind() == OperandKind.L ? 0x50 : 0x05 + i);
        }
    }

    // ------------------------------------------------------------------ opcode-space sweeps

    /**
     * A legacy-space instruction for sweeps over the opcode space: an optional prefix (-1: none),
     * an optional REX (0: none), the escape of {@code map} ({@code InstructionForm.MAP_*}), the
     * opcode, ModRM and {@code tail} (displacement/immediate bytes).
     */
    public static byte[] legacyBytes(int prefix, int rex, int map, int opcode, int modrm, int... tail) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (prefix >= 0) b.write(prefix);
        if (rex != 0) b.write(rex);
        EncodingBytes.escape(b, map);
        b.write(opcode);
        b.write(modrm);
        for (int t : tail) b.write(t);
        return b.toByteArray();
    }

    /**
     * A three-byte-VEX instruction for sweeps over the VEX space: no register extension
     * (R, X, B clear), the given map, W, vvvv (stored inverted), L and pp, then opcode, ModRM and
     * {@code tail}.
     */
    public static byte[] vex3Bytes(int map, int w, int vvvv, int l, int pp, int opcode, int modrm, int... tail) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        EncodingBytes.vex(b, true, 0, map, w, vvvv, l, pp);
        b.write(opcode);
        b.write(modrm);
        for (int t : tail) b.write(t);
        return b.toByteArray();
    }

    // ------------------------------------------------------------------ host-CPU probes

    /**
     * A legacy-space encoding of {@code f} that is safe to try in user mode: register operands are
     * rax (ModRM.rm = 0, reg = 0 unless fixed), memory operands RIP-relative to the harness's data
     * word at page offset 0x800, immediates zero.
     */
    public static byte[] userModeProbe(InstructionForm f) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        EncodingBytes.mandatoryPrefix(b, f);
        if (f.w == 1 || f.operandSizeConstraint == 8) b.write(0x48);
        EncodingBytes.escape(b, f.map);
        b.write(f.opcode);
        int dispAt = -1;
        if (f.hasModrm) {
            int reg = f.modrmReg >= 0 ? f.modrmReg : 0;
            if (f.modrmRm >= 0) {
                b.write(0xC0 | reg << 3 | f.modrmRm);
            } else if (f.modConstraint == InstructionForm.MOD_MEM) {
                b.write(reg << 3 | 5);
                dispAt = b.size();
                b.writeBytes(new byte[4]);
            } else {
                b.write(0xC0 | reg << 3);
            }
        }
        for (OperandSpec o : f.operands) if (o.kind() == OperandKind.I) b.write(0);
        byte[] code = b.toByteArray();
        if (dispAt >= 0) {
            int disp = 0x800 - code.length;
            for (int k = 0; k < 4; k++) code[dispAt + k] = (byte) (disp >> (8 * k));
        }
        return code;
    }

    /**
     * The register form of a VEX general-register form (BMI) with three-byte VEX and the given
     * VEX.L, safe in user mode: G = rax (or the fixed ModRM.reg), E = rdx, a VEX.vvvv operand rcx
     * (1111b when unused), a trailing immediate 05.
     */
    public static byte[] userModeVexProbe(InstructionForm f, int l) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int vvvv = EncodingBytes.usesVvvv(f) ? 1 : 0;
        EncodingBytes.vex(b, true, 0, f.map, f.w, vvvv, l, EncodingBytes.vexPp(f));
        b.write(f.opcode);
        b.write(0xC0 | (f.modrmReg >= 0 ? f.modrmReg : 0) << 3 | 2);
        if (f.operands[f.operands.length - 1].kind() == OperandKind.I) b.write(0x05);
        return b.toByteArray();
    }

    // ------------------------------------------------------------------ legacy SIMD samples

    /** A memory ModRM (mod and rm; reg filled in later) with its SIB and displacement bytes. */
    private record Mem(int mod, int rm, int[] tail) {}

    private static final List<Mem> LEGACY_MEMORY = List.of(
            new Mem(0, 0, new int[0]),                              // [rax]
            new Mem(1, 4, new int[] {0x58, 0x10}),                  // [rax+rbx*2+0x10]
            new Mem(2, 5, new int[] {0x78, 0x56, 0x34, 0x12}),      // [rbp+0x12345678]
            new Mem(0, 5, new int[] {0x40, 0x00, 0x00, 0x00}));     // [rip+0x40] / [0x40]

    /**
     * Samples of a legacy-encoded form {@code f} in {@code mode} (32 or 64) whose Ib immediates
     * take the given byte values (the last one repeats): register and memory ModRM, without REX,
     * with REX.R+B, with REX.X, with REX.W. A prefix-ignoring "ud" form (one that objdump decodes
     * with any 66/F2/F3 but whose strict twin requires none) gets a prefix no other form claims, so
     * that the encodings reach it. Each sample's {@code exact} says whether the decoder must pick
     * exactly {@code f}.
     */
    public static List<Sample> legacy(InstructionForm f, int mode, int... immediates) {
        List<Sample> plain = plainLegacy(f, mode, immediates);
        if (!f.has("ud") || f.mandatoryPrefix != InstructionForm.PREFIX_ANY) return plain;
        int[][] candidates = {{0xF3, InstructionForm.PREFIX_F3}, {0xF2, InstructionForm.PREFIX_F2},
                {0x66, InstructionForm.PREFIX_66}};
        for (int[] c : candidates) {
            if (prefixedSibling(f, c[1])) continue;
            List<Sample> out = new ArrayList<>();
            for (Sample e : plain) out.add(e.withPrefixes(c[0]));
            return out;
        }
        throw new IllegalStateException("no free prefix for " + f);
    }

    private static List<Sample> plainLegacy(InstructionForm f, int mode, int[] immediates) {
        List<Sample> out = new ArrayList<>();
        if (f.space != InstructionForm.SPACE_LEGACY) return out;
        if (mode != 64 && (f.modes == InstructionForm.MODES_ONLY64 || f.w == 1)) return out;
        if (mode == 64 && f.modes == InstructionForm.MODES_NOT64) return out;
        if (!f.hasModrm) {
            if (f.w != 1) out.add(new Sample(f, mode, build(f, 0, -1, null, immediates), "no-modrm", false, false, true));
            if (mode == 64 && f.w != 0) {
                out.add(new Sample(f, mode, build(f, 0x48, -1, null, immediates), "no-modrm rex.w", false, true,
                        f.w == 1));
            }
            return out;
        }
        int reg = f.modrmReg >= 0 ? f.modrmReg : 1;
        boolean regAllowed = f.modConstraint != InstructionForm.MOD_MEM;
        boolean memAllowed = f.modConstraint != InstructionForm.MOD_REG;
        int mustW = f.w == 1 ? 0x48 : 0;
        List<Integer> rexes = new ArrayList<>();
        if (mode == 64) {
            if (f.w != 1) rexes.add(0);
            rexes.add(mustW | 0x40 | 0x4 | 0x1); // R and B: registers 8-15 / base r8
            rexes.add(mustW | 0x40 | 0x2);       // X: index r11
            if (f.w == 1) rexes.add(0x48);
            if (f.w < 0) rexes.add(0x48);
        } else {
            rexes.add(0);
        }
        for (int rex : rexes) {
            boolean w = (rex & 8) != 0;
            boolean exact = !w || f.w == 1;
            String what = rex == 0 ? "" : String.format(" rex %02x", rex);
            if (regAllowed) {
                int rm = f.modrmRm >= 0 ? f.modrmRm : 2;
                int modrm = 0xC0 | reg << 3 | rm;
                out.add(new Sample(f, mode, build(f, rex, modrm, new int[0], immediates), "reg" + what, false, w, exact));
            }
            if (memAllowed) {
                for (Mem m : LEGACY_MEMORY) {
                    int modrm = m.mod << 6 | reg << 3 | m.rm;
                    out.add(new Sample(f, mode, build(f, rex, modrm, m.tail, immediates), "mem" + what, true, w, exact));
                }
            }
        }
        return out;
    }

    /**
     * Samples of a legacy form with prefixes in front of its mandatory prefix that must not change
     * the form: 66 before F2/F3 (F2/F3 win), the other repeat prefix before F2/F3 (the last one
     * wins), a doubled 66; and for memory forms an FS override and (64-bit) an address-size prefix.
     */
    public static List<Sample> legacyWithExtraPrefixes(InstructionForm f, int mode, int... immediates) {
        List<Sample> out = new ArrayList<>();
        List<int[]> extras = new ArrayList<>();
        switch (f.mandatoryPrefix) {
            case InstructionForm.PREFIX_F2 -> { extras.add(new int[] {0x66}); extras.add(new int[] {0xF3}); }
            case InstructionForm.PREFIX_F3 -> { extras.add(new int[] {0x66}); extras.add(new int[] {0xF2}); }
            case InstructionForm.PREFIX_66 -> extras.add(new int[] {0x66});
            case InstructionForm.PREFIX_ANY -> {
                // Forms that ignore 66/F2/F3 (FXSAVE, SFENCE, MMX PMOVMSKB), unless a sibling claims one.
                if (!prefixedSibling(f, InstructionForm.PREFIX_66)) extras.add(new int[] {0x66});
                if (!prefixedSibling(f, InstructionForm.PREFIX_F2)) extras.add(new int[] {0xF2});
                if (!prefixedSibling(f, InstructionForm.PREFIX_F3)) extras.add(new int[] {0xF3});
            }
            default -> { }
        }
        for (Sample e : legacy(f, mode, immediates)) {
            if (e.rexW() || e.bytes()[0] >= 0x40 && e.bytes()[0] <= 0x4F) continue; // keep it simple: no REX
            for (int[] extra : extras) out.add(e.withPrefixes(extra));
            if (e.memory()) {
                out.add(e.withPrefixes(0x64));
                // In 32-bit mode 67 selects 16-bit addressing, which changes the ModRM's length.
                if (mode == 64) out.add(e.withPrefixes(0x67));
            }
        }
        return out;
    }

    /**
     * Everything the SIMD table checks encode for a legacy form: {@link #legacy} and
     * {@link #legacyWithExtraPrefixes} with immediates 01 02, and for the forms whose immediate
     * picks objdump's name (CMPPS family, PCLMULQDQ) register samples with the immediates that
     * select each name and some beyond.
     */
    public static List<Sample> simd(InstructionForm f, int mode) {
        List<Sample> out = new ArrayList<>(legacy(f, mode, 0x01, 0x02));
        out.addAll(legacyWithExtraPrefixes(f, mode, 0x01, 0x02));
        if (f.mnemonic.equals("PCLMULQDQ") || f.map == InstructionForm.MAP_0F && f.opcode == 0xC2) {
            for (int imm : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 0x10, 0x11, 0x12, 0x1F, 0x80, 0xFF}) {
                for (Sample e : legacy(f, mode, imm)) {
                    if (!e.memory() && !e.rexW()) out.add(e);
                }
            }
        }
        return out;
    }

    /** True when another form of the same opcode and ModRM.reg requires mandatory prefix {@code p}. */
    private static boolean prefixedSibling(InstructionForm f, int p) {
        InstructionForm[] all = InstructionTable.get().candidates(f.space, f.map, f.opcode);
        for (InstructionForm g : all) {
            boolean sameReg = g.modrmReg < 0 || f.modrmReg < 0 || g.modrmReg == f.modrmReg;
            boolean sameMod = g.modConstraint == InstructionForm.MOD_ANY || f.modConstraint == InstructionForm.MOD_ANY
                    || g.modConstraint == f.modConstraint;
            if (g != f && g.mandatoryPrefix == p && sameReg && sameMod) {
                return true;
            }
        }
        return false;
    }

    /** Bytes: mandatory prefix, REX, escapes, opcode, ModRM and tail, one byte per immediate operand. */
    private static byte[] build(InstructionForm f, int rex, int modrm, int[] tail, int[] immediates) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        EncodingBytes.mandatoryPrefix(b, f);
        if (rex != 0) b.write(rex);
        EncodingBytes.escape(b, f.map);
        b.write(f.opcode);
        if (modrm >= 0) {
            b.write(modrm);
            for (int t : tail) b.write(t);
        }
        int n = 0;
        for (OperandSpec o : f.operands) {
            if (o.kind() != OperandKind.I) continue;
            if (o.size() != OperandSize.b) throw new IllegalArgumentException("only Ib immediates: " + f);
            b.write(immediates[Math.min(n++, immediates.length - 1)]);
        }
        return b.toByteArray();
    }
}
