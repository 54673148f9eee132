package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;

/**
 * String instructions with REP/REPE/REPNE, the direction flag and 16/32/64-bit address sizes.
 * Registers are updated after each element, so a fault part-way leaves rCX/rSI/rDI describing
 * the work done and RIP at the instruction, as on hardware.
 */
final class Strings {
    static final int MOVS = 0, CMPS = 1, STOS = 2, LODS = 3, SCAS = 4;

    private Strings() {}

    private static long addrMask(int as) {
        return as == 8 ? -1L : as == 4 ? 0xFFFFFFFFL : 0xFFFF;
    }

    /**
     * REP MOVS / REP STOS forward in one bulk memory operation when the whole run is plain memory
     * without address wrap-around; false when the element loop must do it.
     */
    private static boolean bulk(Cpu c, int kind, int size, int as, long am, int srcSeg) {
        if (c.alignmentCheck) return false; // the element loop checks each access for #AC
        long[] g = c.gpr;
        long n = g[1] & am;
        long bytes = n * size;
        if (bytes / size != n || bytes > (1L << 40)) return false;
        long di = g[7] & am;
        if (as != 8 && di + bytes > am + 1) return false;
        long dst = c.mode == 64 ? di : c.segBase[Instruction.ES] + di;
        if (!canonicalRange(c, dst, bytes)) return false;
        if (kind == MOVS) {
            long si = g[6] & am;
            if (as != 8 && si + bytes > am + 1) return false;
            long src = c.mode == 64 && srcSeg < 4 ? si : c.segBase[srcSeg] + si;
            if (!canonicalRange(c, src, bytes) || !c.mem.copy(dst, src, bytes)) return false;
            c.setGpr(6, as, g[6] + bytes);
        } else if (!c.mem.fill(dst, g[0], size, n)) {
            return false;
        }
        c.setGpr(7, as, g[7] + bytes);
        c.setGpr(1, as, 0);
        return true;
    }

    private static boolean canonicalRange(Cpu c, long start, long bytes) {
        if (c.mode != 64) return start + bytes <= 0x1_0000_0000L && start >= 0;
        long end = start + bytes - 1;
        return (start << 16 >> 16) == start && (end << 16 >> 16) == end && (start < 0) == (end < 0);
    }

    static void string(Cpu c, Instruction i, int kind, int size) {
        int as = i.addressSize;
        long am = addrMask(as);
        long step = c.df() ? -size : size;
        int srcSeg = i.segmentOverride >= 0 ? i.segmentOverride : Instruction.DS;
        boolean rep = i.repeatPrefix != 0;
        long[] g = c.gpr;
        if (rep && (g[1] & am) == 0) return;
        if (rep && (kind == MOVS || kind == STOS) && step > 0 && (g[1] & am) > 8 && bulk(c, kind, size, as, am, srcSeg)) {
            return;
        }
        while (true) {
            switch (kind) {
                case MOVS -> {
                    long v = c.read(c.linear(srcSeg, g[6] & am), size);
                    c.write(c.linear(Instruction.ES, g[7] & am), size, v);
                    c.setGpr(6, as, g[6] + step);
                    c.setGpr(7, as, g[7] + step);
                }
                case STOS -> {
                    c.write(c.linear(Instruction.ES, g[7] & am), size, g[0]);
                    c.setGpr(7, as, g[7] + step);
                }
                case LODS -> {
                    long v = c.read(c.linear(srcSeg, g[6] & am), size);
                    c.setReg(i, 0, size, v);
                    c.setGpr(6, as, g[6] + step);
                }
                case CMPS -> {
                    long a = c.read(c.linear(srcSeg, g[6] & am), size);
                    long b = c.read(c.linear(Instruction.ES, g[7] & am), size);
                    Alu.op(c, Alu.CMP, size, a, b);
                    c.setGpr(6, as, g[6] + step);
                    c.setGpr(7, as, g[7] + step);
                }
                default -> { // SCAS
                    long b = c.read(c.linear(Instruction.ES, g[7] & am), size);
                    Alu.op(c, Alu.CMP, size, g[0] & Cpu.mask(size), b);
                    c.setGpr(7, as, g[7] + step);
                }
            }
            if (!rep) return;
            c.setGpr(1, as, g[1] - 1);
            if ((g[1] & am) == 0) return;
            if (kind == CMPS || kind == SCAS) {
                boolean zf = (c.status() & 0x40) != 0;
                if (i.repeatPrefix == 0xF3 ? !zf : zf) return;
            }
        }
    }
}
