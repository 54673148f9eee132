package pacifica.emu.cpu;

/**
 * SHA extensions (SHA1RNDS4, SHA1NEXTE, SHA1MSG1, SHA1MSG2, SHA256RNDS2, SHA256MSG1, SHA256MSG2):
 * the round and message-schedule helpers of FIPS 180-4 SHA-1 and SHA-256 as defined in the Intel
 * SDM / AMD APM vol. 4. Dword k of an XMM register is bits 32k+31:32k; "SRC1" is the destination
 * register, "SRC2" the ModRM.rm operand (c.sseLo/c.sseHi), SHA256RNDS2's WK the low quadword of XMM0.
 * Everything is computed in locals.
 */
final class Sha {
    private Sha() {}

    private static final int K0 = 0x5A827999, K1 = 0x6ED9EBA1, K2 = 0x8F1BBCDC, K3 = 0xCA62C1D6;

    /** Stores dwords 3..0 into XMM register x[d], x[d + 1]. */
    private static void pack(int hi3, int d2, int d1, int lo0, long[] x, int d) {
        x[d] = (lo0 & 0xFFFFFFFFL) | (long) d1 << 32;
        x[d + 1] = (d2 & 0xFFFFFFFFL) | (long) hi3 << 32;
    }

    /** Executes {@code code} (a Simd.SHA* op) on XMM(d/2) with the source in c.sseLo/c.sseHi. */
    static void execute(Cpu c, int code, int d, int imm) {
        long[] x = c.xmm;
        int a0 = (int) x[d], a1 = (int) (x[d] >>> 32), a2 = (int) x[d + 1], a3 = (int) (x[d + 1] >>> 32);
        int b0 = (int) c.sseLo, b1 = (int) (c.sseLo >>> 32), b2 = (int) c.sseHi, b3 = (int) (c.sseHi >>> 32);
        switch (code) {
            case Simd.SHA1RNDS4 -> sha1rnds4(x, d, a3, a2, a1, a0, b3, b2, b1, b0, imm & 3);
            case Simd.SHA1NEXTE -> pack(b3 + Integer.rotateLeft(a3, 30), b2, b1, b0, x, d);
            case Simd.SHA1MSG1 -> pack(a1 ^ a3, a0 ^ a2, b3 ^ a1, b2 ^ a0, x, d);
            case Simd.SHA1MSG2 -> {
                int w16 = Integer.rotateLeft(a3 ^ b2, 1);
                int w17 = Integer.rotateLeft(a2 ^ b1, 1);
                int w18 = Integer.rotateLeft(a1 ^ b0, 1);
                int w19 = Integer.rotateLeft(a0 ^ w16, 1);
                pack(w16, w17, w18, w19, x, d);
            }
            case Simd.SHA256RNDS2 -> sha256rnds2(x, d, b3, b2, a3, a2, b1, b0, a1, a0, (int) x[0], (int) (x[0] >>> 32));
            case Simd.SHA256MSG1 -> pack(a3 + sigma0(b0), a2 + sigma0(a3), a1 + sigma0(a2), a0 + sigma0(a1), x, d);
            case Simd.SHA256MSG2 -> {
                int w16 = a0 + sigma1(b2);
                int w17 = a1 + sigma1(b3);
                int w18 = a2 + sigma1(w16);
                int w19 = a3 + sigma1(w17);
                pack(w19, w18, w17, w16, x, d);
            }
            default -> throw new IllegalArgumentException("not a SHA op: " + code);
        }
    }

    /** Four SHA-1 rounds on (A, B, C, D) = dwords 3..0 of SRC1 with W0+E, W1, W2, W3 = dwords 3..0 of SRC2. */
    private static void sha1rnds4(long[] x, int d, int a, int b, int cc, int dd, int w0e, int w1, int w2, int w3, int f) {
        int k = f == 0 ? K0 : f == 1 ? K1 : f == 2 ? K2 : K3;
        int e = 0;
        for (int i = 0; i < 4; i++) {
            int w = i == 0 ? w0e : i == 1 ? w1 : i == 2 ? w2 : w3;
            int fv = f == 0 ? (b & cc) ^ (~b & dd) : f == 2 ? (b & cc) ^ (b & dd) ^ (cc & dd) : b ^ cc ^ dd;
            int na = fv + Integer.rotateLeft(a, 5) + w + e + k; // round 0: E is folded into W0E
            e = dd;
            dd = cc;
            cc = Integer.rotateLeft(b, 30);
            b = a;
            a = na;
        }
        pack(a, b, cc, dd, x, d);
    }

    /** Two SHA-256 rounds on A..H (A, B, E, F from SRC2; C, D, G, H from SRC1) with WK0, WK1 from XMM0. */
    private static void sha256rnds2(long[] x, int d, int a, int b, int cc, int dd, int e, int f, int g, int h,
                                    int wk0, int wk1) {
        for (int i = 0; i < 2; i++) {
            int t = ((e & f) ^ (~e & g)) + bigSigma1(e) + (i == 0 ? wk0 : wk1) + h;
            int na = t + ((a & b) ^ (a & cc) ^ (b & cc)) + bigSigma0(a);
            int ne = t + dd;
            h = g;
            g = f;
            f = e;
            e = ne;
            dd = cc;
            cc = b;
            b = a;
            a = na;
        }
        pack(a, b, e, f, x, d);
    }

    private static int sigma0(int v) {
        return Integer.rotateRight(v, 7) ^ Integer.rotateRight(v, 18) ^ (v >>> 3);
    }

    private static int sigma1(int v) {
        return Integer.rotateRight(v, 17) ^ Integer.rotateRight(v, 19) ^ (v >>> 10);
    }

    private static int bigSigma0(int v) {
        return Integer.rotateRight(v, 2) ^ Integer.rotateRight(v, 13) ^ Integer.rotateRight(v, 22);
    }

    private static int bigSigma1(int v) {
        return Integer.rotateRight(v, 6) ^ Integer.rotateRight(v, 11) ^ Integer.rotateRight(v, 25);
    }
}
