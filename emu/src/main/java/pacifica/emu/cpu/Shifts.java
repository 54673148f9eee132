package pacifica.emu.cpu;

import pacifica.x86.decode.Instruction;

/**
 * Shifts and rotates (group 2), SHLD and SHRD. The count is masked to 5 bits (6 for 64-bit
 * operands); a masked count of 0 changes neither the operand nor the flags. Flags the manuals
 * leave undefined (OF for counts above 1, AF) follow this processor (measured against the host).
 */
final class Shifts {
    static final int ROL = 0, ROR = 1, RCL = 2, RCR = 3, SHL = 4, SHR = 5, SAL = 6, SAR = 7;

    private Shifts() {}

    static void shift(Cpu c, Instruction i, int kind, int d0, int d1) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long a = Operands.getRmw(c, i, d0, size, la);
        int count = (int) Operands.get(c, i, d1, 1, la) & (size == 8 ? 0x3F : 0x1F);
        if (count == 0) {
            // No flags change; a 32-bit register destination is still written (zero-extended).
            Operands.set(c, i, d0, size, la, a);
            return;
        }
        int bits = size * 8;
        long m = Cpu.mask(size);
        long sign = 1L << (bits - 1);
        long r;
        int f;
        switch (kind) {
            case ROL -> {
                int n = count & (bits - 1);
                r = n == 0 ? a : ((a << n) | (a >>> (bits - n))) & m;
                int cf = (int) (r & 1);
                int of = ((r & sign) != 0 ? 1 : 0) ^ cf;
                c.setStatus(0x801, cf | of << 11);
            }
            case ROR -> {
                int n = count & (bits - 1);
                r = n == 0 ? a : ((a >>> n) | (a << (bits - n))) & m;
                int cf = (r & sign) != 0 ? 1 : 0;
                int of = cf ^ (int) ((r >>> (bits - 2)) & 1);
                c.setStatus(0x801, cf | of << 11);
            }
            case RCL -> {
                int n = size == 8 ? count : size == 4 ? count : count % (bits + 1);
                int cf = c.cf() ? 1 : 0;
                r = a;
                for (int k = 0; k < n; k++) {
                    int out = (r & sign) != 0 ? 1 : 0;
                    r = ((r << 1) | cf) & m;
                    cf = out;
                }
                int of = ((r & sign) != 0 ? 1 : 0) ^ cf;
                c.setStatus(0x801, cf | of << 11);
            }
            case RCR -> {
                int n = size == 8 ? count : size == 4 ? count : count % (bits + 1);
                int cf = c.cf() ? 1 : 0;
                r = a;
                for (int k = 0; k < n; k++) {
                    int out = (int) (r & 1);
                    r = (r >>> 1) | ((long) cf << (bits - 1));
                    cf = out;
                }
                int of = (int) (((r >>> (bits - 1)) ^ (r >>> (bits - 2))) & 1);
                c.setStatus(0x801, cf | of << 11);
            }
            case SHL, SAL -> {
                long t = count - 1 >= 64 ? 0 : a << (count - 1);
                int cf = (int) ((t >>> (bits - 1)) & 1);
                r = (t << 1) & m;
                f = LazyFlags.szp(r, size) | cf | 0x10;
                if ((((r & sign) != 0 ? 1 : 0) ^ cf) != 0) f |= 0x800;
                c.setAllStatus(f);
            }
            case SHR -> {
                long t = a >>> (count - 1);
                int cf = (int) (t & 1);
                r = t >>> 1;
                f = LazyFlags.szp(r, size) | cf | 0x10;
                if ((((r >>> (bits - 1)) ^ (r >>> (bits - 2))) & 1) != 0) f |= 0x800;
                c.setAllStatus(f);
            }
            default -> { // SAR
                long sa = a << (64 - bits) >> (64 - bits);
                long t = sa >> (count - 1);
                int cf = (int) (t & 1);
                r = (t >> 1) & m;
                f = LazyFlags.szp(r, size) | cf | 0x10;
                c.setAllStatus(f);
            }
        }
        Operands.set(c, i, d0, size, la, r);
    }

    /** SHLD (left) / SHRD: shift {@code dest} filling from {@code src}. */
    static void doubleShift(Cpu c, Instruction i, boolean left, int d0, int d1, int d2) {
        int size = Operands.size(d0, i);
        long la = i.isMemory ? c.ea(i) : 0;
        long a = Operands.getRmw(c, i, d0, size, la);
        long b = Operands.get(c, i, d1, size, la);
        int count = (int) Operands.get(c, i, d2, 1, la) & (size == 8 ? 0x3F : 0x1F);
        if (count == 0) {
            Operands.set(c, i, d0, size, la, a);
            return;
        }
        int bits = size * 8;
        long m = Cpu.mask(size);
        long sign = 1L << (bits - 1);
        long r;
        int cf;
        if (size == 8 || size == 4) {
            if (left) {
                r = ((a << count) | (b >>> (bits - count))) & m;
                cf = (int) ((a >>> (bits - count)) & 1);
            } else {
                r = ((a >>> count) | (b << (bits - count))) & m;
                cf = (int) ((a >>> (count - 1)) & 1);
            }
        } else if (left) {
            // 16-bit counts up to 31: this processor shifts the 48-bit pattern dest:src:src (measured).
            long p = (a << 32) | (b << 16) | b;
            r = (p >>> (32 - count)) & 0xFFFF;
            cf = count > 16 ? 0 : (int) ((p >>> (48 - count)) & 1); // CF=0 above 16 (measured)
        } else {
            // SHRD: the pattern src:src:dest shifted right.
            long p = (b << 32) | (b << 16) | a;
            r = (p >>> count) & 0xFFFF;
            cf = count > 16 ? 0 : (int) ((p >>> (count - 1)) & 1);
        }
        int f = LazyFlags.szp(r, size) | cf | 0x10;
        // OF (defined for count 1 only), as measured: SHLD as SHL, MSB(result) xor CF; SHRD as SHR,
        // the two top result bits differ.
        // For 16-bit SHLD the "MSB" is that of dest << count alone (0 once count reaches 16).
        long top = size == 2 ? (a << count) & 0xFFFF : r;
        if (left ? (((top & sign) != 0 ? 1 : 0) ^ cf) != 0 : (((r >>> (bits - 1)) ^ (r >>> (bits - 2))) & 1) != 0) f |= 0x800;
        c.setAllStatus(f);
        Operands.set(c, i, d0, size, la, r);
    }
}
