package pacifica.x86.format;

import pacifica.x86.Register;
import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSize;
import pacifica.x86.isa.OperandSpec;

/**
 * AT&amp;T syntax exactly as GNU objdump 2.40 prints it: operands reversed from the table's
 * Intel order, {@code %} registers, {@code $} immediates, {@code disp(base,index,scale)} memory,
 * size suffixes where no register operand tells the size.
 */
public final class AttFormatter extends Formatter {
    public AttFormatter() {
        this(SymbolResolver.NONE);
    }

    public AttFormatter(SymbolResolver symbols) {
        super(symbols);
    }

    @Override
    protected OperandSpec[] operandOrder(InstructionForm f) {
        if (f.has("attorder")) return f.operands;
        OperandSpec[] reversed = new OperandSpec[f.operands.length];
        for (int n = 0; n < reversed.length; n++) reversed[n] = f.operands[reversed.length - 1 - n];
        return reversed;
    }

    @Override
    protected void appendBadOperand(Instruction insn, StringBuilder out) {
        memory(insn, new Usage(), out);
    }

    @Override
    protected void dropImmediate(StringBuilder operands) {
        if (operands.length() > 0 && operands.charAt(0) == '$') {
            int comma = operands.indexOf(",");
            operands.delete(0, comma < 0 ? operands.length() : comma + 1);
        }
    }

    @Override
    protected boolean operand(OperandSpec o, Instruction insn, Usage usage, StringBuilder out) {
        if (isMemoryOperand(o, insn)) {
            noteSizeUse(o, insn, usage);
            if (o.kind() == OperandKind.X) {
                stringOperand(insn, usage, out, true);
            } else if (o.kind() == OperandKind.Y) {
                stringOperand(insn, usage, out, false);
            } else {
                if (insn.form.has("indirect")) out.append('*');
                memory(insn, usage, out);
            }
            return true;
        }
        switch (o.kind()) {
            case ONE -> { return false; }
            case I -> {
                out.append("$0x").append(Long.toHexString(immediateOperand(o, insn, usage)));
                return true;
            }
            case J -> {
                appendAddress(branchTarget(o, insn, usage), out);
                return true;
            }
            case A -> {
                use66(insn, usage);
                out.append("$0x").append(Long.toHexString(insn.imm2)).append(",$0x").append(Long.toHexString(insn.imm));
                return true;
            }
            default -> { }
        }
        Register r = register(o, insn, usage);
        if (r == null && o.kind() == OperandKind.S) {
            out.append("%?"); // segment registers 6 and 7 do not exist; objdump prints "?"
            return true;
        }
        if (r == null) throw new IllegalStateException("cannot format operand " + o + " of " + insn.form);
        noteSizeUse(o, insn, usage);
        if (o.kind() == OperandKind.FIXED_GPR && o.register() == 2 && o.size() == OperandSize.w
                && insn.form.has("port")) {
            out.append("(%dx)");
            return true;
        }
        if (insn.form.has("indirect")) out.append('*');
        if (r.kind == Register.Kind.DEBUG) {
            out.append("%db").append(r.number); // objdump's AT&T name for the debug registers
        } else {
            out.append('%').append(r == Register.ST0 && o.kind() == OperandKind.ST0 ? "st" : r.gnuName);
        }
        return true;
    }

    private void stringOperand(Instruction insn, Usage usage, StringBuilder out, boolean source) {
        usage.addressSize = true;
        if (source) {
            int seg = insn.segmentOverride;
            usage.segment = true;
            if (seg < 0 || (insn.mode == 64 && seg < Instruction.FS)) seg = Instruction.DS;
            out.append('%').append(Register.segment(seg).gnuName).append(':');
        } else {
            out.append("%es:");
        }
        String reg = insn.form.has("xlat") ? "bx" : source ? "si" : "di";
        out.append('(').append('%').append(insn.addressSize == 8 ? "r" : insn.addressSize == 4 ? "e" : "").append(reg).append(')');
    }

