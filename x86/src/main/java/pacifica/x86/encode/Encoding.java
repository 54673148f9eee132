package pacifica.x86.encode;

import java.util.Arrays;
import java.util.HexFormat;

import pacifica.x86.isa.InstructionForm;

/** The result of encoding one instruction; reused between calls to avoid allocation. */
public final class Encoding {
    public final byte[] bytes = new byte[16];
    public int length;
    /** The table form that was encoded. */
    public InstructionForm form;
    /** True when a branch used its near (rel16/rel32) form although a short (rel8) form exists. */
    public boolean grewToNear;
    /** True when the instruction is a branch that has both a short and a near form. */
    public boolean relaxable;

    public byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    public String hex() {
        return HexFormat.ofDelimiter(" ").formatHex(bytes, 0, length);
    }

    void copyFrom(Encoding o) {
        System.arraycopy(o.bytes, 0, bytes, 0, o.length);
        length = o.length;
        form = o.form;
        grewToNear = o.grewToNear;
        relaxable = o.relaxable;
    }
}
