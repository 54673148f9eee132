package pacifica.x86.encode;

import java.util.List;
import java.util.Locale;

import pacifica.x86.Register;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSize;
import pacifica.x86.isa.OperandSpec;

import static pacifica.x86.isa.InstructionForm.*;

/**
 * Encodes one instruction from a mnemonic and operands (Intel order), driven by the instruction
 * table through {@link FormIndex}. Among the forms that accept the operands it picks the shortest
 * encoding, the first in table order on ties; with the operand-size, immediate and displacement
 * rules below this reproduces the choices of GNU as 2.40 (checked by the conformance tests).
 *
 * <p>Rules taken from GNU as (each checked against it):
 * <ul>
 *   <li>Immediates: a sign-extended byte form ({@code Ibs}) is used when the value, reduced to the
 *       operand size, fits in a signed byte and does not depend on a symbol.
 *   <li>Displacements: none for 0 (except rBP/r13 bases, which need disp8), disp8 when the value
 *       fits, else disp32 (disp16 with 16-bit addressing); symbol-dependent displacements are
 *       always full width. Absolute addresses in 64-bit mode use a SIB byte (mod 00, base 101).
 *   <li>A segment override equal to the operand's default segment (DS, or SS for rBP/rSP bases)
 *       is not emitted.
 *   <li>Prefix order: segment, 67, 66, F2/F3, F0, the form's mandatory prefix, REX.
 *   <li>{@code xchg %eax,%eax} in 64-bit mode is not encoded as 90 (that is NOP, which does not
 *       clear the upper half of RAX).
 * </ul>
 * Not thread-safe (scratch state); create one per thread.
 */
public final class Encoder {
    /** Mnemonics whose two operands may be written in either order (GNU accepts both). */
    private static final List<String> COMMUTATIVE = List.of("TEST", "XCHG");

    private final FormIndex index;
    private final Encoding scratch = new Encoding();
    private String failure;
    private int failureRank;

    // Per-attempt state.
    private int mode;
    private int opsize;
    private int asize;
    private int regField;
    private Register rmReg;
    private Mem rmMem;
    private int plusReg;
    private int vvvv;
    private int is4;
    private boolean rex40;
    private boolean noRex;
    private final long[] imm = new long[3];
    private final int[] immSize = new int[3];
    private int immCount;
    private long jTarget;
    private boolean jKnown;
    private int jSize;
    private Mem moffs;
    private Register segment;
    private int vexL;
    private boolean usesOpsize;
    /** The form took an unsized memory operand as a byte: GNU only does that when nothing else fits. */
    private boolean guessedByte;
    private boolean vexLSet;
    private InstructionForm f0;
    private boolean noSuffix;
    private boolean suffixGiven;
    private String requested;
    private boolean byteByName;
    private boolean conversionV;
    private boolean opsizeDefaulted;
    private int ySize;
    private int suffixAddressSize;

    public Encoder() {
        this(FormIndex.get());
    }

    public Encoder(FormIndex index) {
        this.index = index;
    }

    public FormIndex index() {
        return index;
    }

    /**
     * Encodes with a plain mnemonic (no AT&amp;T suffix): {@code encode(64, "mov", ops, 0, 0, false, false, addr, out)}.
     *
     * @param mode      16, 32 or 64
     * @param name      lower-case mnemonic (table name, AT&amp;T name or synonym)
     * @param ops       operands in Intel order
     * @param suffix    operand size from an AT&amp;T suffix in bytes (1, 2, 4, 8), or 0
     * @param srcSuffix source size of {@code movzbl}-style names (the first suffix letter), or 0
     * @param prefixes  {@link Prefixes} flags
     * @param starred   AT&amp;T {@code *}: the operand is an indirect branch target
     * @param near      use the near form of a relaxable branch even if the short one would do
     * @param address   the instruction's address (for relative operands)
     * @param out       receives the bytes
     * @throws EncodeException when no form accepts the operands
     */
    public void encode(int mode, String name, Operand[] ops, int suffix, int srcSuffix, int prefixes,
                       boolean starred, boolean near, long address, Encoding out) {
        List<InstructionForm> forms = index.forms(name);
        if (forms != null && tryEncode(mode, name, forms, ops, suffix, srcSuffix, prefixes, starred, near, address, out)) {
            return;
        }
        String first = forms != null ? failure : null;
        List<InstructionForm> intel = index.intelForms(name);
        if (intel != null && tryEncode(mode, name, intel, ops, suffix, srcSuffix, prefixes, starred, near, address, out)) {
            return;
        }
        if (first == null && intel == null) throw new EncodeException("unknown mnemonic '" + name + "'");
        throw new EncodeException(first != null ? first : failure);
    }

    private String bestFailure;
    private int bestRank;

