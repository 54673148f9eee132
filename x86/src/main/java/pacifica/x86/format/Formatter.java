package pacifica.x86.format;

import pacifica.x86.Register;
import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSize;
import pacifica.x86.isa.OperandSpec;

import java.util.Locale;

/**
 * What the AT&amp;T and Intel formatters share: GNU objdump's rules for which prefixes an
 * instruction "used" (unused ones are printed as words before the mnemonic: {@code rep},
 * {@code data16}, {@code rex.W}, {@code cs} ...), operand resolution from the table form, and
 * the padding of the mnemonic column. Subclasses render operands in their syntax.
 *
 * <p>Formatters are stateless apart from the symbol resolver and may be shared.
 */
public abstract sealed class Formatter permits AttFormatter, IntelFormatter {
    protected final SymbolResolver symbols;

    protected Formatter(SymbolResolver symbols) {
        this.symbols = symbols == null ? SymbolResolver.NONE : symbols;
    }

    /** Appends objdump's text for one instruction (everything after the bytes column). */
    public final void format(Instruction insn, StringBuilder out) {
        if (insn.printsAsBad()) {
            // objdump names the prefixes of an undecodable one-byte-map instruction before "(bad)";
            // for the 0F maps it has consumed them choosing among the mandatory-prefix variants.
            // In the 0F map the mandatory-prefix candidate (last F2/F3, else 66) was consumed; in the
            // three-byte maps objdump prints none of them.
            int consumed = -1;
            if (insn.opcodeMap == InstructionForm.MAP_0F && insn.vexLength == 0) {
                for (int i = 0; i < insn.prefixCount; i++) {
                    int b = insn.prefixBytes[i] & 0xFF;
                    if (b == 0xF2 || b == 0xF3) consumed = i;
                }
                for (int i = 0; i < insn.prefixCount && consumed < 0; i++) {
                    if ((insn.prefixBytes[i] & 0xFF) == 0x66) consumed = i;
                }
            }
            boolean threeByte = insn.opcodeMap >= InstructionForm.MAP_0F38 && insn.vexLength == 0;
            for (int i = 0; i < insn.prefixCount && !threeByte; i++) {
                if (i != consumed) out.append(prefixName(insn.prefixBytes[i] & 0xFF, insn.mode)).append(' ');
            }
            out.append("(bad)");
            if (insn.isMemory) {
                // An undefined x87 memory form: objdump shows the operand it decoded.
                out.append("  ");
                appendBadOperand(insn, out);
            }
            return;
        }
        Usage usage = new Usage();
        usage.repeat = insn.form.rep || insn.form.repcc;
        StringBuilder ops = new StringBuilder(32);
        formatOperands(insn, usage, ops);
        StringBuilder name = new StringBuilder(16);
        if (insn.form.has("vexpfx")) name.append("{vex} ");
        appendMnemonic(insn, usage, name);
        if (insn.form.has("ccimm") || insn.form.has("clmulimm")) {
            String pseudo = pseudoOp(insn, name.toString());
            if (pseudo != null) {
                name.setLength(0);
                name.append(pseudo);
                dropImmediate(ops);
            }
        }
        StringBuilder mnemonic = new StringBuilder(24);
        appendUnusedPrefixes(insn, usage, mnemonic);
        mnemonic.append(name);
        out.append(mnemonic);
        if (ops.length() > 0) {
            // objdump pads prefixes+mnemonic to 6 columns (for 0F 18 hint NOPs it forgets the prefixes).
            int width = insn.form.has("padmnemonic") && !insn.operandSizePrefix && insn.rex != 0 ? name.length() : mnemonic.length();
            for (int i = width; i < 6; i++) out.append(' ');
            out.append(' ').append(ops);
        }
        appendComment(insn, out);
    }

    public final String format(Instruction insn) {
        StringBuilder sb = new StringBuilder(48);
        format(insn, sb);
        return sb.toString();
    }

    /** The memory operand of an undefined instruction that still has one (x87 escapes). */
    protected abstract void appendBadOperand(Instruction insn, StringBuilder out);

    /** Removes the trailing (Intel) or leading (AT&T) immediate that a pseudo-op name absorbed. */
    protected abstract void dropImmediate(StringBuilder operands);