    private void memory(Instruction insn, Usage usage, StringBuilder out) {
        appendSegment(insn, usage, out);
        if (insn.dispSize > 0 && insn.modrm < 0) {
            // moffs (A0-A3): an absolute address as wide as the address size.
            usage.addressSize = true;
            out.append("0x").append(Long.toHexString(mask(insn.disp, insn.addressSize)));
            return;
        }
        if (insn.addressSize == 2) {
            memory16(insn, usage, out);
            return;
        }
        Address a = Address.of(insn, usage);
        if (a.dispEncoded) {
            if (a.bracketed || a.riprel) appendDisplacement(a.disp, insn.mode, out);
            else appendOperandValue(a.disp, insn.mode, out);
            if (a.riprel) out.append(insn.addressSize == 4 ? "(%eip)" : "(%rip)");
        }
        if (!a.bracketed) return;
        out.append('(');
        if (a.hasBase) out.append('%').append(a.base);
        if (a.showIndex) out.append(",%").append(a.index).append(',').append(1 << a.scale);
        out.append(')');
    }

    private void memory16(Instruction insn, Usage usage, StringBuilder out) {
        usage.addressSize = true;
        int mod = insn.modrm >> 6;
        int rm = insn.modrm & 7;
        if (mod != 0 || rm == 6) appendDisplacement(insn.disp, insn.mode, out);
        if (mod != 0 || rm != 6) out.append('(').append(INDEX16[rm]).append(')');
    }

    private static final String[] INDEX16 = {
            "%bx,%si", "%bx,%di", "%bp,%si", "%bp,%di", "%si", "%di", "%bp", "%bx"};

    private static void appendSegment(Instruction insn, Usage usage, StringBuilder out) {
        int seg = insn.segmentOverride;
        if (seg < 0) return;
        if (insn.mode == 64 && seg < Instruction.FS) return; // inactive in 64-bit mode: printed as a prefix word
        usage.segment = true;
        out.append('%').append(Register.segment(seg).gnuName).append(':');
    }

    /** A signed displacement: -0x8, 0x10. */
    static void appendDisplacement(long disp, int mode, StringBuilder out) {
        if (disp < 0) {
            out.append('-');
            if (disp == Long.MIN_VALUE) {
                out.append("0x8000000000000000");
                return;
            }
            disp = -disp;
        }
        out.append("0x").append(Long.toHexString(disp));
    }

    /** An absolute value as objdump prints addresses: 64 bits in 64-bit mode, else 32. */
    static void appendOperandValue(long value, int mode, StringBuilder out) {
        out.append("0x").append(Long.toHexString(mode == 64 ? value : value & 0xFFFF_FFFFL));
    }

    static long mask(long value, int bytes) {
        return bytes == 8 ? value : value & ((1L << (bytes * 8)) - 1);
    }