    /**
     * Encodes an AT&amp;T mnemonic that may carry size suffixes ({@code addl}, {@code movzbl},
     * {@code shlq}): the AT&amp;T name as written, then with one or two suffix letters removed, then
     * the x87 default suffix {@code s} ({@code fild} is {@code filds}), then table (Intel) names.
     */
    public void encodeAtt(int mode, String mnemonic, Operand[] ops, int prefixes, boolean starred, boolean near,
                          long address, Encoding out) {
        String name = mnemonic.toLowerCase(Locale.ROOT);
        bestFailure = null;
        bestRank = -1;
        boolean known = false;
        for (int source = 0; source < 2; source++) {
            if (source == 1 && index.forms(name + "s") != null && index.intelForms(name) != null) {
                known = true;
                if (attempt(mode, name + "s", index.forms(name + "s"), ops, 0, 0, prefixes, starred, near, address, out)) return;
            }
            List<InstructionForm> forms = list(source, name);
            if (forms != null) {
                known = true;
                if (attempt(mode, name, forms, ops, 0, 0, prefixes, starred, near, address, out)) return;
            }
            int n = name.length();
            if (n > 2) {
                int dst = suffixSize(name.charAt(n - 1)), src = suffixSize(name.charAt(n - 2));
                List<InstructionForm> f2 = list(source, name.substring(0, n - 2));
                if (dst > 1 && src > 0 && src < dst && f2 != null) {
                    known = true;
                    if (attempt(mode, name, f2, ops, dst, src, prefixes, starred, near, address, out)) return;
                }
            }
            if (n > 1) {
                char c = name.charAt(n - 1);
                int size = c == 's' ? SUFFIX_S : suffixSize(c);
                List<InstructionForm> f1 = list(source, name.substring(0, n - 1));
                List<InstructionForm> f64 = size == 8 ? index.forms(name.substring(0, n - 1) + "64") : null;
                if (f64 != null) {
                    // fxsaveq, xsaveq: the REX.W forms GNU also calls fxsave64, xsave64
                    known = true;
                    if (attempt(mode, name, f64, ops, 0, 0, prefixes, starred, near, address, out)) return;
                }
                if (size != 0 && f1 != null) {
                    known = true;
                    if (attempt(mode, name, f1, ops, size, 0, prefixes, starred, near, address, out)) return;
                }
            }
        }
        if (!known) throw new EncodeException("unknown mnemonic '" + mnemonic + "'");
        throw new EncodeException(bestFailure);
    }

    /** The AT&T "s" suffix: 16-bit layout of the x87 environment forms (fnstenvs). */
    private static final int SUFFIX_S = -2;

    private List<InstructionForm> list(int source, String name) {
        return source == 0 ? index.forms(name) : index.intelForms(name);
    }

    private boolean attempt(int mode, String name, List<InstructionForm> forms, Operand[] ops, int suffix, int src,
                            int prefixes, boolean starred, boolean near, long address, Encoding out) {
        if (tryEncode(mode, name, forms, ops, suffix, src, prefixes, starred, near, address, out)) return true;
        if (failureRank > bestRank) {
            bestRank = failureRank;
            bestFailure = failure;
        }
        return false;
    }

    /** True when the name (with or without AT&amp;T suffixes) is a known mnemonic. */
    public boolean isMnemonic(String mnemonic) {
        String name = mnemonic.toLowerCase(Locale.ROOT);
        int n = name.length();
        return index.contains(name)
                || (n > 1 && suffixSize(name.charAt(n - 1)) > 0 && index.contains(name.substring(0, n - 1)))
                || (n > 2 && suffixSize(name.charAt(n - 1)) > 0 && suffixSize(name.charAt(n - 2)) > 0
                    && index.contains(name.substring(0, n - 2)));
    }

    static int suffixSize(char c) {
        return switch (c) {
            case 'b' -> 1;
            case 'w' -> 2;
            case 'l' -> 4;
            case 'q' -> 8;
            default -> 0;
        };
    }

    private boolean tryEncode(int mode, String name, List<InstructionForm> forms, Operand[] ops, int suffix,
                              int srcSuffix, int prefixes, boolean starred, boolean near, long address,
                              Encoding out) {
        failure = "operand type mismatch for '" + name + "'";
        failureRank = 0;
        int bestLength = Integer.MAX_VALUE;
        boolean bestGuessed = false;
        boolean hasShortBranch = false, hasNearBranch = false;
        for (InstructionForm f : forms) {
            int j = branchOperand(f);
            if (j == 1) hasShortBranch = true;
            if (j > 1) hasNearBranch = true;
        }
        boolean relaxable = hasShortBranch && hasNearBranch;
        // GNU reads an unstarred absolute operand ("jmp 0x1000") as a direct branch target: the
        // indirect forms (attribute "indirect") are tried only when no other form matched. A starred
        // operand never selects a relative form.
        for (int pass = 0; pass < 2; pass++) {
            for (InstructionForm f : forms) {
                if (f.modes == MODES_NOT64 && mode == 64) continue;
                if (f.modes == MODES_ONLY64 && mode != 64) continue;
                int j = branchOperand(f);
                boolean indirect = f.has("indirect");
                if (starred ? j > 0 || pass == 1 : indirect != (pass == 1)) continue;
                if (relaxable && near && j == 1) continue;
                if (!tryForm(mode, name, f, ops, suffix, srcSuffix, prefixes, address, scratch)) {
                    if (!COMMUTATIVE.contains(f.mnemonic) || ops.length != 2) continue;
                    Operand[] swapped = {ops[1], ops[0]};
                    if (!tryForm(mode, name, f, swapped, suffix, srcSuffix, prefixes, address, scratch)) continue;
                }
                // GNU's template order puts the sign-extended-imm8 forms first: on a tie they win.
                boolean better;
                if (bestLength == Integer.MAX_VALUE) better = true;
                else if (guessedByte != bestGuessed) better = !guessedByte;
                else better = scratch.length < bestLength || (scratch.length == bestLength && (hasSignExtendedByte(f)
                        && !hasSignExtendedByte(out.form) || f.w != 1 && out.form.w == 1));
                if (better) {
                    bestLength = scratch.length;
                    bestGuessed = guessedByte;
                    out.copyFrom(scratch);
                    out.relaxable = relaxable;
                    out.grewToNear = relaxable && j > 1;
                }
            }
            if (bestLength != Integer.MAX_VALUE) return true;
            if (starred) break;
        }
        return false;
    }

    private static boolean hasSignExtendedByte(InstructionForm f) {
        for (OperandSpec o : f.operands) if (o.size() == OperandSize.bs) return true;
        return false;
    }

