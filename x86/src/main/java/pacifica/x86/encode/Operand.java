package pacifica.x86.encode;

import pacifica.x86.Register;

/**
 * An instruction operand for the encoder, in Intel order (destination first): a
 * {@link Register}, a memory reference {@link Mem}, an immediate {@link Imm}, or a branch target
 * ({@link Label}, {@link LabelRef}, or an absolute {@link Imm} address).
 *
 * <p>{@link Register} and {@link Label} implement this interface themselves, so typed code writes
 * {@code asm.mov(RAX, mem(RBX, 8))} and {@code asm.jne(label)}.
 */
public interface Operand {

    static Mem mem(Register base) {
        return new Mem(null, base, null, 1, 0, null, false, 0);
    }

    static Mem mem(Register base, long disp) {
        return new Mem(null, base, null, 1, disp, null, false, 0);
    }

    static Mem mem(Register base, Register index, int scale) {
        return new Mem(null, base, index, scale, 0, null, false, 0);
    }

    static Mem mem(Register base, Register index, int scale, long disp) {
        return new Mem(null, base, index, scale, disp, null, false, 0);
    }

    /** An absolute address (no base or index register). */
    static Mem abs(long address) {
        return new Mem(null, null, null, 1, address, null, false, 0);
    }

    /** The address of a label, absolute. */
    static Mem abs(Label label) {
        return new Mem(null, null, null, 1, 0, label, true, 0);
    }

    /** RIP-relative reference to a label (64-bit mode): the encoder computes label - next instruction. */
    static Mem rip(Label label) {
        return new Mem(null, Register.RIP, null, 1, 0, label, true, 0);
    }

    /** RIP-relative with a literal displacement. */
    static Mem rip(long disp) {
        return new Mem(null, Register.RIP, null, 1, disp, null, false, 0);
    }

    static Imm imm(long value) {
        return new Imm(value, null, false);
    }

    /** The address of a label (plus an offset) as an immediate. */
    static Imm imm(Label label, long offset) {
        return new Imm(offset, label, true);
    }

    /** Converts Java API arguments: Operand as is, Number to an immediate. */
    static Operand of(Object o) {
        if (o instanceof Operand op) return op;
        if (o instanceof Number n) return imm(n.longValue());
        throw new EncodeException("not an operand: " + o);
    }
}
