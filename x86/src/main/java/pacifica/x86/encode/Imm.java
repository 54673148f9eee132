package pacifica.x86.encode;

/**
 * An immediate: a constant, or a label's address plus an offset.
 *
 * @param value       the constant (the offset when there is a label)
 * @param label       label whose address is added, or null
 * @param relocatable the value depends on a symbol: the encoder never picks a short
 *                    (sign-extended byte) form for it, as GNU as emits a relocation there
 */
public record Imm(long value, Label label, boolean relocatable) implements Operand {

    public long resolved() {
        return label == null ? value : label.address() + value;
    }
}
