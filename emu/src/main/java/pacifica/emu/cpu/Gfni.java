package pacifica.emu.cpu;

/**
 * GFNI (legacy 66-prefixed forms): GF2P8MULB multiplies bytes in GF(2^8) modulo x^8+x^4+x^3+x+1;
 * GF2P8AFFINEQB computes A*x + b per byte, A an 8x8 bit matrix (the quadword of the source holding
 * the byte), b the immediate; GF2P8AFFINEINVQB does the same on the byte's multiplicative inverse
 * (0 for 0). Bit i of the result byte is parity(A.byte[7 - i] AND x) XOR imm bit i (Intel SDM).
 * The destination (first source) is XMM(reg), the second source c.sseLo/c.sseHi. The inverse table
 * is built once; the operations allocate nothing.
 */
final class Gfni {
    private Gfni() {}

    private static final byte[] INVERSE = new byte[256];

    static {
        for (int v = 1; v < 256; v++) {
            for (int k = 1; k < 256; k++) {
                if (mul(v, k) == 1) {
                    INVERSE[v] = (byte) k;
                    break;
                }
            }
        }
    }

    /** The product of two bytes in GF(2^8) with the AES polynomial 0x11B. */
    static int mul(int a, int b) {
        int r = 0;
        for (int k = 0; k < 8; k++) {
            if ((b >> k & 1) != 0) r ^= a;
            a = (a << 1) ^ ((a & 0x80) != 0 ? 0x11B : 0);
        }
        return r & 0xFF;
    }

    static int inverse(int v) {
        return INVERSE[v & 0xFF] & 0xFF;
    }

    /** The affine transformation of byte {@code v} by matrix {@code a} (a quadword) and constant {@code b}. */
    static int affine(long a, int v, int b) {
        int r = 0;
        for (int i = 0; i < 8; i++) {
            int row = (int) (a >>> (8 * (7 - i))) & 0xFF;
            r |= (Integer.bitCount(row & v) & 1) << i;
        }
        return r ^ (b & 0xFF);
    }

    /** Executes a Simd.GF2P8* op on XMM(d/2) with the second source in c.sseLo/c.sseHi. */
    static void execute(Cpu c, int code, int d, int imm) {
        long[] x = c.xmm;
        x[d] = quad(code, x[d], c.sseLo, imm);
        x[d + 1] = quad(code, x[d + 1], c.sseHi, imm);
    }

    private static long quad(int code, long dst, long src, int imm) {
        long r = 0;
        for (int k = 0; k < 8; k++) {
            int v = (int) (dst >>> (8 * k)) & 0xFF;
            int out = switch (code) {
                case Simd.GF2P8MULB -> mul(v, (int) (src >>> (8 * k)) & 0xFF);
                case Simd.GF2P8AFFINEQB -> affine(src, v, imm);
                default -> affine(src, inverse(v), imm);
            };
            r |= (long) out << (8 * k);
        }
        return r;
    }
}