    /** 0: no relative branch operand; else the size code of its J operand (1 short, 2 near). */
    private static int branchOperand(InstructionForm f) {
        for (OperandSpec o : f.operands) {
            if (o.kind() == OperandKind.J) return o.size() == OperandSize.b ? 1 : 2;
        }
        return 0;
    }

    private void fail(String message, int rank) {
        if (rank > failureRank) {
            failure = message;
            failureRank = rank;
        }
    }

    // ------------------------------------------------------------------ one form

    private boolean tryForm(int mode, String name, InstructionForm f, Operand[] given, int suffix, int srcSuffix,
                            int prefixes, long address, Encoding out) {
        Operand[] ops = adaptArity(f, given);
        if (ops == null) return false;

        this.mode = mode;
        f0 = f;
        requested = name;
        opsize = 0;
        asize = 0;
        regField = f.modrmReg;
        rmReg = null;
        rmMem = null;
        plusReg = -1;
        vvvv = 0;
        is4 = -1;
        rex40 = false;
        noRex = false;
        immCount = 0;
        jSize = 0;
        jKnown = false;
        moffs = null;
        segment = null;
        vexL = f.vexL < 0 ? 0 : f.vexL;
        vexLSet = f.vexL >= 0;
        guessedByte = false;
        noSuffix = suffix == 0;
        suffixGiven = suffix != 0;
        // "movsb", "stosb": the table name itself says byte; so does a size-converting form's source
        String att = f.attribute("att");
        byteByName = att != null && name.equals(f.mnemonic.toLowerCase(Locale.ROOT)) && name.equals(att + "b");
        conversionV = isConversion(f) && !hasSize(f, OperandSize.y);
        if (!chooseOperandSize(f, ops, suffix, srcSuffix)) return false;
        if (f.addressSizeConstraint != 0 && !addressSize(f.addressSizeConstraint)) return false;
        if (suffixAddressSize != 0 && !addressSize(suffixAddressSize)) return false;
        OperandSpec[] specs = f.operands;
        for (int i = 0; i < specs.length; i++) {
            if (!operand(f, specs[i], ops[i], i)) return false;
        }
        if (f.space == SPACE_LEGACY && f.mnemonic.equals("XCHG") && f.plusRegister && mode == 64
                && plusReg == 0 && opsize == 4) {
            return false; // 90 is NOP in 64-bit mode; GNU uses 87 C0
        }
        return emit(f, prefixes, address, out);
    }

    /** Fills in operands the source may leave out: the shift count 1, string operands, imul's repeated register. */
    private Operand[] adaptArity(InstructionForm f, Operand[] given) {
        OperandSpec[] specs = f.operands;
        int n = given.length, m = specs.length;
        if (n == m) return given;
        if (n == m - 1) {
            for (int i = 0; i < m; i++) {
                if (specs[i].kind() == OperandKind.ONE) {
                    Operand[] ops = new Operand[m];
                    for (int k = 0, g = 0; k < m; k++) ops[k] = k == i ? Operand.imm(1) : given[g++];
                    return ops;
                }
            }
            if (m == 3 && specs[0].kind() == OperandKind.G && specs[1].kind() == OperandKind.E
                    && specs[2].kind() == OperandKind.I && given[0] instanceof Register) {
                return new Operand[] {given[0], given[0], given[1]};
            }
        }
        if (n == 0) {
            boolean string = false;
            for (OperandSpec s : specs) {
                switch (s.kind()) {
                    case X, Y -> string = true;
                    case FIXED_GPR -> { }
                    default -> { return null; }
                }
            }
            // null entries: implicit operands (string instructions, monitor, fnstsw's %ax)
            if (string || m > 0) return new Operand[m];
        }
        if (m == 1 && n == 2 && specs[0].kind() == OperandKind.A) return given;
        return null;
    }