    /** Which prefixes and REX bits the instruction consumed, gathered while formatting operands. */
    protected static final class Usage {
        boolean operandSize;
        boolean addressSize;
        boolean segment;
        int rexBits;
        boolean rexByteRegister;
        boolean repeat;
        boolean lockAsCr8;
        boolean branchHint;
        boolean notrack;
    }

    /**
     * Appends the operands, comma separated, in the syntax's order ({@link #operandOrder}); an
     * operand for which {@link #operand} returns false (the implicit 1 of D0/D1) is left out.
     */
    private void formatOperands(Instruction insn, Usage usage, StringBuilder out) {
        InstructionForm f = insn.form;
        OperandSpec[] ops = operandOrder(f);
        boolean first = true;
        for (OperandSpec o : ops) {
            int mark = out.length();
            if (!first) out.append(',');
            if (!operand(o, insn, usage, out)) {
                out.setLength(mark);
                continue;
            }
            first = false;
        }
        if (f.addressSizeConstraint != 0 || (f.has("atsizeop") && ops.length > 0)) usage.addressSize = true;
    }

    /** The operands in the order this syntax prints them (empty for none). */
    protected abstract OperandSpec[] operandOrder(InstructionForm f);

    /** Appends one operand; returns false when objdump prints nothing for it. */
    protected abstract boolean operand(OperandSpec o, Instruction insn, Usage usage, StringBuilder out);

    protected abstract void appendMnemonic(Instruction insn, Usage usage, StringBuilder out);

    protected void appendComment(Instruction insn, StringBuilder out) {
        if (insn.isMemory && insn.base == Instruction.BASE_RIP) {
            long target = insn.nextAddress() + insn.disp;
            out.append("        # ");
            appendAddress(target, out);
        }
    }

    /** An absolute address as objdump prints a branch target: 0x1234, or "401126 <main+0x16>". */
    protected final void appendAddress(long address, StringBuilder out) {
        String sym = symbols.symbolize(address);
        if (sym == null) {
            out.append("0x").append(Long.toHexString(address));
        } else {
            out.append(Long.toHexString(address)).append(' ').append(sym);
        }
    }

    // ---- prefixes -------------------------------------------------------------------------

    private void appendUnusedPrefixes(Instruction insn, Usage usage, StringBuilder out) {
        InstructionForm f = insn.form;
        int mandatory = f.mandatoryPrefix;
        boolean vex = f.space != InstructionForm.SPACE_LEGACY;
        // objdump names only the last of each kind as "the" prefix; earlier repeats are unused.
        int lastRepIndex = -1, lastSegIndex = -1, lastOsIndex = -1, lastAsIndex = -1, lastLockIndex = -1;
        for (int i = 0; i < insn.prefixCount; i++) {
            switch (insn.prefixBytes[i] & 0xFF) {
                case 0xF2, 0xF3 -> lastRepIndex = i;
                case 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65 -> lastSegIndex = i;
                case 0x66 -> lastOsIndex = i;
                case 0x67 -> lastAsIndex = i;
                case 0xF0 -> lastLockIndex = i;
                default -> { }
            }
        }
        int lastF2 = -1, lastF3 = -1;
        for (int i = 0; i < insn.prefixCount; i++) {
            int b = insn.prefixBytes[i] & 0xFF;
            if (b == 0xF2) lastF2 = i;
            if (b == 0xF3) lastF3 = i;
        }
        for (int i = 0; i < insn.prefixCount; i++) {
            int b = insn.prefixBytes[i] & 0xFF;
            String word = null;
            switch (b) {
                case 0xF0 -> word = usage.lockAsCr8 && i == lastLockIndex ? null : "lock";
                case 0xF3 -> {
                    if (!vex && mandatory == InstructionForm.PREFIX_F3 && i == lastRepIndex) word = null;
                    else if (usage.repeat && i == lastF3) word = f.repcc ? "repz" : "rep";
                    else word = "repz";
                }
                case 0xF2 -> {
                    if (!vex && mandatory == InstructionForm.PREFIX_F2 && i == lastRepIndex) word = null;
                    else if (i == lastF2 && isBndCandidate(f)) word = "bnd";
                    else word = "repnz";
                }
                case 0x66 -> {
                    boolean used = i == lastOsIndex && (usage.operandSize
                            || (mandatory == InstructionForm.PREFIX_66 && insn.repeatPrefix == 0));
                    word = used ? null : insn.mode == 16 ? "data32" : "data16";
                }
                case 0x67 -> {
                    boolean used = i == lastAsIndex && usage.addressSize;
                    word = used ? null : insn.mode == 32 ? "addr16" : "addr32";
                }
                case 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65 -> {
                    boolean used = i == lastSegIndex && (usage.segment || usage.branchHint
                            || (usage.notrack && b == 0x3E));
                    if (!used) word = segmentName(b);
                    else if (usage.notrack && b == 0x3E) word = "notrack";
                }
                default -> {
                    // REX: printed when some bit it sets went unused (or it selected nothing at all).
                    if (i != insn.prefixCount - 1 || insn.rex == 0) {
                        word = rexName(b);
                    } else {
                        int rex = b & 0xF;
                        boolean allUsed = (rex & ~usage.rexBits) == 0 && (rex != 0 || usage.rexByteRegister);
                        if (!allUsed) word = rexName(b);
                    }
                }
            }
            if (word != null) out.append(word).append(' ');
        }
    }

