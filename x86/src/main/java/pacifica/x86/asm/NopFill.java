package pacifica.x86.asm;

import java.util.HexFormat;

/**
 * The padding GNU as 2.40 writes for alignment in code sections (default tuning), measured with
 * {@code .p2align} after 1..63 bytes: in 64-bit code the NOPs of lengths 1-11 below, largest first;
 * in 32-bit code LEA-based NOPs of up to 7 bytes, and from 21 bytes a short {@code jmp} over them;
 * in 16-bit code 16-bit LEA forms of up to 4 bytes.
 */
final class NopFill {
    private static final byte[][] NOP64 = patterns(
            "90", "66 90", "0f 1f 00", "0f 1f 40 00", "0f 1f 44 00 00", "66 0f 1f 44 00 00",
            "0f 1f 80 00 00 00 00", "0f 1f 84 00 00 00 00 00", "66 0f 1f 84 00 00 00 00 00",
            "66 2e 0f 1f 84 00 00 00 00 00", "66 66 2e 0f 1f 84 00 00 00 00 00");
    private static final byte[][] NOP32 = patterns(
            "90", "66 90", "8d 76 00", "8d 74 26 00", "8d 74 26 00 90", "8d b6 00 00 00 00",
            "8d b4 26 00 00 00 00");
    private static final byte[][] NOP16 = patterns("90", "89 f6", "8d 74 00", "8d b4 00 00");
    /** 32-bit code: padding of this many bytes or more starts with a jmp over the rest. */
    private static final int JUMP_FROM_32 = 21;

    private NopFill() {}

    private static byte[][] patterns(String... hex) {
        byte[][] p = new byte[hex.length + 1][];
        for (int i = 0; i < hex.length; i++) p[i + 1] = HexFormat.ofDelimiter(" ").parseHex(hex[i]);
        return p;
    }

    static void fill(Section s, int count, int mode) {
        byte[][] p = mode == 64 ? NOP64 : mode == 32 ? NOP32 : NOP16;
        if (mode == 32 && count >= JUMP_FROM_32 && count - 2 <= 127) {
            s.put((byte) 0xEB);
            s.put((byte) (count - 2));
            count -= 2;
        }
        int max = p.length - 1;
        while (count > 0) {
            int n = Math.min(count, max);
            s.put(p[n], 0, n);
            count -= n;
        }
    }
}
