package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;

/** Bit tests, bit scans and counts, BSWAP, MOVBE and CRC32. */
final class Bits {
    static final int BT = 0, BTS = 1, BTR = 2, BTC = 3;

    private Bits() {}

    /**
     * BT/BTS/BTR/BTC. A register bit offset with a memory operand is signed and may address bits far
     * outside the operand (APM vol. 3 "BT"); an immediate offset is taken modulo the operand width.
     * Only CF changes on this processor (the other flags are undefined and measured unchanged).
     */
    static void bitTest(Cpu c, Instruction i, int kind, int d0, int d1) {
        int size = Operands.size(d0, i);
        int bits = size * 8;
        long offset = Operands.get(c, i, d1, size, 0);
        long la = 0;
        if (i.isMemory) {
            long off = c.offset(i);
            if ((d1 & 0xF) != Operands.K_IMM) {
                long signed = offset << (64 - bits) >> (64 - bits);
                long words = signed >> (31 - Integer.numberOfLeadingZeros(bits));
                off += words * size;
                if (i.addressSize == 4) off &= 0xFFFFFFFFL;
            }
            la = c.linear(i.segment, off);
        }
        int bit = (int) (offset & (bits - 1));
        long a = kind == BT ? Operands.get(c, i, d0, size, la) : Operands.getRmw(c, i, d0, size, la);
        int cf = (int) ((a >>> bit) & 1);
        long r = switch (kind) {
            case BTS -> a | (1L << bit);
            case BTR -> a & ~(1L << bit);
            case BTC -> a ^ (1L << bit);
            default -> a;
        };
        if (kind != BT) Operands.set(c, i, d0, size, la, r);
        c.setStatus(1, cf);
    }

    /** BSF (forward) / BSR: a zero source leaves the destination unchanged and sets ZF. */
    static void bitScan(Cpu c, Instruction i, boolean reverse, int d0, int d1) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long s = Operands.get(c, i, d1, size, la);
        if (s == 0) {
            // Not written at all, so a 32-bit destination keeps its upper half; ZF and PF set (measured).
            c.setAllStatus(0x44);
            return;
        }
        long r = reverse ? 63 - Long.numberOfLeadingZeros(s) : Long.numberOfTrailingZeros(s);
        Operands.set(c, i, d0, size, 0, r);
        c.setAllStatus(LazyFlags.parity(r));
    }

    /** TZCNT / LZCNT: CF = source zero, ZF = result zero. */
    static void count(Cpu c, Instruction i, boolean leading, int d0, int d1) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long s = Operands.get(c, i, d1, size, la);
        int bits = size * 8;
        long r = leading ? Long.numberOfLeadingZeros(s) - (64 - bits) : Math.min(bits, Long.numberOfTrailingZeros(s));
        Operands.set(c, i, d0, size, 0, r);
        int f = (s == 0 ? 1 : 0) | (r == 0 ? 0x40 : 0);
        c.setStatus(0xD5, f);
    }

    static void popcnt(Cpu c, Instruction i, int d0, int d1) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long s = Operands.get(c, i, d1, size, la);
        Operands.set(c, i, d0, size, 0, Long.bitCount(s));
        c.setAllStatus(s == 0 ? 0x40 : 0);
    }

    static void bswap(Cpu c, Instruction i) {
        int size = i.operandSize;
        long v = c.gpr[i.rm];
        if (size == 8) c.gpr[i.rm] = Long.reverseBytes(v);
        else if (size == 4) c.gpr[i.rm] = Integer.reverseBytes((int) v) & 0xFFFFFFFFL;
        else c.setGpr(i.rm, 2, 0); // 16-bit BSWAP is undefined; this processor writes zero (measured)
    }

    static void movbe(Cpu c, Instruction i, int d0, int d1) {
        int size = Operands.size(d0, i);
        long la = c.ea(i);
        long v = Operands.get(c, i, d1, size, la);
        v = switch (size) {
            case 2 -> Short.reverseBytes((short) v) & 0xFFFFL;
            case 4 -> Integer.reverseBytes((int) v) & 0xFFFFFFFFL;
            default -> Long.reverseBytes(v);
        };
        Operands.set(c, i, d0, size, la, v);
    }

    private static final int[] CRC32C = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int crc = n;
            for (int k = 0; k < 8; k++) crc = (crc >>> 1) ^ ((crc & 1) != 0 ? 0x82F63B78 : 0);
            CRC32C[n] = crc;
        }
    }

    /** CRC32 (the Castagnoli polynomial, bit-reflected as the instruction defines it). */
    static void crc32(Cpu c, Instruction i, int d0, int d1) {
        int srcSize = Operands.size(d1, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long s = Operands.get(c, i, d1, srcSize, la);
        int crc = (int) c.gpr[i.reg];
        for (int k = 0; k < srcSize; k++) crc = (crc >>> 8) ^ CRC32C[(crc ^ (int) (s >>> (8 * k))) & 0xFF];
        c.gpr[i.reg] = crc & 0xFFFFFFFFL;
    }
}
