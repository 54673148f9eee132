package pacifica.x86.format;

import pacifica.x86.Register;
import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.Flow;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSize;
import pacifica.x86.isa.OperandSpec;

/**
 * Intel syntax as {@code objdump -M intel} prints it: the table's operand order, bare register
 * names, {@code DWORD PTR [base+index*scale+disp]} memory, hexadecimal immediates.
 */
public final class IntelFormatter extends Formatter {
    public IntelFormatter() {
        this(SymbolResolver.NONE);
    }

    public IntelFormatter(SymbolResolver symbols) {
        super(symbols);
    }

    private static final OperandSpec[] NONE = new OperandSpec[0];

    @Override
    protected OperandSpec[] operandOrder(InstructionForm f) {
        return f.has("intelnoops") ? NONE : f.operands; // objdump leaves MONITOR/MWAIT operands implicit
    }

    @Override
    protected void appendBadOperand(Instruction insn, StringBuilder out) {
        memory(insn, new Usage(), out);
    }

    @Override
    protected void dropImmediate(StringBuilder operands) {
        int comma = operands.lastIndexOf(",");
        if (comma >= 0 && operands.indexOf("0x", comma) == comma + 1) operands.setLength(comma);
    }

    @Override
    protected boolean operand(OperandSpec o, Instruction insn, Usage usage, StringBuilder out) {
        if (isMemoryOperand(o, insn)) {
            noteSizeUse(o, insn, usage);
            sizePointer(o, insn, out);
            if (o.kind() == OperandKind.X || o.kind() == OperandKind.Y) {
                stringOperand(insn, usage, out, o.kind() == OperandKind.X);
            } else {
                memory(insn, usage, out);
            }
            return true;
        }
        switch (o.kind()) {
            case ONE -> {
                out.append('1');
                return true;
            }
            case I -> {
                out.append("0x").append(Long.toHexString(immediateOperand(o, insn, usage)));
                return true;
            }
            case J -> {
                appendAddress(branchTarget(o, insn, usage), out);
                return true;
            }
            case A -> {
                use66(insn, usage);
                out.append("0x").append(Long.toHexString(insn.imm2)).append(":0x").append(Long.toHexString(insn.imm));
                return true;
            }
            default -> { }
        }
        Register r = register(o, insn, usage);
        if (r == null && o.kind() == OperandKind.S) {
            out.append("?"); // segment registers 6 and 7 do not exist; objdump prints "?"
            return true;
        }
        if (r == null) throw new IllegalStateException("cannot format operand " + o + " of " + insn.form);
        noteSizeUse(o, insn, usage);
        out.append(r == Register.ST0 && o.kind() == OperandKind.ST0 ? "st" : r.gnuName);
        return true;
    }

    /** "DWORD PTR " etc. from the operand's size code; nothing for size-less operands. */
    private static void sizePointer(OperandSpec o, Instruction insn, StringBuilder out) {
        String explicit = insn.form.attribute("intelptr");
        if (explicit != null) {
            if (!explicit.equals("none")) out.append(explicit).append(" PTR ");
            return;
        }
        OperandSize s = o.size();
        String word = switch (s) {
            case NONE, s, env, fst, fx, xs -> null;
            case sr -> "DWORD";
            case dr -> "QWORD";
            case er, bcd -> "TBYTE";
            case wi -> "WORD";
            case di -> "DWORD";
            case qi -> "QWORD";
            case p -> insn.operandSize == 2 ? "DWORD" : "FWORD"; // AMD64 ignores REX.W on far pointers
            default -> switch (sizeOf(o, insn)) {
                case 1 -> "BYTE";
                case 2 -> "WORD";
                case 4 -> "DWORD";
                case 8 -> "QWORD";
                case 10 -> "TBYTE";
                case 16 -> "XMMWORD";
                case 32 -> "YMMWORD";
                default -> null;
            };
        };
        if (word != null) out.append(word).append(" PTR ");
    }

    private void stringOperand(Instruction insn, Usage usage, StringBuilder out, boolean source) {
        usage.addressSize = true;
        if (source) {
            int seg = insn.segmentOverride;
            usage.segment = true;
            if (seg < 0 || (insn.mode == 64 && seg < Instruction.FS)) seg = Instruction.DS;
            out.append(Register.segment(seg).gnuName).append(':');
        } else {
            out.append("es:");
        }
        String reg = insn.form.has("xlat") ? "bx" : source ? "si" : "di";
        out.append('[').append(insn.addressSize == 8 ? "r" : insn.addressSize == 4 ? "e" : "").append(reg).append(']');
    }

