package pacifica.x86.encode;

/**
 * A code or data location whose address is fixed by the assembler ({@link #bind}); operands refer
 * to it before that (forward references). Its address changes between relaxation passes.
 */
public final class Label implements Operand {
    private final String name;
    private long address;
    private boolean bound;

    public Label(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The current address (0 before the label is placed). */
    public long address() {
        return address;
    }

    public boolean isBound() {
        return bound;
    }

    /** Sets the address (called by assemblers on every pass). */
    public void place(long address) {
        this.address = address;
        this.bound = true;
    }

    public LabelRef plus(long offset) {
        return new LabelRef(this, offset);
    }

    @Override
    public String toString() {
        return name;
    }
}
