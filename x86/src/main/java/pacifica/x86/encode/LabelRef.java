package pacifica.x86.encode;

/** A branch target or address: a label plus a constant offset. */
public record LabelRef(Label label, long offset) implements Operand {

    public long resolved() {
        return label.address() + offset;
    }
}
