package pacifica.x86.encode;

/** Instruction prefixes written in the source as keywords ({@code lock}, {@code rep} ...), as bit flags. */
public final class Prefixes {
    public static final int LOCK = 1, REP = 2, REPNE = 4, DATA16 = 8, ADDR32 = 16;

    private Prefixes() {}
}
