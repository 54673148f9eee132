package pacifica.emu.x87;

/**
 * The in/out state of one {@link Float80} operation, reused from operation to operation so that
 * arithmetic allocates nothing: the caller sets {@link #control} (the x87 control word), calls an
 * operation, and reads the result fields and {@link #flags}.
 *
 * <p>{@link #flags} uses the x87 status-word bit layout: the exception bits the operation raised
 * (IE DE ZE OE UE PE, whether masked or not) plus the condition-code bits it defines (C1 = "rounded
 * up" for arithmetic, C0 C2 C3 for compares and FPREM). The CPU ORs the exception bits into its
 * sticky status word and replaces the condition codes the instruction defines.
 *
 * <p>An operation returns {@code false} when an unmasked exception means the destination must not
 * be written (invalid operation, denormal operand, zero divide; overflow/underflow to memory);
 * the result fields are then meaningless.
 */
public final class FpEnv {
    // Exception flags / masks (status word and control word bits 0-5).
    public static final int IE = 0x01, DE = 0x02, ZE = 0x04, OE = 0x08, UE = 0x10, PE = 0x20;
    public static final int ALL_EXCEPTIONS = 0x3F;
    // Condition codes (status word).
    public static final int C0 = 0x0100, C1 = 0x0200, C2 = 0x0400, C3 = 0x4000;
    public static final int CONDITION_CODES = C0 | C1 | C2 | C3;
    /** Rounding control values (control word bits 10-11). */
    public static final int RC_NEAREST = 0, RC_DOWN = 1, RC_UP = 2, RC_ZERO = 3;
    /** Precision control values (control word bits 8-9); 1 is reserved. */
    public static final int PC_24 = 0, PC_53 = 2, PC_64 = 3;
    /** The control word after FNINIT: everything masked, round to nearest, 64-bit precision. */
    public static final int DEFAULT_CONTROL = 0x037F;

    /**
     * Input for the memory-operand forms (FADD m32 ...): set by {@link Float80Convert#widenFloat32}
     * and {@link Float80Convert#widenFloat64} when the operand was a denormal of its own format,
     * which the arithmetic must treat as a denormal operand although it is normal in 80 bits.
     * The next add/sub/mul/div/compare consumes (clears) it.
     */
    public boolean denormalSource;
    /** The x87 control word in effect (input). */
    public int control = DEFAULT_CONTROL;
    /** Exception and condition-code bits produced by the last operation (output). */
    public int flags;
    /** The result: sign and 15-bit exponent, and the 64-bit significand with explicit integer bit. */
    public int se;
    public long m;
    /** A second result (FXTRACT, FPTAN, FSINCOS: the value left in ST(1)). */
    public int se2;
    public long m2;
    /** Integer or memory-image results (FIST, FST m32/m64, FBSTP's low eight bytes). */
    public long bits;
    /** FBSTP's high two bytes (sign byte and the top digit pair). */
    public int bitsHigh;

    public FpEnv() {}

    public FpEnv(int control) {
        this.control = control;
    }

    public int roundingControl() {
        return (control >> 10) & 3;
    }

    /** Significand bits the precision-control field selects (the reserved value 1 gives 64, as on the host). */
    public int precision() {
        return switch ((control >> 8) & 3) {
            case PC_24 -> 24;
            case PC_53 -> 53;
            default -> 64;
        };
    }

    public boolean masked(int exception) {
        return (control & exception) != 0;
    }

    void result(int se, long m) {
        this.se = se;
        this.m = m;
    }
}
