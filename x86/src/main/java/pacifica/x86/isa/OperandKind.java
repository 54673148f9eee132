package pacifica.x86.isa;

/**
 * Where an operand comes from, in the addressing-method letters of the AMD/Intel opcode maps
 * (AMD64 APM vol. 3, appendix A "Opcode and Operand Encodings"). The table writes an operand as
 * the letter followed by a size code, e.g. {@code Ev}, {@code Gb}, {@code Iz}, {@code Wps}.
 */
public enum OperandKind {
    /** ModRM.rm: general register or memory. */
    E,
    /** ModRM.reg: general register. */
    G,
    /** ModRM.rm, memory only. */
    M,
    /** ModRM.rm, general register only. */
    R,
    /** Immediate. */
    I,
    /** Relative branch offset (an immediate added to the next instruction's address). */
    J,
    /** Memory offset (moffs) encoded in the instruction, no ModRM. */
    O,
    /** Segment register in ModRM.reg. */
    S,
    /** Control register in ModRM.reg. */
    C,
    /** Debug register in ModRM.reg. */
    D,
    /** XMM/YMM register in ModRM.reg. */
    V,
    /** XMM/YMM register or memory in ModRM.rm. */
    W,
    /** XMM/YMM register in ModRM.rm (register form only). */
    U,
    /** XMM/YMM register in VEX.vvvv. */
    H,
    /** XMM/YMM register in bits 7:4 of an 8-bit immediate (VEX /is4). */
    L,
    /** MMX register in ModRM.reg. */
    P,
    /** MMX register or memory in ModRM.rm. */
    Q,
    /** MMX register in ModRM.rm (register form only). */
    N,
    /** General register in VEX.vvvv (BMI). */
    B,
    /** String source DS:rSI (segment overridable). */
    X,
    /** String destination ES:rDI (never overridden). */
    Y,
    /** Direct far pointer (ptr16:16 / ptr16:32) in the instruction. */
    A,
    /** General register in the low three bits of the opcode byte (extended by REX.B): the "+r" forms. */
    Z,
    /** A fixed general register named by the table (AL, rAX, DX ...). */
    FIXED_GPR,
    /** A fixed segment register (ES, CS, SS, DS, FS, GS). */
    FIXED_SEG,
    /** The constant 1 (shift-by-one forms). */
    ONE,
    /** x87 stack top, ST(0). */
    ST0,
    /** x87 register ST(i), i from ModRM.rm. */
    STI,
    /** Implicit XMM0 (SSE4.1 blend variants). */
    XMM0
}
