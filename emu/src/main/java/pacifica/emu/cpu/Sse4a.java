package pacifica.emu.cpu;

/**
 * SSE4A bit-field instructions EXTRQ and INSERTQ (AMD APM vol. 4), immediate and register forms.
 * The field is {@code length} bits (0 means 64) at bit {@code index} of the low quadword. The
 * manual leaves two things undefined; the host AMD EPYC (Zen 4) gives, and this class reproduces:
 * bits 127:64 of the destination are zeroed, and a field reaching past bit 63 (length + index >
 * 64) is cut at bit 63 (EXTRQ returns the bits from index up, INSERTQ replaces them).
 */
final class Sse4a {
    private Sse4a() {}

    /** The mask of a field of {@code length} (6 bits, 0 = 64) bits at bit {@code index}, cut at bit 63. */
    private static long field(int length, int index) {
        long m = length == 0 ? -1L : (1L << length) - 1;
        return m << index;
    }

    /** EXTRQ: XMM(x[d]) low quadword = the field of it, right-aligned; the high quadword is zeroed. */
    static void extrq(long[] x, int d, int length, int index) {
        length &= 63;
        index &= 63;
        x[d] = (x[d] & field(length, index)) >>> index;
        x[d + 1] = 0;
    }

    /** INSERTQ: the low {@code length} bits of {@code src} replace the field of x[d]; the high quadword is zeroed. */
    static void insertq(long[] x, int d, long src, int length, int index) {
        length &= 63;
        index &= 63;
        long m = field(length, index);
        x[d] = (x[d] & ~m) | (src << index & m);
        x[d + 1] = 0;
    }
}
