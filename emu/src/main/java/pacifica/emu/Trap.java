package pacifica.emu;

/**
 * An architectural exception in flight inside the CPU loop: vector, error code and (for #PF) the
 * faulting linear address. It is stackless and preallocated by its owner (one per CPU or memory),
 * so raising it costs no allocation; the run loop catches it and turns it into a value. It must
 * never escape the run loop.
 */
public final class Trap extends RuntimeException {
    public int vector;
    /** Error code, or -1 when the vector pushes none. */
    public int errorCode;
    /** Faulting linear address (#PF), else 0. */
    public long faultAddress;

    public Trap() {
        super(null, null, false, false);
    }

    /** Fills in the fields and returns this, for {@code throw trap.set(...)}. */
    public Trap set(int vector, int errorCode, long faultAddress) {
        this.vector = vector;
        this.errorCode = errorCode;
        this.faultAddress = faultAddress;
        return this;
    }

    @Override
    public String getMessage() {
        return Vectors.name(vector) + " error=" + errorCode + " addr=0x" + Long.toHexString(faultAddress);
    }
}
