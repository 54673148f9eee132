package pacifica.emu.cpu;

import pacifica.emu.Vectors;

/**
 * Why {@link Interpreter#run} stopped. For {@link Stop#EXCEPTION}: the vector, error code (-1 when
 * the vector has none), fault address (#PF) and the RIP of the instruction that raised it.
 */
public record RunResult(Stop stop, int vector, int errorCode, long faultAddress, long rip, long instructions,
                        String message) {
    public enum Stop { HALT, STOPPED, EXCEPTION, INSTRUCTION_LIMIT, INTERNAL_ERROR }

    /**
     * DR6.BS (bit 14): for a #DB, the fault-address slot holds the DR6 status bits; BS marks the
     * single-step trap, which reports the RIP of the next instruction (INT1 reports its own).
     */
    public static final long DR6_BS = 0x4000;

    /** True for the single-step #DB trap (RFLAGS.TF). */
    public boolean singleStep() {
        return stop == Stop.EXCEPTION && vector == Vectors.DB && (faultAddress & DR6_BS) != 0;
    }

    public String describe() {
        return switch (stop) {
            case HALT -> "halted at RIP=0x" + Long.toHexString(rip);
            case STOPPED -> "reached the stop address 0x" + Long.toHexString(rip);
            case INSTRUCTION_LIMIT -> "stopped after " + instructions + " instructions (instruction limit) at RIP=0x"
                    + Long.toHexString(rip);
            case EXCEPTION -> singleStep() ? String.format("single-step trap %s (vector %d) before RIP=0x%x", Vectors.name(vector), vector, rip)
                    : String.format("exception %s (vector %d)%s%s at RIP=0x%x", Vectors.name(vector), vector,
                    errorCode >= 0 ? String.format(" error code 0x%x", errorCode) : "",
                    vector == Vectors.PF ? String.format(" address 0x%x", faultAddress) : "", rip);
            case INTERNAL_ERROR -> "internal error at RIP=0x" + Long.toHexString(rip) + ": " + message;
        };
    }
}
