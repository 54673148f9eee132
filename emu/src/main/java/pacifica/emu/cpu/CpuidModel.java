package pacifica.emu.cpu;

import java.nio.charset.StandardCharsets;

/**
 * What CPUID reports: vendor AuthenticAMD, family 17h model 01h (a Zen-class part, as the SVM work
 * will need), and feature bits for exactly what this CPU implements. As instruction families are
 * added, the bits that advertise them are added here.
 */
public final class CpuidModel {
    public int maxBasic = 7;
    public int maxExtended = 0x80000008;
    /** Leaf 1: family 0Fh + extended family 08h = 17h, model 01h, stepping 0. */
    public int signature = 0x00800F10;
    /**
     * Leaf 1 EDX: FPU (0: the x87, X87.java), TSC (4), CX8 (8), CMOV (15), CLFSH (19), MMX (23: Mmx.java),
     * FXSR (24), SSE (25), SSE2 (26).
     */
    public int leaf1Edx = 1 | 1 << 4 | 1 << 8 | 1 << 15 | 1 << 19 | 1 << 23 | 1 << 24 | 1 << 25 | 1 << 26;
    /**
     * Leaf 1 ECX: SSE3 (0), PCLMULQDQ (1), SSSE3 (9), CX16 (13), SSE4.1 (19), SSE4.2 (20), MOVBE (22),
     * POPCNT (23), AES (25), RDRAND (30).
     */
    public int leaf1Ecx = 1 | 1 << 1 | 1 << 9 | 1 << 13 | 1 << 19 | 1 << 20 | 1 << 22 | 1 << 23 | 1 << 25 | 1 << 30;
    /** Leaf 7 EBX: BMI1 (3), BMI2 (8), RDSEED (18), ADX (19), CLFLUSHOPT (23), CLWB (24), SHA (29). */
    public int leaf7Ebx = 1 << 3 | 1 << 8 | 1 << 18 | 1 << 19 | 1 << 23 | 1 << 24 | 1 << 29;
    /** Leaf 7 ECX: GFNI (8), RDPID (22). */
    public int leaf7Ecx = 1 << 8 | 1 << 22;
    /**
     * 8000_0001h ECX: LahfSahf (0), ABM (5: LZCNT and POPCNT), SSE4A (6), MisAlignSse (7: MXCSR.MM,
     * {@link Cpu#sseAligned}), 3DNowPrefetch (8: PREFETCH/PREFETCHW).
     */
    public int ext1Ecx = 1 | 1 << 5 | 1 << 6 | 1 << 7 | 1 << 8;
    /**
     * 8000_0001h EDX: MmxExt (22: the SSE integer forms on MMX registers), RDTSCP (27), LM (29), plus
     * the leaf 1 bits AMD mirrors there (FPU, TSC, CX8, CMOV, MMX, FXSR).
     */
    public int ext1Edx = 1 << 22 | 1 << 27 | 1 << 29 | 1 | 1 << 4 | 1 << 8 | 1 << 15 | 1 << 23 | 1 << 24;
    public String brand = "Pacifica AMD64 (interpreter)";

    private final int[] out = new int[4];

    /** Returns {EAX, EBX, ECX, EDX} for leaf {@code eax}, subleaf {@code ecx} (a reused array). */
    public int[] query(int eax, int ecx) {
        int a = 0, b = 0, c = 0, d = 0;
        if (Integer.compareUnsigned(eax, maxBasic) <= 0) {
            switch (eax) {
                case 0 -> {
                    a = maxBasic;
                    b = 0x68747541; // "Auth"
                    d = 0x69746E65; // "enti"
                    c = 0x444D4163; // "cAMD"
                }
                case 1 -> {
                    a = signature;
                    b = 8 << 8 | 1 << 16; // CLFLUSH line 8 qwords, one logical processor
                    c = leaf1Ecx;
                    d = leaf1Edx;
                }
                case 7 -> {
                    if (ecx == 0) {
                        b = leaf7Ebx;
                        c = leaf7Ecx;
                    }
                }
                default -> { }
            }
        } else if (eax < 0 && Integer.compareUnsigned(eax, maxExtended) <= 0) {
            switch (eax) {
                case 0x80000000 -> {
                    a = maxExtended;
                    b = 0x68747541;
                    d = 0x69746E65;
                    c = 0x444D4163;
                }
                case 0x80000001 -> {
                    a = signature;
                    c = ext1Ecx;
                    d = ext1Edx;
                }
                case 0x80000002, 0x80000003, 0x80000004 -> {
                    byte[] s = brandBytes();
                    int base = (eax - 0x80000002) * 16;
                    a = word(s, base);
                    b = word(s, base + 4);
                    c = word(s, base + 8);
                    d = word(s, base + 12);
                }
                case 0x80000008 -> a = 48 << 8 | 48; // linear and physical address bits
                default -> { }
            }
        }
        out[0] = a;
        out[1] = b;
        out[2] = c;
        out[3] = d;
        return out;
    }

    private String brandCached;
    private final byte[] brandBytes = new byte[48];

    /** The brand string as 48 NUL-padded bytes (recomputed only when {@link #brand} changes). */
    private byte[] brandBytes() {
        if (!brand.equals(brandCached)) {
            java.util.Arrays.fill(brandBytes, (byte) 0);
            byte[] t = brand.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(t, 0, brandBytes, 0, Math.min(47, t.length));
            brandCached = brand;
        }
        return brandBytes;
    }

    private static int word(byte[] s, int p) {
        return (s[p] & 0xFF) | (s[p + 1] & 0xFF) << 8 | (s[p + 2] & 0xFF) << 16 | (s[p + 3] & 0xFF) << 24;
    }
}
