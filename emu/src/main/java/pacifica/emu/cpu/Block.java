package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;

/**
 * A run of decoded instructions starting at one address and ending at the first control-flow
 * instruction (table flow != NONE), an undecodable instruction, or a size cap. Decoded once and
 * reused until guest code writes into one of its pages.
 */
public final class Block {
    public final long address;
    /** Address one past the last byte of the last instruction. */
    public final long end;
    public final int mode;
    public final Instruction[] instructions;
    public boolean valid = true;

    Block(long address, long end, int mode, Instruction[] instructions) {
        this.address = address;
        this.end = end;
        this.mode = mode;
        this.instructions = instructions;
    }

    /** True when the block's bytes overlap the page at {@code page} of size {@code size}. */
    boolean overlaps(long page, long size) {
        return Long.compareUnsigned(address, page + size - 1) <= 0 && Long.compareUnsigned(page, end - 1) <= 0;
    }
}
