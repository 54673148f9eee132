package pacifica.x86.isa;

/**
 * The size code that follows an operand's addressing letter, as in the opcode maps (APM vol. 3,
 * appendix A; Intel SDM vol. 2, appendix A.2.2), plus the x87 memory-format codes.
 * {@link #bytes} resolves a code to a width for one decoded instruction.
 */
public enum OperandSize {
    /** No size: the operand is an address only (LEA, INVLPG, prefetch ...). */
    NONE("", 0),
    b("b", 1),
    /** A byte immediate sign-extended to the operand size (83 /0, 6A, 6B). */
    bs("bs", 1),
    w("w", 2),
    d("d", 4),
    q("q", 8),
    /** Word, doubleword or quadword by the effective operand size. */
    v("v", -1),
    /** Word for 16-bit operand size, else doubleword (immediates of v-sized operations). */
    z("z", -1),
    /** Doubleword, or quadword with REX.W / VEX.W in 64-bit mode. */
    y("y", -1),
    /** Far pointer: 16:16, 16:32 or 16:64 by operand size. */
    p("p", -1),
    /** Pseudo-descriptor for LGDT/LIDT/SGDT/SIDT: 6 bytes, 10 in 64-bit mode. */
    s("s", -1),
    /** Pair of bounds (BOUND). */
    a("a", -1),
    dq("dq", 16),
    qq("qq", 32),
    /** 128 or 256 bits by VEX.L. */
    x("x", -1),
    /** Packed single / double: 128 or 256 bits by VEX.L. */
    ps("ps", -1),
    pd("pd", -1),
    /** Scalar single / double in an XMM register or memory. */
    ss("ss", 4),
    sd("sd", 8),
    /** 64-bit MMX operand. */
    pi("pi", 8),
    /** x87 memory formats: single, double, extended real; word, dword, qword integer; packed BCD. */
    sr("sr", 4),
    dr("dr", 8),
    er("er", 10),
    wi("wi", 2),
    di("di", 4),
    qi("qi", 8),
    bcd("bcd", 10),
    /** x87 environment (14 or 28 bytes) and full state (94 or 108 bytes). */
    env("env", -1),
    fst("fst", -1),
    /** FXSAVE/XSAVE areas. */
    fx("fx", 512),
    xs("xs", 0);

    public final String code;
    private final int fixed;

    OperandSize(String code, int fixed) {
        this.code = code;
        this.fixed = fixed;
    }

    /** True when the width depends on the instruction's prefixes or mode. */
    public boolean isVariable() {
        return fixed < 0;
    }

    /**
     * Width in bytes for an instruction whose effective operand size is {@code opsize} bytes,
     * with VEX.L {@code vexL} and REX.W/VEX.W {@code w}.
     */
    public int bytes(int opsize, int vexL, boolean w, int mode) {
        return switch (this) {
            case v -> opsize;
            case z -> opsize == 2 ? 2 : 4;
            case y -> w && mode == 64 ? 8 : 4;
            case p -> opsize + 2;
            case s -> mode == 64 ? 10 : 6;
            case a -> opsize * 2;
            case x, ps, pd -> vexL == 1 ? 32 : 16;
            case env -> opsize == 2 ? 14 : 28;
            case fst -> opsize == 2 ? 94 : 108;
            default -> fixed;
        };
    }

    public static OperandSize parse(String code) {
        if (code.isEmpty()) return NONE;
        for (OperandSize s : values()) {
            if (s.code.equals(code)) return s;
        }
        throw new IllegalArgumentException("unknown operand size code '" + code + "'");
    }
}
