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
    /**
     * Per instruction: handler number, auxiliary value and operand descriptors with the operand
     * size already resolved for this instruction (see {@link Operands}), so execution does no table
     * lookups.
     */
    final int[] op, aux, d0, d1, d2;
    public boolean valid = true;
    /** {@code -Dpacifica.cpu.specialize=false} turns off the {@link Fast} handlers (for comparisons). */
    static final boolean SPECIALIZE = !"false".equals(System.getProperty("pacifica.cpu.specialize"));

    Block(long address, long end, int mode, Instruction[] instructions, Dispatch t) {
        this.address = address;
        this.end = end;
        this.mode = mode;
        this.instructions = instructions;
        int n = instructions.length;
        op = new int[n];
        aux = new int[n];
        d0 = new int[n];
        d1 = new int[n];
        d2 = new int[n];
        for (int k = 0; k < n; k++) {
            Instruction i = instructions[k];
            if (i.form == null) {
                // Undecodable: #GP(0) when longer than 15 bytes, else #UD (aux 1 marks "raise #UD").
                op[k] = i.invalid == Instruction.Invalid.TOO_LONG ? Dispatch.GP0 : Dispatch.UD;
                aux[k] = 1;
                continue;
            }
            int id = i.form.id;
            if (i.lock && (!i.form.lockable || !i.isMemory)) { // LOCK where not allowed: #UD
                op[k] = Dispatch.UD;
                aux[k] = 1;
                continue;
            }
            op[k] = t.op[id];
            aux[k] = t.aux[id];
            d0[k] = Operands.resolve(t.d0[id], i);
            d1[k] = Operands.resolve(t.d1[id], i);
            d2[k] = Operands.resolve(t.d2[id], i);
            if (SPECIALIZE) Fast.specialize(this, k, i);
        }
    }

    /** True when the block's bytes overlap the page at {@code page} of size {@code size}. */
    boolean overlaps(long page, long size) {
        return Long.compareUnsigned(address, page + size - 1) <= 0 && Long.compareUnsigned(page, end - 1) <= 0;
    }
}
