package pacifica.emu.cpu;

import java.util.ArrayList;
import java.util.List;

import pacifica.emu.mem.GuestMemory;
import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.Flow;

/**
 * Decoded blocks keyed by linear address (physical once paging exists), direct-mapped. The pages a
 * block was decoded from are marked in memory; a write to such a page drops every block on it and
 * tells the CPU, so self-modifying code sees its new bytes from the next instruction on.
 */
public final class BlockCache {
    /** Longest block, in instructions. */
    public static final int MAX_INSTRUCTIONS = 64;
    private static final int SIZE = 1 << 12;

    private final Block[] slots = new Block[SIZE];
    /**
     * The block each slot held before its current one: a second way, so that two hot blocks whose
     * addresses share a slot swap places instead of being decoded again and again (glibc's string
     * routines did that about once per 3,000 instructions).
     */
    private final Block[] previous = new Block[SIZE];
    private final Decoder decoder = new Decoder();
    private final byte[] buffer = new byte[Decoder.MAX_LENGTH];
    private final Cpu cpu;
    private final GuestMemory mem;
    public long blocksBuilt;
    public long invalidations;

    public BlockCache(Cpu cpu) {
        this.cpu = cpu;
        this.mem = cpu.mem;
        mem.setCodeWriteListener(this::codeWritten);
    }

    private static int slot(long address) {
        return (int) (address ^ (address >>> 12) ^ (address >>> 24)) & (SIZE - 1);
    }

    /** The block at {@code address} for the CPU's current mode, decoding it when needed. */
    public Block lookup(long address) {
        int s = slot(address);
        Block b = slots[s];
        if (b != null && b.address == address && b.valid && b.mode == cpu.mode) return b;
        Block p = previous[s];
        if (p != null && p.address == address && p.valid && p.mode == cpu.mode) {
            previous[s] = b;
            slots[s] = p;
            return p;
        }
        Block n = build(address);
        previous[s] = b;
        slots[s] = n;
        return n;
    }

    private Block build(long address) {
        List<Instruction> list = new ArrayList<>();
        long pc = address;
        int mode = cpu.mode;
        while (list.size() < MAX_INSTRUCTIONS) {
            int n = mem.fetch(pc, buffer, 0, Decoder.MAX_LENGTH);
            if (n == 0) {
                if (list.isEmpty()) throw mem.fetchFault(pc);
                break;
            }
            Instruction i = new Instruction();
            decoder.decode(buffer, 0, n, pc, mode, i);
            if (i.waitPrefix) {
                // The decoder joins 9B and the x87 instruction after it into the waiting form (FSTCW is
                // 9B D9 /7) as the disassemblers print it; the processor executes FWAIT, with any
                // prefixes before it, as an instruction of its own: its #MF, and the x87 instruction's
                // faults, report their own RIPs, and the prefixes do not reach the x87 instruction.
                int wait = 0;
                while ((buffer[wait] & 0xFF) != 0x9B) wait++;
                decoder.decode(buffer, 0, wait + 1, pc, mode, i);
            }
            if (i.form == null && i.invalid == Instruction.Invalid.TRUNCATED && n < Decoder.MAX_LENGTH) {
                // The instruction runs into a byte that cannot be fetched: that fetch faults.
                if (list.isEmpty()) throw mem.fetchFault(pc + n);
                break;
            }
            list.add(i);
            mem.markCode(pc);
            mem.markCode(pc + i.length - 1);
            pc += i.length;
            if (i.form == null || i.form.flow != Flow.NONE) break;
        }
        blocksBuilt++;
        return new Block(address, pc, mode, list.toArray(new Instruction[0]), Dispatch.get());
    }

    private void codeWritten(long page) {
        invalidations++;
        for (int s = 0; s < SIZE; s++) {
            Block b = slots[s];
            if (b != null && b.overlaps(page, GuestMemory.PAGE_SIZE)) {
                b.valid = false;
                slots[s] = null;
            }
            b = previous[s];
            if (b != null && b.overlaps(page, GuestMemory.PAGE_SIZE)) {
                b.valid = false;
                previous[s] = null;
            }
        }
        cpu.codeChanged = true;
    }

    /** Drops every block (e.g. after a mode change or a TLB flush in system mode). */
    public void clear() {
        for (int s = 0; s < SIZE; s++) {
            if (slots[s] != null) slots[s].valid = false;
            if (previous[s] != null) previous[s].valid = false;
            slots[s] = null;
            previous[s] = null;
        }
    }
}