    /** Near branches, calls and returns, where objdump reads F2 as the MPX "bnd" prefix. */
    private static boolean isBndCandidate(InstructionForm f) {
        String m = f.mnemonic;
        return switch (f.flow) {
            case JUMP, BRANCH, CALL, RETURN -> !m.endsWith("F") && !m.startsWith("LOOP") && !m.endsWith("CXZ")
                    && !m.equals("XBEGIN");
            default -> false;
        };
    }

    /** objdump's word for a prefix byte printed on its own ("data16", "rex.WB", "cs"). */
    public static String prefixName(int b, int mode) {
        return switch (b) {
            case 0xF0 -> "lock";
            case 0xF2 -> "repnz";
            case 0xF3 -> "repz";
            case 0x66 -> mode == 16 ? "data32" : "data16";
            case 0x67 -> mode == 32 ? "addr16" : "addr32";
            case 0x9B -> "fwait";
            case 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65 -> segmentName(b);
            default -> rexName(b);
        };
    }

    static String segmentName(int prefix) {
        return switch (prefix) {
            case 0x26 -> "es";
            case 0x2E -> "cs";
            case 0x36 -> "ss";
            case 0x3E -> "ds";
            case 0x64 -> "fs";
            default -> "gs";
        };
    }

    static String rexName(int b) {
        StringBuilder sb = new StringBuilder("rex");
        if ((b & 0xF) != 0) sb.append('.');
        if ((b & 8) != 0) sb.append('W');
        if ((b & 4) != 0) sb.append('R');
        if ((b & 2) != 0) sb.append('X');
        if ((b & 1) != 0) sb.append('B');
        return sb.toString();
    }

    // ---- operand resolution ----------------------------------------------------------------

    /** The W bit that selects "y" sizes: REX.W for legacy forms, VEX.W for VEX forms. */
    protected static boolean wBit(Instruction insn) {
        return insn.form.space == InstructionForm.SPACE_LEGACY ? insn.rexW() : insn.vexW;
    }

    protected static int sizeOf(OperandSpec o, Instruction insn) {
        if (insn.form.has("atsizeop") && o == insn.form.operands[0]) return insn.addressSize; // an address register
        if (o.size() == OperandSize.y && insn.form.forceOperand64 && insn.mode == 64) return 8;
        return o.size().bytes(insn.operandSize, insn.vexL, wBit(insn), insn.mode);
    }

    /** Notes which prefixes a sized operand consumed (66 for v/z sizes, REX.W/VEX.W for v/y). */
    protected static void noteSizeUse(OperandSpec o, Instruction insn, Usage usage) {
        if (insn.form.has("atsizeop") && o == insn.form.operands[0]) return; // sized by 67h, not 66h/REX.W
        switch (o.size()) {
            case v, a -> markOperandSize(insn, usage);
            case env, fst -> use66(insn, usage);
            case z, p -> use66(insn, usage); // REX.W cannot widen these (AMD64 ignores it for far pointers)
            case y -> {
                if (!(insn.mode == 64 && insn.form.forceOperand64)) usage.rexBits |= 8;
            }
            default -> { }
        }
    }