    @Override
    protected void appendMnemonic(Instruction insn, Usage usage, StringBuilder out) {
        InstructionForm f = insn.form;
        String att = insn.operandSize == 8 && f.has("att64") ? f.attribute("att64")
                : insn.addressSize == 8 && f.has("atta64") ? f.attribute("atta64") : f.attribute("att");
        if (insn.waitPrefix && f.has("wait")) att = f.attribute("wait");
        String name = displayName(att != null ? att : lower(f.mnemonic));
        if (f.has("branchhint") || (f.flow == pacifica.x86.isa.Flow.BRANCH && isJcc(f))) {
            // objdump shows 2E/3E before a Jcc as the old branch hints.
            int seg = insn.segmentOverride;
            if (seg == Instruction.CS || seg == Instruction.DS) {
                usage.branchHint = true;
                out.append(name).append(seg == Instruction.CS ? ",pn" : ",pt");
                return;
            }
        }
        if (f.mnemonic.equals("MOVZX") || f.mnemonic.equals("MOVSX")) {
            out.append(name).append(letter(sizeOf(f.operands[1], insn))).append(letter(insn.operandSize));
            markOperandSize(insn, usage);
            return;
        }
        out.append(name);
        if (f.operandSizeConstraint != 0) markOperandSize(insn, usage);
        if (f.w == 1 && f.space == InstructionForm.SPACE_LEGACY) usage.rexBits |= 8;
        String rule = f.attribute("sfx");
        if (rule == null) rule = "mem";
        switch (rule) {
            case "none" -> { }
            case "always" -> out.append(letter(operationSize(insn)));
            case "mem64" -> {
                // objdump sizes a memory source only where REX.W could change it (64-bit mode).
                usage.rexBits |= 8;
                if (insn.isMemory && insn.mode == 64) out.append(letter(sizeOf(f.operands[f.operands.length - 1], insn)));
            }
            case "not64" -> {
                if (insn.mode != 64) use66(insn, usage);
                if (insn.mode != 64) out.append(letter(insn.operandSize));
            }
            case "wq" -> {
                if (insn.vexW || insn.rexW()) out.append('q');
            }
            case "xy" -> {
                if (insn.isMemory) out.append(insn.vexL == 1 ? 'y' : 'x');
            }
            case "src" -> {
                if (insn.isMemory) out.append(letter(sizeOf(f.operands[f.operands.length - 1], insn)));
            }
            case "w" -> {
                usage.rexBits |= 8;
                if (insn.mode == 64) out.append(insn.rexW() ? 'q' : 'l');
            }
            case "ndef" -> {
                markOperandSize(insn, usage);
                if (insn.operandSize != defaultOperandSize(insn)) out.append(letter(insn.operandSize));
            }
            case "p66" -> {
                use66(insn, usage);
                if (insn.operandSizePrefix && !hasGprOperand(insn)) out.append(letter(insn.operandSize));
            }
            case "addr" -> {
                if (insn.addressSizePrefix) {
                    usage.addressSize = true;
                    out.append(letter(insn.addressSize));
                }
            }
            default -> {
                if (f.space == InstructionForm.SPACE_LEGACY && needsMemorySuffix(insn)) {
                    out.append(letter(operationSize(insn)));
                } else if (hasEnvironmentOperand(f) && insn.operandSizePrefix) {
                    // FNSAVE/FRSTOR/FLDENV/FNSTENV with 66h use the 16-bit (or 32-bit) layout: fnsaves.
                    use66(insn, usage);
                    out.append(insn.operandSize == 2 ? 's' : 'l');
                }
            }
        }
        if (f.has("indirect") && insn.segmentOverride == Instruction.DS) usage.notrack = true;
    }

    private static boolean hasEnvironmentOperand(InstructionForm f) {
        for (OperandSpec o : f.operands) if (o.size() == OperandSize.env || o.size() == OperandSize.fst) return true;
        return false;
    }

    /** True when a general register operand (which shows the operand size) is printed. */
    static boolean hasGprOperand(Instruction insn) {
        for (OperandSpec o : insn.form.operands) {
            switch (o.kind()) {
                case E, R, U -> { if (!insn.isMemory) return true; }
                case G, Z, B, FIXED_GPR -> { return true; }
                default -> { }
            }
        }
        return false;
    }

    private static boolean isJcc(InstructionForm f) {
        String m = f.mnemonic;
        return m.startsWith("J") && !m.startsWith("JMP");
    }

    static int defaultOperandSize(Instruction insn) {
        if (insn.mode == 16) return 2;
        if (insn.mode == 64 && insn.form.defaultOperand64) return 8;
        return 4;
    }

    /** The width the suffix describes: the first sized E/X/Y/G operand, else the operand size. */
    static int operationSize(Instruction insn) {
        for (OperandSpec o : insn.form.operands) {
            switch (o.kind()) {
                case E, X, Y, G, M, Z, FIXED_GPR -> {
                    if (o.size() != OperandSize.NONE && !(o.kind() == OperandKind.FIXED_GPR && insn.form.has("port"))) {
                        return sizeOf(o, insn);
                    }
                }
                default -> { }
            }
        }
        return insn.operandSize;
    }

    private static boolean needsMemorySuffix(Instruction insn) {
        boolean memory = false;
        for (OperandSpec o : insn.form.operands) {
            switch (o.kind()) {
                case E -> {
                    if (insn.isMemory) memory = true;
                    else return false;
                }
                case G, R, Z, B -> { return false; }
                case FIXED_GPR -> {
                    if (!(o.register() == 1 && o.size() == OperandSize.b)) return false;
                }
                default -> { }
            }
        }
        return memory;
    }

    static char letter(int size) {
        return switch (size) {
            case 1 -> 'b';
            case 2 -> 'w';
            case 4 -> 'l';
            default -> 'q';
        };
    }
}