    /**
     * Sets {@link #opsize} (the size of v/z operands) and {@link #ySize} (the size of y operands,
     * 4 or 8 by REX.W, never prefixed with 66h) from the suffix, register operands or sized memory;
     * false when they disagree with the form.
     */
    private boolean chooseOperandSize(InstructionForm f, Operand[] ops, int suffix, int srcSuffix) {
        boolean sensitive = f.operandSizeConstraint != 0;
        if (suffix == SUFFIX_S) {
            if (!"x87env".equals(f.attribute("sfx"))) return false;
            suffix = 2;
        }
        boolean hasY = false;
        int want = 0, wantY = 0;
        boolean fixedSized = false;
        for (int i = 0; i < f.operands.length; i++) {
            OperandSpec s = f.operands[i];
            Operand o = i < ops.length ? ops[i] : null;
            OperandSize sz = s.size();
            boolean var = sz == OperandSize.v || sz == OperandSize.z || sz == OperandSize.bs
                    || sz == OperandSize.p || sz == OperandSize.a || sz == OperandSize.env || sz == OperandSize.fst;
            if (s.kind() == OperandKind.J) var = sz != OperandSize.b;
            if (var) sensitive = true;
            if (sz == OperandSize.y) hasY = true;
            boolean gprLike = switch (s.kind()) {
                case E, G, M, R, Z, B, FIXED_GPR, O, X, Y -> true;
                default -> false;
            };
            if (!gprLike) continue;
            if (!var && sz != OperandSize.NONE && sz != OperandSize.y) fixedSized = true;
            int have = 0;
            if (o instanceof Register r && r.isGpr()) have = r.size;
            else if (o instanceof Mem m && m.size() > 0) have = m.size();
            if (have == 0) continue;
            if (sz == OperandSize.y) {
                if (have != 4 && have != 8) return sizeMismatch(f);
                if (wantY != 0 && wantY != have) return sizeMismatch(f);
                wantY = have;
            } else if (sz == OperandSize.v || sz == OperandSize.z) {
                if (have == 1) return sizeMismatch(f);
                if (sz == OperandSize.z && have == 4) {
                    if (want == 0) want = 4;
                    else if (want != 4 && want != 8) return false;
                } else if (sz == OperandSize.z && have == 8) {
                    return false;
                } else if (want == 0 || (sz == OperandSize.z && want == 4)) {
                    want = have;
                } else if (want != have) {
                    return sizeMismatch(f);
                }
            }
        }
        usesOpsize = sensitive;
        suffixAddressSize = 0;
        if (suffix != 0) {
            if ((sensitive || hasY) && srcSuffix == 0 && isConversion(f) && fixedOperandOfSize(f, suffix)) {
                // movzb/movsw/crc32b: on a size-converting form the one suffix names the source
            } else if ((sensitive || hasY) && srcSuffix == 0 && isConversion(f)) {
                return false;
            } else if (sensitive) {
                if (want != 0 && want != suffix) return sizeMismatch(f);
                want = suffix;
                if (srcSuffix != 0 && !fixedOperandOfSize(f, srcSuffix)) return false;
                if (srcSuffix == 0 && fixedSized && suffix == 1) return false;
            } else if (hasY) {
                if (suffix != 4 && suffix != 8 || (wantY != 0 && wantY != suffix)) return sizeMismatch(f);
                wantY = suffix;
            } else if (fixedSized && f.w == 1 && suffix == 8 && f.space == SPACE_LEGACY) {
                // fxsaveq, xsaveq ...: the q suffix names the REX.W form
            } else if (fixedSized && "not64".equals(f.attribute("sfx"))) {
                // sgdt/sidt/lgdt/lidt: q in 64-bit mode changes nothing; w/l elsewhere set the operand size
                if (mode == 64 ? suffix != 8 : suffix != 2 && suffix != 4) return false;
                if (mode != 64) {
                    usesOpsize = true;
                    want = suffix;
                }
            } else if (fixedSized) {
                if (srcSuffix != 0 || !fixedOperandOfSize(f, suffix)) return false;
            } else if (suffix != 1) {
                if (isShortBranchOnly(f)) {
                    // loopw/loopl: the suffix names the counter register (cx/ecx), an address size
                    suffixAddressSize = suffix;
                } else {
                    usesOpsize = true;
                    want = suffix;
                }
            }
        } else if (srcSuffix != 0) {
            return false;
        }
        if (hasY && wantY == 0) {
            wantY = f.forceOperand64 && mode == 64 ? 8 : (want == 8 ? 8 : 4);
            if (f.space != SPACE_LEGACY && f.w == 1 && mode == 64) wantY = 8;
        }
        // VEX forms: W selects 64-bit y operands in 64-bit mode (the table lists W0 and W1 forms).
        if (hasY && f.space != SPACE_LEGACY && mode == 64 && f.w >= 0 && (f.w == 1) != (wantY == 8)) return false;
        if (wantY == 8 && mode != 64) return false;
        ySize = wantY;
        opsizeDefaulted = want == 0;
        if (want == 0) {
            // GNU as 2.40 warns and uses the default size for an unsized memory operand.
            want = f.operandSizeConstraint != 0 ? f.operandSizeConstraint
                    : mode == 16 ? 2 : (mode == 64 && (f.defaultOperand64 || f.forceOperand64)) ? 8
                    : (hasY && wantY == 8 && sensitive) ? 8 : 4;
        }
        if (sensitive && hasY && wantY == 8 && want != 8 && !isConversion(f)) return false;
        if (!operandSizeAllowed(f, want)) return false;
        opsize = want;
        return true;
    }

    private boolean sizeMismatch(InstructionForm f) {
        fail("operand size mismatch for '" + f.mnemonic.toLowerCase(Locale.ROOT) + "'", 2);
        return false;
    }

    private static boolean isShortBranchOnly(InstructionForm f) {
        return f.operands.length == 1 && f.operands[0].kind() == OperandKind.J && f.operands[0].size() == OperandSize.b;
    }

    /**
     * GNU's defaults for an unsized memory operand without suffix: the operation size is the
     * default (l), except for names that say byte (movsb) and for movzx/movsx, whose source
     * defaults to a byte. A form that needs another reading is used only when nothing else fits.
     */
    private void guessSize(OperandSpec s) {
        switch (s.size()) {
            case b -> { if (!byteByName && !conversionV) guessedByte = true; }
            case w, d, q -> { if (conversionV && (s.kind() == OperandKind.E || s.kind() == OperandKind.M)) guessedByte = true; }
            default -> { }
        }
    }

    private static boolean usesRegField(InstructionForm f) {
        for (OperandSpec s : f.operands) if (s.usesModrmReg()) return true;
        return false;
    }

    private static boolean hasKind(InstructionForm f, OperandKind kind) {
        for (OperandSpec s : f.operands) if (s.kind() == kind) return true;
        return false;
    }

    private static boolean hasSize(InstructionForm f, OperandSize size) {
        for (OperandSpec s : f.operands) if (s.size() == size) return true;
        return false;
    }

    /** A form with a fixed-size ModRM.rm operand next to a variable-size one (movzx, movsx, crc32). */
    private static boolean isConversion(InstructionForm f) {
        boolean fixed = false, var = false;
        for (OperandSpec s : f.operands) {
            switch (s.size()) {
                case b, w, d -> { if (s.kind() == OperandKind.E) fixed = true; }
                case v, y -> var = true;
                default -> { }
            }
        }
        return fixed && var;
    }

