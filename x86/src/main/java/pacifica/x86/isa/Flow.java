package pacifica.x86.isa;

/**
 * How an instruction changes the flow of control. Block builders end a decoded block at any
 * instruction whose flow is not {@link #NONE}.
 */
public enum Flow {
    NONE,
    /** Unconditional jump (near or far, direct or indirect). */
    JUMP,
    /** Conditional jump, including LOOP/JrCXZ. */
    BRANCH,
    CALL,
    RETURN,
    /** Software interrupt or trap (INT n, INT3, INTO, INT1, UD2). */
    INTERRUPT,
    /** Return from interrupt, SYSRET, SYSEXIT, RSM, VMRUN and other world switches. */
    SYSTEM,
    /** HLT and other instructions that stop or may stop the processor. */
    HALT;

    public static Flow parse(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
