package pacifica.x86.isa;

import java.util.List;

/**
 * One operand of an instruction form as the table writes it: an addressing letter and a size code
 * ({@code Ev}, {@code Ib}), or a fixed register ({@code AL}, {@code rAX}, {@code DX}, {@code CS}),
 * the constant {@code 1}, or an x87 stack register ({@code ST}, {@code ST(i)}).
 *
 * @param kind     where the operand comes from
 * @param size     its size code
 * @param register for fixed registers: the register number (GPR 0-15 or segment 0-5), else -1
 * @param text     the operand exactly as written in the table
 */
public record OperandSpec(OperandKind kind, OperandSize size, int register, String text) {

    private static final List<String> GPR8 = List.of("AL", "CL", "DL", "BL", "AH", "CH", "DH", "BH");
    private static final List<String> GPR16 = List.of("AX", "CX", "DX", "BX", "SP", "BP", "SI", "DI");
    private static final List<String> SEGS = List.of("ES", "CS", "SS", "DS", "FS", "GS");

    public boolean isMemoryCapable() {
        return switch (kind) {
            case E, M, O, W, Q, X, Y -> true;
            default -> false;
        };
    }

    /** True for operands encoded by ModRM.rm. */
    public boolean usesModrmRm() {
        return switch (kind) {
            case E, M, R, W, U, Q, N, STI -> true;
            default -> false;
        };
    }

    /** True for operands encoded by ModRM.reg. */
    public boolean usesModrmReg() {
        return switch (kind) {
            case G, S, C, D, V, P -> true;
            default -> false;
        };
    }

    public boolean isImmediate() {
        return kind == OperandKind.I || kind == OperandKind.J || kind == OperandKind.A || kind == OperandKind.L;
    }

    public static OperandSpec parse(String text) {
        String t = text.trim();
        if (t.equals("1")) return new OperandSpec(OperandKind.ONE, OperandSize.b, -1, t);
        if (t.equals("ST") || t.equals("ST(0)")) return new OperandSpec(OperandKind.ST0, OperandSize.er, 0, t);
        if (t.equals("ST(i)")) return new OperandSpec(OperandKind.STI, OperandSize.er, -1, t);
        if (t.equals("XMM0")) return new OperandSpec(OperandKind.XMM0, OperandSize.dq, 0, t);
        int seg = SEGS.indexOf(t);
        if (seg >= 0) return new OperandSpec(OperandKind.FIXED_SEG, OperandSize.w, seg, t);
        int r8 = GPR8.indexOf(t);
        if (r8 >= 0) return new OperandSpec(OperandKind.FIXED_GPR, OperandSize.b, r8, t);
        int r16 = GPR16.indexOf(t);
        if (r16 >= 0) return new OperandSpec(OperandKind.FIXED_GPR, OperandSize.w, r16, t);
        if (t.length() == 3 && (t.charAt(0) == 'r' || t.charAt(0) == 'e')) {
            int r = GPR16.indexOf(t.substring(1));
            if (r >= 0) {
                return new OperandSpec(OperandKind.FIXED_GPR, t.charAt(0) == 'r' ? OperandSize.v : OperandSize.z, r, t);
            }
        }
        if (t.length() == 3 && t.charAt(0) == 'E') {
            int r = GPR16.indexOf(t.substring(1));
            if (r >= 0) return new OperandSpec(OperandKind.FIXED_GPR, OperandSize.d, r, t);
        }
        if (t.length() == 3 && t.charAt(0) == 'R') {
            int r = GPR16.indexOf(t.substring(1));
            if (r >= 0) return new OperandSpec(OperandKind.FIXED_GPR, OperandSize.q, r, t);
        }
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
            throw new IllegalArgumentException("cannot parse operand '" + text + "'");
        }
        OperandKind kind;
        try {
            kind = OperandKind.valueOf(t.substring(0, 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown addressing method in operand '" + text + "'");
        }
        return new OperandSpec(kind, OperandSize.parse(t.substring(1)), -1, t);
    }

    @Override
    public String toString() {
        return text;
    }
}