    private boolean fixedOperandOfSize(InstructionForm f, int size) {
        for (OperandSpec s : f.operands) {
            switch (s.kind()) {
                case E, G, M, R, Z, FIXED_GPR, O, X, Y -> {
                    if (s.text().equals("DX")) continue; // the I/O port register does not size in/out
                    int b = switch (s.size()) {
                        case b -> 1;
                        case w, wi -> 2;
                        case d, di -> 4;
                        case q, qi -> 8;
                        default -> 0;
                    };
                    if (b == size) return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private boolean operandSizeAllowed(InstructionForm f, int size) {
        if (f.operandSizeConstraint != 0 && f.operandSizeConstraint != size) return false;
        if (mode == 64) {
            if (f.forceOperand64) return size == 8;
            if (f.defaultOperand64) return size == 8 || size == 2;
            return size == 2 || size == 4 || size == 8;
        }
        return size == 2 || size == 4;
    }

    private int sizeOf(OperandSize s) {
        return switch (s) {
            case b, bs -> 1;
            case w -> 2;
            case d -> 4;
            case q -> 8;
            case v -> opsize;
            case z -> opsize == 2 ? 2 : 4;
            case y -> ySize;
            default -> s.bytes(opsize, vexL, opsize == 8, mode);
        };
    }

    // ------------------------------------------------------------------ operands

    private boolean operand(InstructionForm f, OperandSpec s, Operand o, int position) {
        switch (s.kind()) {
            case E -> {
                if (o instanceof Register r) return gpr(r, sizeOf(s.size())) && setRm(r);
                return o instanceof Mem m && memSize(m, s) && setMem(m);
            }
            case M -> {
                return o instanceof Mem m && memSize(m, s) && setMem(m);
            }
            case R -> {
                return o instanceof Register r && gpr(r, sizeOf(s.size())) && setRm(r);
            }
            case G -> {
                return o instanceof Register r && gpr(r, sizeOf(s.size())) && setReg(r.number);
            }
            case Z -> {
                if (!(o instanceof Register r) || !gpr(r, sizeOf(s.size()))) return false;
                plusReg = r.number;
                return true;
            }
            case B -> {
                if (!(o instanceof Register r) || !gpr(r, sizeOf(s.size()))) return false;
                vvvv = r.number;
                return true;
            }
            case S -> {
                return o instanceof Register r && r.kind == Register.Kind.SEGMENT && setReg(r.number);
            }
            case C -> {
                return o instanceof Register r && r.kind == Register.Kind.CONTROL && setReg(r.number);
            }
            case D -> {
                return o instanceof Register r && r.kind == Register.Kind.DEBUG && setReg(r.number);
            }
            case FIXED_GPR -> {
                if (o == null) return true;
                if (o instanceof Mem m && s.size() == OperandSize.w && s.register() == 2) {
                    // GNU accepts "(%dx)" for the port register of in/out
                    return m.base() == Register.DX && m.index() == null && m.disp() == 0 && m.label() == null;
                }
                return o instanceof Register r && r.kind == Register.Kind.GPR && r.number == s.register()
                        && r.size == sizeOf(s.size());
            }
            case FIXED_SEG -> {
                return o instanceof Register r && r.kind == Register.Kind.SEGMENT && r.number == s.register();
            }
            case ONE -> {
                return o instanceof Imm i && !i.relocatable() && i.resolved() == 1;
            }
            case I -> {
                return o instanceof Imm i && immediate(s, i);
            }
            case J -> {
                return branchTarget(s, o);
            }
            case O -> {
                if (!(o instanceof Mem m) || !m.isAbsolute() || !memSize(m, s)) return false;
                moffs = m;
                segment = m.segment();
                return true;
            }
            case X, Y -> {
                return stringOperand(s, o);
            }
            case A -> {
                return false; // far pointers (not64) are not supported by this encoder yet
            }
            case V, P -> {
                return o instanceof Register r && vector(s, r) && setReg(r.number);
            }
            case W, Q -> {
                if (o instanceof Register r) return vector(s, r) && setRm(r);
                return o instanceof Mem m && memSize(m, s) && setMem(m);
            }
            case U, N -> {
                return o instanceof Register r && vector(s, r) && setRm(r);
            }
            case H -> {
                if (!(o instanceof Register r) || !vector(s, r)) return false;
                vvvv = r.number;
                return true;
            }
            case L -> {
                if (!(o instanceof Register r) || !vector(s, r)) return false;
                is4 = r.number;
                return true;
            }
            case XMM0 -> {
                return o == Register.XMM0;
            }
            case ST0 -> {
                return o == Register.ST0;
            }
            case STI -> {
                if (!(o instanceof Register r) || r.kind != Register.Kind.X87) return false;
                rmReg = r;
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean gpr(Register r, int size) {
        if (!r.isGpr() || r.size != size) return false;
        if (r.kind == Register.Kind.GPR_HIGH) noRex = true;
        else if (r.size == 1 && r.number >= 4) rex40 = true;
        if (mode != 64 && (r.number >= 8 || rex40 || r.size == 8)) return false;
        return true;
    }

    private boolean vector(OperandSpec s, Register r) {
        Register.Kind want;
        switch (s.kind()) {
            case P, Q, N -> want = Register.Kind.MMX;
            default -> {
                OperandSize sz = s.size();
                if (sz == OperandSize.qq) {
                    want = Register.Kind.YMM;
                } else if (sz == OperandSize.x || sz == OperandSize.ps || sz == OperandSize.pd) {
                    if (f0 != null && f0.space == SPACE_LEGACY) {
                        want = Register.Kind.XMM;
                    } else if (vexLSet) {
                        want = vexL == 1 ? Register.Kind.YMM : Register.Kind.XMM;
                    } else {
                        want = r.kind;
                        vexL = r.kind == Register.Kind.YMM ? 1 : 0;
                        vexLSet = true;
                    }
                } else {
                    want = Register.Kind.XMM;
                }
            }
        }
        if (r.kind != want) return false;
        return mode == 64 || r.number < 8;
    }


    private boolean memSize(Mem m, OperandSpec s) {
        if (m.size() == 0 && noSuffix) guessSize(s);
        if (m.size() == 0 || s.size() == OperandSize.NONE) return true;
        return m.size() == sizeOf(s.size());
    }

    private boolean setReg(int number) {
        regField = number;
        return true;
    }

    private boolean setRm(Register r) {
        rmReg = r;
        return true;
    }

    private boolean setMem(Mem m) {
        rmMem = m;
        segment = m.segment();
        return true;
    }

    private boolean stringOperand(OperandSpec s, Operand o) {
        boolean source = s.kind() == OperandKind.X;
        if (o == null) {
            if (noSuffix) guessSize(s);
            return true;
        }
        if (!(o instanceof Mem m) || m.index() != null || m.disp() != 0 || m.label() != null) return false;
        if (!memSize(m, s)) return false;
        Register b = m.base();
        // Strings use (%rsi)/(%rdi); xlat reads (%rbx), but GNU takes any register there and
        // only uses its size (address size) and the segment.
        boolean xlat = f0.has("xlat");
        if (b == null || b.kind != Register.Kind.GPR || b.size == 1 || (!xlat && b.number != (source ? 6 : 7))) return false;
        if (!addressSize(b.size)) return false;
        if (source) {
            if (m.segment() != null) segment = m.segment();
        } else if (m.segment() != null && m.segment() != Register.ES) {
            return false;
        }
        return true;
    }

    private boolean addressSize(int size) {
        if (asize != 0 && asize != size) return false;
        if (mode == 64 && size == 2) return false;
        if (mode != 64 && size == 8) return false;
        asize = size;
        return true;
    }

    private boolean immediate(OperandSpec s, Imm i) {
        long v = i.resolved();
        int size;
        switch (s.size()) {
            case bs -> {
                if (i.relocatable()) return false;
                // GNU reduces the value to the operand size only when it knows that size from a
                // suffix or register: "xor $0xffffff80,(%rsp)" keeps imm32, "xor $0xffffff80,%esp" gets imm8
                long reduced = opsizeDefaulted && mode == 64 ? v : reduce(v, opsize);
                if (reduced < -128 || reduced > 127) return false;
                v = reduced;
                size = 1;
            }
            case b -> {
                if (!i.relocatable() && (v < -128 || v > 255)) return false;
                size = 1;
            }
            case w -> {
                if (!i.relocatable() && (v < -32768 || v > 65535)) return false;
                size = 2;
            }
            default -> {
                size = sizeOf(s.size());
                if (size == 2) {
                    if (!i.relocatable() && (v < -32768 || v > 65535)) return false;
                } else if (size == 4) {
                    if (opsize == 8) {
                        if (!i.relocatable() && v != (int) v) return false;
                    } else if (!i.relocatable() && (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL)) {
                        return false;
                    }
                }
            }
        }
        imm[immCount] = v;
        immSize[immCount++] = size;
        return true;
    }

    /** Sign-extends the low {@code bytes} bytes of v (GNU reduces immediates to the operand size). */
    private static long reduce(long v, int bytes) {
        return switch (bytes) {
            case 1 -> (byte) v;
            case 2 -> (v >= -32768 && v <= 65535) ? (short) v : v;
            case 4 -> (v >= Integer.MIN_VALUE && v <= 0xFFFFFFFFL) ? (int) v : v;
            default -> v;
        };
    }

    private boolean branchTarget(OperandSpec s, Operand o) {
        long target;
        boolean known = true;
        if (o instanceof Label l) {
            target = l.address();
            known = l.isBound();
        } else if (o instanceof LabelRef r) {
            target = r.resolved();
            known = r.label().isBound();
        } else if (o instanceof Imm i) {
            target = i.resolved();
            known = i.label() == null || i.label().isBound();
        } else if (o instanceof Mem m && m.isAbsolute() && m.segment() == null) {
            target = m.displacement();
            known = m.label() == null || m.label().isBound();
        } else {
            return false;
        }
        jTarget = target;
        jKnown = known;
        jSize = s.size() == OperandSize.b ? 1 : (opsize == 2 ? 2 : 4);
        return true;
    }

    // ------------------------------------------------------------------ bytes

    private boolean emit(InstructionForm f, int prefixes, long address, Encoding out) {
        byte[] b = out.bytes;
        int p = 0;
        int modrm = -1, sib = -1;
        int dispSize = 0;
        long disp = 0;
        boolean ripRelative = false;
        long ripTarget = 0;
        int rex = 0;
        boolean defaultSs = false;

        if (f.hasModrm) {
            int reg = regField < 0 ? 0 : regField;
            if (reg >= 8) rex |= 4;
            if (f.modrmRm >= 0) {
                modrm = 0xC0 | (reg & 7) << 3 | f.modrmRm;
            } else if (rmReg != null) {
                if (f.modConstraint == MOD_MEM) return false;
                int n = rmReg.number;
                if (n >= 8) rex |= 1;
                modrm = 0xC0 | (reg & 7) << 3 | (n & 7);
            } else if (rmMem != null) {
                if (f.modConstraint == MOD_REG) return false;
                Mem m = rmMem;
                Register base = m.base(), idx = m.index();
                int as = memAddressSize(m);
                if (as < 0 || !addressSize(as)) return false;
                long v = m.displacement();
                boolean reloc = m.relocatable() || m.label() != null;
                if (base != null && base.kind == Register.Kind.IP) {
                    if (idx != null || mode != 64) return false;
                    modrm = (reg & 7) << 3 | 5;
                    dispSize = 4;
                    if (reloc) {
                        ripRelative = true;
                        ripTarget = v;
                    } else {
                        if (v != (int) v) return false;
                        disp = v;
                    }
                } else if (as == 2) {
                    int rm = rm16(base, idx, m.scale());
                    if (rm < 0) return false;
                    defaultSs = base == Register.BP;
                    if (!reloc && (v < -32768 || v > 65535)) { fail("displacement out of range", 2); return false; }
                    disp = (short) v;
                    if (base == null && idx == null) {
                        modrm = (reg & 7) << 3 | 6;
                        dispSize = 2;
                    } else {
                        dispSize = reloc ? 2 : disp == 0 && !(base == Register.BP && idx == null) ? 0
                                : disp == (byte) disp ? 1 : 2;
                        modrm = (dispSize == 0 ? 0 : dispSize == 1 ? 0x40 : 0x80) | (reg & 7) << 3 | rm;
                    }
                } else {
                    if (as == 4) {
                        if (!reloc && (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL)) {
                            fail("displacement out of range", 2);
                            return false;
                        }
                        disp = (int) v;
                    } else {
                        if (!reloc && v != (int) v) { fail("displacement out of range", 2); return false; }
                        disp = v;
                    }
                    if (idx != null) {
                        if (!idx.isGpr() || idx.number == 4) return false;
                        if (idx.number >= 8) rex |= 2;
                    }
                    if (base != null && base.number >= 8) rex |= 1;
                    int scaleBits = Integer.numberOfTrailingZeros(m.scale());
                    if (base == null) {
                        dispSize = 4;
                        if (idx == null && mode != 64) {
                            modrm = (reg & 7) << 3 | 5;
                        } else {
                            modrm = (reg & 7) << 3 | 4;
                            sib = scaleBits << 6 | (idx == null ? 4 : idx.number & 7) << 3 | 5;
                        }
                    } else {
                        defaultSs = base.number == 4 || base.number == 5;
                        dispSize = reloc ? 4 : disp == 0 && (base.number & 7) != 5 ? 0 : disp == (byte) disp ? 1 : 4;
                        int mod = dispSize == 0 ? 0 : dispSize == 1 ? 0x40 : 0x80;
                        if (idx != null || (base.number & 7) == 4) {
                            modrm = mod | (reg & 7) << 3 | 4;
                            sib = scaleBits << 6 | (idx == null ? 4 : idx.number & 7) << 3 | (base.number & 7);
                        } else {
                            modrm = mod | (reg & 7) << 3 | (base.number & 7);
                        }
                    }
                }
            } else {
                // No operand in ModRM.rm: a form like "0F 01 /7 reg" without operands cannot be built.
                if (f.modConstraint == MOD_MEM || regField < 0 && f.modrmReg < 0) return false;
                modrm = 0xC0 | (reg & 7) << 3;
            }
        }
        if (plusReg >= 8) rex |= 1;
        if (moffs != null) {
            int as = asize != 0 ? asize : mode == 64 ? 8 : mode == 32 ? 4 : 2;
            if (!addressSize(as)) return false;
            long v = moffs.displacement();
            if (as == 4 && !moffs.relocatable() && (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL)) return false;
            if (as == 2 && !moffs.relocatable() && (v < -32768 || v > 65535)) return false;
            disp = v;
            dispSize = as;
        }
        if (asize == 0) asize = mode == 64 ? 8 : mode == 32 ? 4 : 2;

        boolean legacy = f.space == SPACE_LEGACY;
        boolean p66 = usesOpsize && f.mandatoryPrefix != PREFIX_66
                && ((mode != 16 && opsize == 2) || (mode == 16 && opsize == 4));
        // Segment register moves: GNU adds 66h only for a store into a 16-bit register
        // ("movw %cs,(%rax)" and "mov %bx,%es" have none: their size is 16 bits anyway).
        if (hasKind(f, OperandKind.S) && (rmMem != null || f.operands[0].kind() == OperandKind.S)) p66 = false;
        if ((prefixes & Prefixes.DATA16) != 0) p66 = true;
        if (legacy && ((usesOpsize && opsize == 8 && !f.defaultOperand64 && !f.forceOperand64 && !noRexW(f))
                || (ySize == 8 && !f.forceOperand64 && !noRexW(f)) || f.w == 1)) {
            rex |= 8;
        }
        if (legacy && (rex != 0 || rex40)) {
            if (noRex || mode != 64) return false;
            rex |= 0x40;
        }
        if (mode != 64 && (rex & 7) != 0) return false;

        // fstsw, fstcw, finit ...: FWAIT (9B) before the no-wait form, ahead of every prefix.
        if (requested != null && requested.equals(f.attribute("wait"))) b[p++] = (byte) 0x9B;
        // Legacy prefixes in GNU as's order.
        if (segment != null) {
            if (segment.kind != Register.Kind.SEGMENT) return false;
            boolean isDefault = segment == Register.DS && !defaultSs || segment == Register.SS && defaultSs;
            if (!isDefault) b[p++] = (byte) SEGMENT_PREFIX[segment.number];
        }
        int defaultAsize = mode == 64 ? 8 : mode == 32 ? 4 : 2;
        if (asize != defaultAsize || (prefixes & Prefixes.ADDR32) != 0) b[p++] = 0x67;
        if (p66) b[p++] = 0x66;
        if ((prefixes & Prefixes.REPNE) != 0) b[p++] = (byte) 0xF2;
        if ((prefixes & Prefixes.REP) != 0) b[p++] = (byte) 0xF3;
        if ((prefixes & Prefixes.LOCK) != 0) b[p++] = (byte) 0xF0;
        if (legacy) {
            switch (f.mandatoryPrefix) {
                case PREFIX_66 -> b[p++] = 0x66;
                case PREFIX_F2 -> b[p++] = (byte) 0xF2;
                case PREFIX_F3 -> b[p++] = (byte) 0xF3;
                default -> { }
            }
            if (rex != 0) b[p++] = (byte) rex;
            switch (f.map) {
                case MAP_0F -> b[p++] = 0x0F;
                case MAP_0F38 -> { b[p++] = 0x0F; b[p++] = 0x38; }
                case MAP_0F3A -> { b[p++] = 0x0F; b[p++] = 0x3A; }
                default -> { }
            }
        } else {
            p = vex(f, rex, b, p);
            if (p < 0) return false;
        }
        b[p++] = (byte) (f.opcode + (f.plusRegister ? (plusReg < 0 ? 0 : plusReg & 7) : 0));
        if (modrm >= 0) b[p++] = (byte) modrm;
        if (sib >= 0) b[p++] = (byte) sib;
        int dispAt = p;
        p += dispSize;
        int immAt = p;
        for (int i = 0; i < immCount; i++) p += immSize[i];
        if (is4 >= 0) p++;
        int jAt = p;
        p += jSize;
        if (p > 15) return false;
        long next = address + p;
        if (ripRelative) {
            long d = ripTarget - next;
            if (d != (int) d) { fail("RIP-relative displacement out of range", 2); return false; }
            disp = d;
        }
        put(b, dispAt, disp, dispSize);
        int q = immAt;
        for (int i = 0; i < immCount; i++) {
            put(b, q, imm[i], immSize[i]);
            q += immSize[i];
        }
        if (is4 >= 0) b[q] = (byte) (is4 << 4 | (immCount > 0 ? imm[0] & 0xF : 0));
        if (jSize > 0) {
            long rel = jKnown ? jTarget - next : 0;
            if (jSize == 1 && rel != (byte) rel) { fail("branch target out of range for a short jump", 1); return false; }
            if (jSize == 2) rel = (short) rel;
            else if (jSize == 4 && rel != (int) rel) { fail("branch target out of range", 1); return false; }
            put(b, jAt, rel, jSize);
        }
        out.length = p;
        out.form = f;
        return true;
    }

    /**
     * Instructions whose 64-bit register operand GNU as encodes without REX.W: the result is
     * zero-extended anyway (mask extraction; LDTR/TR selectors).
     */
    private static final List<String> NO_REX_W = List.of("MOVMSKPS", "MOVMSKPD", "PMOVMSKB", "SLDT", "STR");

    /**
     * GNU as leaves REX.W out where it changes nothing: moves from segment registers (the
     * register destination is zero-extended anyway) and {@code xchg %rax,%rax} (encoded as 90).
     */
    private boolean noRexW(InstructionForm f) {
        for (OperandSpec o : f.operands) if (o.kind() == OperandKind.S) return true;
        if (NO_REX_W.contains(f.mnemonic)) return true;
        return f.plusRegister && f.mnemonic.equals("XCHG") && plusReg == 0;
    }

    private static final int[] SEGMENT_PREFIX = {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65};

    /** Address size of a ModRM memory operand from its registers, or -1 when they do not fit together. */
    private int memAddressSize(Mem m) {
        Register base = m.base(), idx = m.index();
        int size = 0;
        if (base != null) {
            if (base.kind == Register.Kind.IP) return base == Register.RIP ? 8 : 4;
            if (base.kind != Register.Kind.GPR || base.size == 1) return -1;
            size = base.size;
        }
        if (idx != null) {
            if (idx.kind != Register.Kind.GPR || idx.size == 1) return -1;
            if (size != 0 && size != idx.size) return -1;
            size = idx.size;
        }
        if (size == 0) return asize != 0 ? asize : mode == 64 ? 8 : mode == 32 ? 4 : 2;
        return size;
    }

    /** The 16-bit addressing rm field for base/index, or -1. */
    private static int rm16(Register base, Register idx, int scale) {
        if (scale != 1 && idx != null) return -1;
        if (base == null && idx == null) return 6;
        if (base == Register.SI || base == Register.DI) {
            if (idx != null) return -1;
            return base == Register.SI ? 4 : 5;
        }
        if (base == null) return -1;
        if (base != Register.BX && base != Register.BP) return -1;
        if (idx == null) return base == Register.BX ? 7 : 6;
        if (idx != Register.SI && idx != Register.DI) return -1;
        return (base == Register.BX ? 0 : 2) + (idx == Register.SI ? 0 : 1);
    }

    /** Writes a 2- or 3-byte VEX prefix; the 2-byte form when W, X, B are clear and the map is 0F. */
    private int vex(InstructionForm f, int rex, byte[] b, int p) {
        if (noRex || rex40) return -1;
        // A WIG form with a q suffix (vpcmpestrmq) gets W1, as GNU writes it.
        int w = f.w == 1 || (f.w < 0 && usesOpsize && opsize == 8 && suffixGiven) ? 1 : 0;
        int pp = switch (f.mandatoryPrefix) {
            case PREFIX_66 -> 1;
            case PREFIX_F3 -> 2;
            case PREFIX_F2 -> 3;
            default -> 0;
        };
        int r = (rex & 4) != 0 ? 0 : 0x80;
        int v = (~vvvv & 0xF) << 3;
        if (mode != 64 && vvvv >= 8) return -1;
        if (w == 0 && (rex & 3) == 0 && f.map == MAP_0F) {
            b[p++] = (byte) 0xC5;
            b[p++] = (byte) (r | v | vexL << 2 | pp);
        } else {
            b[p++] = (byte) 0xC4;
            b[p++] = (byte) (r | ((rex & 2) != 0 ? 0 : 0x40) | ((rex & 1) != 0 ? 0 : 0x20) | f.map);
            b[p++] = (byte) (w << 7 | v | vexL << 2 | pp);
        }
        return p;
    }

    private static void put(byte[] b, int at, long v, int size) {
        for (int i = 0; i < size; i++) b[at + i] = (byte) (v >>> (8 * i));
    }
}