    /** The operand size mattered: 66h counts as used unless REX.W overrode it (then objdump says "data16"). */
    protected static void use66(Instruction insn, Usage usage) {
        if (!insn.rexW() || insn.form.space != InstructionForm.SPACE_LEGACY || insn.form.has("w66")) usage.operandSize = true;
    }

    /**
     * The instruction's operand size mattered: 66h was consumed, and so was REX.W except for
     * default-64-bit forms in 64-bit mode, where objdump shows REX.W as unused ("rex.W push").
     */
    protected static void markOperandSize(Instruction insn, Usage usage) {
        use66(insn, usage);
        if (!(insn.mode == 64 && (insn.form.defaultOperand64 || insn.form.forceOperand64))) usage.rexBits |= 8;
    }

    /** The register an operand names when it is not memory, or null. */
    protected static Register register(OperandSpec o, Instruction insn, Usage usage) {
        boolean rexPresent = insn.rex != 0;
        return switch (o.kind()) {
            case E, R -> {
                usage.rexBits |= (insn.rm >= 8 ? 1 : 0);
                Register r = Register.gpr(insn.rm, sizeOf(o, insn), rexPresent);
                noteByte(r, usage);
                yield r;
            }
            case G -> {
                usage.rexBits |= (insn.reg >= 8 ? 4 : 0);
                Register r = Register.gpr(insn.reg, sizeOf(o, insn), rexPresent);
                noteByte(r, usage);
                yield r;
            }
            case Z -> {
                usage.rexBits |= (insn.rm >= 8 ? 1 : 0);
                Register r = Register.gpr(insn.rm, sizeOf(o, insn), rexPresent);
                noteByte(r, usage);
                yield r;
            }
            case B -> Register.gpr(insn.vvvv, sizeOf(o, insn), true);
            case S -> Register.segment(insn.reg);
            case C -> {
                usage.rexBits |= (insn.reg >= 8 ? 4 : 0);
                yield Register.control(insn.reg);
            }
            case D -> {
                usage.rexBits |= (insn.reg >= 8 ? 4 : 0);
                yield Register.debug(insn.reg);
            }
            case V -> {
                usage.rexBits |= (insn.reg >= 8 ? 4 : 0);
                yield vector(insn, o, insn.reg);
            }
            case W, U -> {
                usage.rexBits |= (insn.rm >= 8 ? 1 : 0);
                yield vector(insn, o, insn.rm);
            }
            case H -> vector(insn, o, insn.vvvv);
            case L -> vector(insn, o, (int) ((insn.imm >> 4) & (insn.mode == 64 ? 0xF : 7))); // is4 bit 7 only in 64-bit mode
            case P -> Register.mmx(insn.reg);
            case Q, N -> Register.mmx(insn.rm);
            case FIXED_GPR -> Register.gpr(o.register(), sizeOf(o, insn), false);
            case FIXED_SEG -> Register.segment(o.register());
            case ST0 -> Register.ST0;
            case STI -> Register.st(insn.rm & 7);
            case XMM0 -> Register.XMM0;
            default -> null;
        };
    }

    private static void noteByte(Register r, Usage usage) {
        if (r.size == 1 && r.number >= 4 && r.kind == Register.Kind.GPR) usage.rexByteRegister = true;
    }

    private static Register vector(Instruction insn, OperandSpec o, int number) {
        boolean ymm = insn.vexL == 1 && (o.size() == OperandSize.x || o.size() == OperandSize.ps
                || o.size() == OperandSize.pd || o.size() == OperandSize.qq);
        return ymm ? Register.ymm(number) : Register.xmm(number);
    }

    /** True when operand {@code o} is a memory reference in this instruction. */
    protected static boolean isMemoryOperand(OperandSpec o, Instruction insn) {
        return switch (o.kind()) {
            case E, M, W, Q -> insn.isMemory;
            case O, X, Y -> true;
            default -> false;
        };
    }

