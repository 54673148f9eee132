package pacifica.emu.cpu;

/**
 * AES-NI round primitives (FIPS-197; AMD APM vol. 4 AESENC ...) on the 128-bit state held as two
 * longs (byte k of the state = byte k of the XMM register; column k / 4, row k % 4). Tables are built
 * once from GF(2^8) arithmetic; the operations allocate nothing.
 */
final class Aes {
    private Aes() {}

    static final int[] SBOX = new int[256], INV_SBOX = new int[256];

    static {
        for (int v = 0; v < 256; v++) {
            int inv = v == 0 ? 0 : inverse(v);
            int s = inv ^ rotl8(inv, 1) ^ rotl8(inv, 2) ^ rotl8(inv, 3) ^ rotl8(inv, 4) ^ 0x63;
            SBOX[v] = s;
            INV_SBOX[s] = v;
        }
    }

    private static int rotl8(int v, int n) {
        return ((v << n) | (v >>> (8 - n))) & 0xFF;
    }

    static int mul(int a, int b) {
        int r = 0;
        while (b != 0) {
            if ((b & 1) != 0) r ^= a;
            a = (a << 1) ^ ((a & 0x80) != 0 ? 0x11B : 0);
            b >>= 1;
        }
        return r & 0xFF;
    }

    private static int inverse(int v) {
        for (int k = 1; k < 256; k++) if (mul(v, k) == 1) return k;
        return 0;
    }

    private static int b(long lo, long hi, int k) {
        return (int) ((k < 8 ? lo >>> (8 * k) : hi >>> (8 * (k - 8))) & 0xFF);
    }

    /** Mixes one column (bytes a0..a3 packed little-endian in an int) with the forward or inverse matrix. */
    private static int mixColumn(int col, boolean inv) {
        int a0 = col & 0xFF, a1 = (col >>> 8) & 0xFF, a2 = (col >>> 16) & 0xFF, a3 = col >>> 24;
        int m0 = inv ? 14 : 2, m1 = inv ? 11 : 3, m2 = inv ? 13 : 1, m3 = inv ? 9 : 1;
        int b0 = mul(a0, m0) ^ mul(a1, m1) ^ mul(a2, m2) ^ mul(a3, m3);
        int b1 = mul(a0, m3) ^ mul(a1, m0) ^ mul(a2, m1) ^ mul(a3, m2);
        int b2 = mul(a0, m2) ^ mul(a1, m3) ^ mul(a2, m0) ^ mul(a3, m1);
        int b3 = mul(a0, m1) ^ mul(a1, m2) ^ mul(a2, m3) ^ mul(a3, m0);
        return b0 | b1 << 8 | b2 << 16 | b3 << 24;
    }

    /** Executes one AES instruction: destination XMM at x[d], source in c.sseLo/c.sseHi. */
    static void execute(Cpu c, int code, int d, int imm) {
        long[] x = c.xmm;
        long sl = c.sseLo, sh = c.sseHi;
        if (code == Simd.AESKEYGENASSIST) {
            long x1 = SimdWords.subWord((int) (sl >>> 32)), x3 = SimdWords.subWord((int) (sh >>> 32));
            long r1 = (Integer.rotateRight((int) x1, 8) ^ imm) & 0xFFFFFFFFL;
            long r3 = (Integer.rotateRight((int) x3, 8) ^ imm) & 0xFFFFFFFFL;
            x[d] = x1 | r1 << 32;
            x[d + 1] = x3 | r3 << 32;
            return;
        }
        long lo, hi;
        if (code == Simd.AESIMC) {
            lo = sl;
            hi = sh;
        } else {
            lo = x[d];
            hi = x[d + 1];
            boolean enc = code == Simd.AESENC || code == Simd.AESENCLAST;
            long nl = 0, nh = 0;
            for (int k = 0; k < 16; k++) {
                int col = k >> 2, row = k & 3;
                int from = 4 * ((enc ? col + row : col - row + 4) & 3) + row;
                long v = (enc ? SBOX : INV_SBOX)[b(lo, hi, from)];
                if (k < 8) nl |= v << (8 * k);
                else nh |= v << (8 * (k - 8));
            }
            lo = nl;
            hi = nh;
        }
        if (code == Simd.AESENC || code == Simd.AESDEC || code == Simd.AESIMC) {
            boolean inv = code != Simd.AESENC;
            long c0 = mixColumn((int) lo, inv) & 0xFFFFFFFFL, c1 = mixColumn((int) (lo >>> 32), inv) & 0xFFFFFFFFL;
            long c2 = mixColumn((int) hi, inv) & 0xFFFFFFFFL, c3 = mixColumn((int) (hi >>> 32), inv) & 0xFFFFFFFFL;
            lo = c0 | c1 << 32;
            hi = c2 | c3 << 32;
        }
        if (code == Simd.AESIMC) {
            x[d] = lo;
            x[d + 1] = hi;
        } else {
            x[d] = lo ^ sl;
            x[d + 1] = hi ^ sh;
        }
    }
}