    private void memory(Instruction insn, Usage usage, StringBuilder out) {
        boolean segmentShown = appendSegment(insn, usage, out);
        if (insn.dispSize > 0 && insn.modrm < 0) {
            usage.addressSize = true;
            if (!segmentShown) out.append("ds:");
            out.append("0x").append(Long.toHexString(AttFormatter.mask(insn.disp, insn.addressSize)));
            return;
        }
        if (insn.addressSize == 2) {
            memory16(insn, usage, out, segmentShown);
            return;
        }
        Address a = Address.of(insn, usage);
        long disp = a.disp;
        if (a.bracketed || a.riprel) {
            out.append('[');
            if (a.riprel) out.append(insn.addressSize == 4 ? "eip" : "rip");
            if (a.hasBase) out.append(a.base);
            if (a.showIndex) {
                if (a.hasBase) out.append('+');
                out.append(a.index).append('*').append(1 << a.scale);
            }
            if (disp != 0 || a.dispEncoded) {
                if (!a.bracketed || disp >= 0) {
                    out.append('+');
                } else if (insn.modrm >> 6 != 1 && disp != -disp) {
                    out.append('-');
                    disp = -disp;
                }
                if (a.bracketed) AttFormatter.appendDisplacement(disp, insn.mode, out);
                else AttFormatter.appendOperandValue(disp, insn.mode, out);
            }
            out.append(']');
        } else if (a.dispEncoded) {
            if (!segmentShown) out.append("ds:");
            AttFormatter.appendOperandValue(disp, insn.mode, out);
        }
    }

    private static final String[] INDEX16 = {"bx+si", "bx+di", "bp+si", "bp+di", "si", "di", "bp", "bx"};

    private void memory16(Instruction insn, Usage usage, StringBuilder out, boolean segmentShown) {
        usage.addressSize = true;
        int mod = insn.modrm >> 6;
        int rm = insn.modrm & 7;
        long disp = insn.disp;
        if (mod != 0 || rm != 6) {
            out.append('[').append(INDEX16[rm]);
            if (disp != 0 || mod != 0) {
                if (disp >= 0) {
                    out.append('+');
                } else if (mod != 1) {
                    out.append('-');
                    disp = -disp;
                }
                AttFormatter.appendDisplacement(disp, insn.mode, out);
            }
            out.append(']');
        } else {
            if (!segmentShown) out.append("ds:");
            out.append("0x").append(Long.toHexString(disp & 0xFFFF));
        }
    }

    private static boolean appendSegment(Instruction insn, Usage usage, StringBuilder out) {
        int seg = insn.segmentOverride;
        if (seg < 0) return false;
        if (insn.mode == 64 && seg < Instruction.FS) return false;
        usage.segment = true;
        out.append(Register.segment(seg).gnuName).append(':');
        return true;
    }

    @Override
    protected void appendMnemonic(Instruction insn, Usage usage, StringBuilder out) {
        InstructionForm f = insn.form;
        String intel = insn.operandSize == 8 && f.has("intel64") ? f.attribute("intel64")
                : insn.addressSize == 8 && f.has("atta64") ? f.attribute("atta64") : f.attribute("intel");
        if (insn.waitPrefix && f.has("wait")) intel = f.attribute("wait");
        String name = displayName(intel != null ? intel : lower(f.mnemonic));
        out.append(name);
        if (f.operandSizeConstraint != 0) markOperandSize(insn, usage);
        if (f.w == 1 && f.space == InstructionForm.SPACE_LEGACY) usage.rexBits |= 8;
        for (OperandSpec o : f.operands) {
            if ((o.size() == OperandSize.env || o.size() == OperandSize.fst) && insn.operandSizePrefix) {
                use66(insn, usage);
                out.append(insn.operandSize == 2 ? 'w' : 'd');
            }
        }
        String rule = f.attribute("sfx");
        if (rule == null) return;
        switch (rule) {
            case "w" -> {
                usage.rexBits |= 8;
                if (insn.mode == 64) out.append(insn.rexW() ? 'q' : 'd');
            }
            case "not64" -> {
                if (insn.mode != 64) use66(insn, usage);
                if (insn.mode != 64) out.append(intelLetter(insn.operandSize));
            }
            case "ndef" -> {
                markOperandSize(insn, usage);
                if (insn.operandSize != AttFormatter.defaultOperandSize(insn)) out.append(intelLetter(insn.operandSize));
            }
            case "p66" -> {
                use66(insn, usage);
                if (insn.operandSizePrefix && !hasMemoryOperand(insn) && !AttFormatter.hasGprOperand(insn) && !hasFarPointer(insn)) {
                    out.append(intelLetter(insn.operandSize));
                }
            }
            case "always" -> {
                if (!hasMemoryOperand(insn) && !isStringOp(f)) {
                    out.append(intelLetter(AttFormatter.operationSize(insn)));
                }
            }
            default -> { }
        }
        if (f.has("indirect") && insn.segmentOverride == Instruction.DS) usage.notrack = true;
        if (f.flow == Flow.BRANCH && insn.segmentOverride >= 0) usage.branchHint = false;
    }

    private static boolean hasFarPointer(Instruction insn) {
        for (OperandSpec o : insn.form.operands) if (o.kind() == OperandKind.A) return true;
        return false;
    }

    private static boolean hasMemoryOperand(Instruction insn) {
        for (OperandSpec o : insn.form.operands) if (isMemoryOperand(o, insn)) return true;
        return false;
    }

    private static char intelLetter(int size) {
        return switch (size) {
            case 1 -> 'b';
            case 2 -> 'w';
            case 4 -> 'd';
            default -> 'q';
        };
    }
}