    /** Immediate value as objdump prints it: sign-extended where the form says so, masked to its width. */
    protected static long immediateValue(OperandSpec o, Instruction insn, long raw, Usage usage) {
        int width;
        switch (o.size()) {
            case bs -> {
                width = insn.operandSize;
                markOperandSize(insn, usage);
            }
            case b -> width = 1;
            case w -> width = 2;
            case d -> width = 4;
            case q -> width = 8;
            case v -> {
                width = insn.operandSize;
                markOperandSize(insn, usage);
            }
            case z -> {
                width = insn.operandSize;
                use66(insn, usage);
            }
            default -> width = 8;
        }
        return width == 8 ? raw : raw & ((1L << (width * 8)) - 1);
    }

    /** The value of immediate operand {@code o} (the second of ENTER/EXTRQ comes from imm2), as printed. */
    protected static long immediateOperand(OperandSpec o, Instruction insn, Usage usage) {
        return immediateValue(o, insn, isSecondImmediate(insn.form, o) ? insn.imm2 : insn.imm, usage);
    }

    /**
     * Branch target of a J operand. A rel16/rel32 (Jz) consumes 66h; a rel8 does not, and objdump
     * then shows the 66h as "data16" and does not wrap the target.
     */
    protected static long branchTarget(OperandSpec o, Instruction insn, Usage usage) {
        long target = insn.nextAddress() + insn.imm;
        if (o.size() != OperandSize.b) {
            use66(insn, usage);
            if (insn.operandSize == 2) {
                // 16-bit code wraps within its 64 KiB; a 66h-shortened branch truncates IP to 16 bits.
                long segment = insn.operandSizePrefix ? 0 : insn.nextAddress() & ~0xFFFFL;
                return (target & 0xFFFF) | segment;
            }
        }
        if (insn.mode == 32) return target & 0xFFFF_FFFFL;
        return target;
    }

    protected static boolean isSecondImmediate(InstructionForm f, OperandSpec o) {
        boolean seenFirst = false;
        for (OperandSpec x : f.operands) {
            if (x.kind() == OperandKind.I) {
                if (x == o) return seenFirst;
                seenFirst = true;
            }
        }
        return false;
    }

    private static final String[] PREDICATES = {
            "eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord", "eq_uq", "nge", "ngt", "false", "neq_oq", "ge",
            "gt", "true", "eq_os", "lt_oq", "le_oq", "unord_s", "neq_us", "nlt_uq", "nle_uq", "ord_s", "eq_us",
            "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq", "gt_oq", "true_us"};
    private static final String[] CLMUL = {"lqlq", "hqlq", "lqhq", "hqhq"};

    /**
     * The pseudo-op objdump prints for a comparison predicate or PCLMULQDQ selector in imm8
     * ({@code ccimm}: cmpltps, vcmpneq_oqpd; {@code clmulimm}: pclmulhqlqdq), or null.
     * Legacy SSE compares know predicates 0-7, VEX ones 0-31.
     */
    protected static String pseudoOp(Instruction insn, String name) {
        InstructionForm f = insn.form;
        int imm = (int) (insn.imm & 0xFF);
        if (f.has("ccimm")) {
            int limit = f.space == InstructionForm.SPACE_LEGACY ? 8 : 32;
            int at = name.indexOf("cmp");
            if (imm >= limit || at < 0) return null;
            return name.substring(0, at + 3) + PREDICATES[imm] + name.substring(at + 3);
        }
        if (f.has("clmulimm")) {
            int sel = imm == 0x10 ? 2 : imm == 0x11 ? 3 : imm;
            int at = name.indexOf("qdq");
            if (sel > 3 || at < 0) return null;
            return name.substring(0, at) + CLMUL[sel] + "dq";
        }
        return null;
    }

    /** Table mnemonics are single words; an underscore inside parentheses stands for a space ("frstpm(287 only)"). */
    protected static String displayName(String s) {
        int paren = s.indexOf('(');
        return paren < 0 ? s : s.substring(0, paren) + s.substring(paren).replace('_', ' ');
    }

    protected static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    protected static boolean isStringOp(InstructionForm f) {
        for (OperandSpec o : f.operands) {
            if (o.kind() == OperandKind.X || o.kind() == OperandKind.Y) return true;
        }
        return false;
    }
}
