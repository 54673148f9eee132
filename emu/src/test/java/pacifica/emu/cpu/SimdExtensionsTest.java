package pacifica.emu.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pacifica.emu.Vectors;
import pacifica.emu.flat.FlatMachine;
import pacifica.emu.mem.FlatMemory;
import pacifica.x86.asm.TextAssembler;

/**
 * DPPS/DPPD, SSE4A EXTRQ/INSERTQ, SHA and GFNI. Known answers: SHA-1 and SHA-256 of "abc" (FIPS
 * 180-2, appendix A/B) computed by a compression function written with the SHA instructions; GF(2^8)
 * products and AES S-box values (FIPS-197 4.2 and figure 7) from GF2P8MULB and GF2P8AFFINEINVQB.
 * EXTRQ/INSERTQ and DPPS/DPPD values, MXCSR images and faults were measured on the host AMD EPYC
 * (Zen 4) with the same instructions and inputs. The last test runs random sequences of just these
 * forms natively and in the emulator ({@link FpDifferentialTest#run}).
 */
class SimdExtensionsTest {
    static final long CODE = 0x10000, DATA = 0x200000;

    /** Assembles AT&T {@code source} at CODE, maps DATA (4 KiB, read/write), OSFXSR and OSXMMEXCPT on. */
    private static FlatMachine machine(String source) {
        byte[] code = TextAssembler.assemble("t.s", source, 64, CODE, TextAssembler.Layout.FLAT).flat();
        FlatMachine m = new FlatMachine();
        m.loadProgram(CODE, code);
        m.memory.map(DATA, 0x1000, FlatMemory.R | FlatMemory.W);
        m.memory.map(0x80000, 0x10000, FlatMemory.R | FlatMemory.W);
        m.cpu.gpr[Cpu.RSP] = 0x90000;
        m.cpu.cr4 |= 0x600;
        return m;
    }

    private static RunResult run(FlatMachine m) {
        return m.run(1_000_000);
    }

    private static void halts(FlatMachine m) {
        RunResult r = run(m);
        assertEquals(RunResult.Stop.HALT, r.stop(), r.describe());
    }

    private static void putInts(FlatMachine m, long at, int... v) {
        for (int k = 0; k < v.length; k++) m.memory.write32(at + 4L * k, v[k]);
    }

    private static int[] ints(FlatMachine m, long at, int n) {
        int[] v = new int[n];
        for (int k = 0; k < n; k++) v[k] = m.memory.read32(at + 4L * k);
        return v;
    }

    private static void xmm(FlatMachine m, int r, long lo, long hi) {
        m.cpu.xmm[2 * r] = lo;
        m.cpu.xmm[2 * r + 1] = hi;
    }

    private static void assertXmm(FlatMachine m, int r, long lo, long hi) {
        assertEquals(Long.toHexString(hi) + ":" + Long.toHexString(lo),
                Long.toHexString(m.cpu.xmm[2 * r + 1]) + ":" + Long.toHexString(m.cpu.xmm[2 * r]), "xmm" + r);
    }

    // ================================================================ SHA

    private static final int[] K256 = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    /** The one padded 64-byte block of the message "abc". */
    private static void abcBlock(FlatMachine m, long at) {
        m.memory.write32(at, 0x80636261); // 'a' 'b' 'c' 0x80
        m.memory.write8(at + 63, 24); // the length in bits, big-endian in the last 8 bytes
    }

    @Test
    void sha256OfAbc() {
        // DATA: state H0..H7 | +0x40 block | +0x80 dword byte-swap mask | +0x100 W[0..63] | +0x200 K[0..63]
        FlatMachine m = machine("""
                mov $0x200000, %rbx
                movdqu (%rbx), %xmm1           # H3 H2 H1 H0 (high to low): DCBA
                movdqu 16(%rbx), %xmm2         # HGFE
                pshufd $0xb1, %xmm1, %xmm1     # CDAB
                pshufd $0x1b, %xmm2, %xmm2     # EFGH
                movdqa %xmm1, %xmm7
                palignr $8, %xmm2, %xmm1       # ABEF
                pblendw $0xf0, %xmm7, %xmm2    # CDGH
                movdqa %xmm1, %xmm8
                movdqa %xmm2, %xmm9
                movdqa 0x80(%rbx), %xmm6
                lea 0x100(%rbx), %rdi
                xor %eax, %eax
            0:  movdqu 0x40(%rbx,%rax), %xmm3  # W[0..15], big-endian words
                pshufb %xmm6, %xmm3
                movdqa %xmm3, (%rdi,%rax)
                add $16, %eax
                cmp $64, %eax
                jne 0b
            1:  movdqa -64(%rdi,%rax), %xmm3   # W[i-16..i-13]
                sha256msg1 -48(%rdi,%rax), %xmm3
                movdqa -16(%rdi,%rax), %xmm5   # W[i-4..i-1]
                movdqa %xmm5, %xmm4
                palignr $4, -32(%rdi,%rax), %xmm4 # W[i-7..i-4]
                paddd %xmm4, %xmm3
                sha256msg2 %xmm5, %xmm3        # W[i..i+3]
                movdqa %xmm3, (%rdi,%rax)
                add $16, %eax
                cmp $256, %eax
                jne 1b
                xor %eax, %eax
            2:  movdqa (%rdi,%rax), %xmm0
                paddd 0x100(%rdi,%rax), %xmm0  # W + K
                sha256rnds2 %xmm0, %xmm1, %xmm2
                pshufd $0x0e, %xmm0, %xmm0
                sha256rnds2 %xmm0, %xmm2, %xmm1
                add $16, %eax
                cmp $256, %eax
                jne 2b
                paddd %xmm8, %xmm1
                paddd %xmm9, %xmm2
                pshufd $0x1b, %xmm1, %xmm1     # FEBA
                pshufd $0xb1, %xmm2, %xmm2     # DCHG
                movdqa %xmm1, %xmm7
                pblendw $0xf0, %xmm2, %xmm1    # DCBA
                palignr $8, %xmm7, %xmm2       # HGFE
                movdqu %xmm1, (%rbx)
                movdqu %xmm2, 16(%rbx)
                hlt
            """);
        putInts(m, DATA, 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
        abcBlock(m, DATA + 0x40);
        putInts(m, DATA + 0x80, 0x00010203, 0x04050607, 0x08090a0b, 0x0c0d0e0f);
        putInts(m, DATA + 0x200, K256);
        halts(m);
        assertEquals(java.util.List.of(0xba7816bf, 0x8f01cfea, 0x414140de, 0x5dae2223, 0xb00361a3, 0x96177a9c, 0xb410ff61,
                0xf20015ad), java.util.Arrays.stream(ints(m, DATA, 8)).boxed().toList());
    }

    @Test
    void sha1OfAbc() {
        // DATA: H0..H4 | +0x40 block | +0x80 byte-reversal mask | +0x100 80 words, 4 per 16 bytes (first word highest)
        FlatMachine m = machine("""
                mov $0x200000, %rbx
                movdqu (%rbx), %xmm1
                pshufd $0x1b, %xmm1, %xmm1     # A in the high dword: ABCD
                movd 16(%rbx), %xmm2
                pslldq $12, %xmm2              # E in the high dword
                movdqa %xmm1, %xmm8
                movdqa %xmm2, %xmm9
                movdqa 0x80(%rbx), %xmm6
                lea 0x100(%rbx), %rdi
                xor %eax, %eax
            0:  movdqu 0x40(%rbx,%rax), %xmm3
                pshufb %xmm6, %xmm3
                movdqa %xmm3, (%rdi,%rax)
                add $16, %eax
                cmp $64, %eax
                jne 0b
            1:  movdqa -64(%rdi,%rax), %xmm3   # W[i-16..i-13]
                sha1msg1 -48(%rdi,%rax), %xmm3
                pxor -32(%rdi,%rax), %xmm3
                sha1msg2 -16(%rdi,%rax), %xmm3 # W[i..i+3]
                movdqa %xmm3, (%rdi,%rax)
                add $16, %eax
                cmp $320, %eax
                jne 1b
                paddd (%rdi), %xmm2            # rounds 0-3: E + W
                movdqa %xmm1, %xmm3
                sha1rnds4 $0, %xmm2, %xmm1
                mov $16, %eax
            2:  sha1nexte (%rdi,%rax), %xmm3   # E (A of four rounds ago, rotated) + W
                movdqa %xmm1, %xmm4
                cmp $80, %eax
                jb 3f
                cmp $160, %eax
                jb 4f
                cmp $240, %eax
                jb 5f
                sha1rnds4 $3, %xmm3, %xmm1
                jmp 6f
            3:  sha1rnds4 $0, %xmm3, %xmm1
                jmp 6f
            4:  sha1rnds4 $1, %xmm3, %xmm1
                jmp 6f
            5:  sha1rnds4 $2, %xmm3, %xmm1
            6:  movdqa %xmm4, %xmm3
                add $16, %eax
                cmp $320, %eax
                jne 2b
                sha1nexte %xmm9, %xmm3         # final E + the initial E
                paddd %xmm8, %xmm1
                pshufd $0x1b, %xmm1, %xmm1
                movdqu %xmm1, (%rbx)
                pextrd $3, %xmm3, 16(%rbx)
                hlt
            """);
        putInts(m, DATA, 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0);
        abcBlock(m, DATA + 0x40);
        putInts(m, DATA + 0x80, 0x0c0d0e0f, 0x08090a0b, 0x04050607, 0x00010203);
        halts(m);
        assertEquals(java.util.List.of(0xa9993e36, 0x4706816a, 0xba3e2571, 0x7850c26c, 0x9cd0d89d),
                java.util.Arrays.stream(ints(m, DATA, 5)).boxed().toList());
    }

    @Test
    void shaAcceptsUnalignedMemoryGfniDoesNot() {
        // Host: sha1nexte 1(%rdi) executes; gf2p8mulb, gf2p8affineqb 1(%rdi) raise #GP(0)
        FlatMachine m = machine("mov $0x200001, %edi\n sha1nexte (%rdi), %xmm1\n hlt");
        halts(m);
        m = machine("mov $0x200001, %edi\n gf2p8mulb (%rdi), %xmm1\n hlt");
        RunResult r = run(m);
        assertEquals(Vectors.GP, r.vector(), r.describe());
        assertEquals(0, r.errorCode());
        m = machine("mov $0x200001, %edi\n gf2p8affineqb $0, (%rdi), %xmm1\n hlt");
        assertEquals(Vectors.GP, run(m).vector());
    }

    // ================================================================ GFNI

    @Test
    void gf2p8mulbMultipliesInTheAesField() {
        FlatMachine m = machine("gf2p8mulb %xmm2, %xmm1\n hlt");
        // FIPS-197 4.2: {57} x {83} = {c1}, {57} x {13} = {fe}; x1 and x0 neutral and absorbing; {02} x {80} = {1b}
        xmm(m, 1, 0x0000000002015757L, 0x8000000000000000L);
        xmm(m, 2, 0x0000000080001383L, 0x02000000000000ffL);
        halts(m);
        assertXmm(m, 1, 0x000000001b00fec1L, 0x1b00000000000000L);
        xmm(m, 1, 0xff, 0);
        xmm(m, 2, 0x01, 0);
        m.cpu.rip = CODE;
        halts(m);
        assertXmm(m, 1, 0xff, 0);
    }

    @Test
    void gf2p8affineinvqbWithTheAesMatrixIsTheSBox() {
        // The AES affine map as a GFNI matrix (row for result bit i in byte 7 - i) and constant 0x63
        FlatMachine m = machine("gf2p8affineinvqb $0x63, %xmm2, %xmm1\n gf2p8affineqb $0x0f, %xmm3, %xmm4\n hlt");
        xmm(m, 1, 0x0000001053ff0100L, 0x000000000000c9a4L);
        xmm(m, 2, 0xf1e3c78f1f3e7cf8L, 0xf1e3c78f1f3e7cf8L);
        xmm(m, 3, 0x0102040810204080L, 0x8040201008040201L); // identity; bit reversal
        xmm(m, 4, 0x00000000000000f0L, 0x0000000000000001L);
        halts(m);
        // FIPS-197 figure 7: S(00) = 63, S(01) = 7c, S(ff) = 16, S(53) = ed, S(10) = ca, S(a4) = 49, S(c9) = dd
        assertXmm(m, 1, 0x636363caed167c63L, 0x636363636363dd49L);
        assertXmm(m, 4, 0x0f0f0f0f0f0f0fffL, 0x0f0f0f0f0f0f0f8fL); // identity, then bit reversal; XOR 0x0f
    }

    // ================================================================ SSE4A

    @Test
    void extrqAndInsertq() {
        // Values measured on the host: the high quadword of the destination is zeroed; a field
        // length of 0 means 64; a field running past bit 63 is cut there.
        FlatMachine m = machine("""
                extrq $16, $5, %xmm1           # AT&T: index, length. Bits 20:16
                extrq $8, $0, %xmm2            # length 0 = 64 from bit 8: the rest
                extrq $8, $60, %xmm3           # 60 + 8 > 64: the bits from 8 up
                insertq $16, $5, %xmm8, %xmm4  # low 5 bits of xmm8 into bits 20:16
                insertq $8, $60, %xmm8, %xmm5  # cut at bit 63
                extrq %xmm9, %xmm6             # length 48, index 30 (from xmm9 bits 5:0 and 13:8)
                insertq %xmm10, %xmm7          # length 16, index 50 (xmm10 bits 69:64, 77:72)
                hlt
                """);
        long v = 0x123456789abcdef0L;
        xmm(m, 1, v, -1);
        xmm(m, 2, v, -1);
        xmm(m, 3, v, -1);
        xmm(m, 4, 0x1111111111111111L, 0x2222222222222222L);
        xmm(m, 5, 0x1111111111111111L, 0x2222222222222222L);
        xmm(m, 6, 0x1111111111111111L, 0x2222222222222222L);
        xmm(m, 7, 0x40cL, 0x2222222222222222L);
        xmm(m, 8, 0x10L | v & ~0xFFL, 0xfedcba9876543210L);
        xmm(m, 9, v, 0xfedcba9876543210L);
        xmm(m, 10, v, 0xfedcba9876543210L);
        halts(m);
        assertXmm(m, 1, 0x1c, 0);
        assertXmm(m, 2, 0x00123456789abcdeL, 0);
        assertXmm(m, 3, 0x00123456789abcdeL, 0);
        assertXmm(m, 4, 0x1111111111101111L, 0);
        assertXmm(m, 5, 0x3456789abcde1011L, 0);
        assertXmm(m, 6, 0x44444444L, 0);
        assertXmm(m, 7, 0x7bc000000000040cL, 0);
    }

    @Test
    void extrqWithModrmRegNotZeroIsUndefined() {
        FlatMachine m = new FlatMachine();
        m.loadProgram(CODE, new byte[] {0x66, 0x0f, 0x78, (byte) 0xc9, 0x00, 0x08, (byte) 0xf4}); // 66 0F 78 /1: #UD (host)
        assertEquals(Vectors.UD, run(m).vector());
    }

    // ================================================================ DPPS / DPPD

    @Test
    void dotProducts() {
        FlatMachine m = machine("""
                movdqa %xmm1, %xmm3
                dpps $0xf1, %xmm2, %xmm1       # all products, sum to element 0
                dpps $0x35, %xmm2, %xmm3       # products 0 and 1, sum to elements 0 and 2
                dppd $0x33, %xmm5, %xmm4
                dppd $0x12, %xmm5, %xmm6       # product 0 only, to element 1
                hlt
                """);
        xmm(m, 1, 0x400000003f800000L, 0x4080000040400000L); // 1 2 3 4
        xmm(m, 2, 0x40c0000040a00000L, 0x4100000040e00000L); // 5 6 7 8
        xmm(m, 4, 0x3ff8000000000000L, 0x4000000000000000L); // 1.5 2
        xmm(m, 5, 0x4010000000000000L, 0x4020000000000000L); // 4 8
        xmm(m, 6, 0x3ff8000000000000L, 0x4000000000000000L);
        halts(m);
        assertXmm(m, 1, 0x428c0000L, 0); // 70
        assertXmm(m, 3, 0x41880000L, 0x41880000L); // 17
        assertXmm(m, 4, 0x4036000000000000L, 0x4036000000000000L); // 22
        assertXmm(m, 6, 0, 0x4018000000000000L); // 6
        assertEquals(0x1f80, m.cpu.mxcsr);
    }

    /** Runs {@code dpps/dppd $imm, %xmm1, %xmm0} on the given lanes and MXCSR; returns the outcome. */
    private static RunResult dp(String insn, int mxcsr, long x0lo, long x0hi, long x1lo, long x1hi, FlatMachine[] out) {
        FlatMachine m = machine(insn + ", %xmm1, %xmm0\n hlt");
        m.cpu.mxcsr = mxcsr;
        xmm(m, 0, x0lo, x0hi);
        xmm(m, 1, x1lo, x1hi);
        out[0] = m;
        return run(m);
    }

    @Test
    void dotProductRoundingAndExceptionsAsOnTheHost() {
        FlatMachine[] m = new FlatMachine[1];
        // The product 0x1fffffff^2 rounds up (RC = up) to the smallest normal: tiny after rounding
        // with an unbounded exponent, so UE and PE; with FTZ the product is flushed to +0.
        assertEquals(RunResult.Stop.HALT, dp("dpps $0x11", 0x5f80, 0x1fffffff, 0, 0x1fffffff, 0, m).stop());
        assertXmm(m[0], 0, 0x00800000L, 0);
        assertEquals(0x5fb0, m[0].cpu.mxcsr);
        dp("dpps $0x11", 0xdf80, 0x1fffffff, 0, 0x1fffffff, 0, m);
        assertXmm(m[0], 0, 0, 0);
        assertEquals(0xdfb0, m[0].cpu.mxcsr);
        // 2^127 + 2^127 overflows in the sum: masked, infinity with OE PE; with OE unmasked #XM
        // and no PE (2^128 is exact with an unbounded exponent), the destination unchanged.
        dp("dpps $0xff", 0x1f80, 0x7f0000007f000000L, 0, 0x3f8000003f800000L, 0, m);
        assertXmm(m[0], 0, 0x7f8000007f800000L, 0x7f8000007f800000L);
        assertEquals(0x1fa8, m[0].cpu.mxcsr);
        RunResult r = dp("dpps $0xff", 0x1b80, 0x7f0000007f000000L, 0, 0x3f8000003f800000L, 0, m);
        assertEquals(Vectors.XM, r.vector(), r.describe());
        assertEquals(CODE, r.rip());
        assertEquals(0x1b88, m[0].cpu.mxcsr);
        assertXmm(m[0], 0, 0x7f0000007f000000L, 0);
        // An SNaN product: IE, the quieted NaN propagates through the sums
        dp("dpps $0xff", 0x1f80, 0x7f8000017f000000L, 0, 0x3f8000003f800000L, 0, m);
        assertXmm(m[0], 0, 0x7fc000017fc00001L, 0x7fc000017fc00001L);
        assertEquals(0x1f81, m[0].cpu.mxcsr);
        // Products 2^-70 * 2^-70 = 2^-140 are exact denormals (no UE); the additions see denormal
        // operands: DE, or with DAZ they are zeros; with FTZ the products are flushed (UE PE).
        dp("dpps $0xff", 0x1f80, 0x1c8000001c800000L, 0, 0x1c8000001c800000L, 0, m);
        assertXmm(m[0], 0, 0x0000040000000400L, 0x0000040000000400L);
        assertEquals(0x1f82, m[0].cpu.mxcsr);
        dp("dpps $0xff", 0x1fc0, 0x1c8000001c800000L, 0, 0x1c8000001c800000L, 0, m);
        assertXmm(m[0], 0, 0, 0);
        assertEquals(0x1fc0, m[0].cpu.mxcsr);
        dp("dpps $0xff", 0x9f80, 0x1c8000001c800000L, 0, 0x1c8000001c800000L, 0, m);
        assertXmm(m[0], 0, 0, 0);
        assertEquals(0x9fb0, m[0].cpu.mxcsr);
        // DPPD: 1e300 * 1e10 overflows in the product; OE unmasked: #XM with OE PE (the product is inexact)
        r = dp("dppd $0x31", 0x1b80, 0x7e37e43c8800759cL, 0x3ff0000000000000L, 0x4202a05f20000000L, 0x3ff0000000000000L, m);
        assertEquals(Vectors.XM, r.vector());
        assertEquals(0x1ba8, m[0].cpu.mxcsr);
        dp("dppd $0x31", 0x1f80, 0x7e37e43c8800759cL, 0x3ff0000000000000L, 0x4202a05f20000000L, 0x3ff0000000000000L, m);
        assertXmm(m[0], 0, 0x7ff0000000000000L, 0);
        assertEquals(0x1fa8, m[0].cpu.mxcsr);
    }

    @Test
    void noAllocationPerInstruction() {
        // 20,000 iterations of every new instruction family, with rounding that sets flags (masked)
        FlatMachine m = machine("""
                mov $20000, %ecx
            1:  dpps $0xff, %xmm1, %xmm0
                dppd $0x33, %xmm3, %xmm2
                extrq $3, $17, %xmm4
                insertq %xmm6, %xmm5
                sha1rnds4 $2, %xmm7, %xmm8
                sha256rnds2 %xmm0, %xmm9, %xmm10
                sha256msg2 %xmm9, %xmm10
                gf2p8affineinvqb $0x63, %xmm11, %xmm12
                gf2p8mulb %xmm11, %xmm12
                dec %ecx
                jnz 1b
                hlt
                """);
        xmm(m, 1, 0x3eaaaaab3eaaaaabL, 0x3eaaaaab3eaaaaabL);
        xmm(m, 3, 0x3fd5555555555555L, 0x3fd5555555555555L);
        halts(m); // warm-up
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        m.cpu.rip = CODE;
        long before = bean.getThreadAllocatedBytes(tid);
        RunResult r = m.run(1_000_000);
        long allocated = bean.getThreadAllocatedBytes(tid) - before;
        assertEquals(RunResult.Stop.HALT, r.stop(), r.describe());
        assertEquals(20_000 * 11 + 2, r.instructions());
        assertTrue(allocated < 4096, allocated + " bytes allocated for " + r.instructions() + " instructions");
    }

    @Test
    void directedRoundingPastTheLargestFiniteOverflows() {
        // The rounding core DPPS/DPPD share with the SSE arithmetic (host values): MAX + 1 rounded up
        // (binary64) and -MAX - 1 rounded down (binary32) are overflows: infinity, OE and PE.
        FlatMachine m = machine("addsd %xmm1, %xmm0\n hlt");
        m.cpu.mxcsr = 0x5f80;
        xmm(m, 0, 0x7fefffffffffffffL, 0);
        xmm(m, 1, 0x3ff0000000000000L, 0);
        halts(m);
        assertXmm(m, 0, 0x7ff0000000000000L, 0);
        assertEquals(0x5fa8, m.cpu.mxcsr);
        m = machine("addss %xmm1, %xmm0\n hlt");
        m.cpu.mxcsr = 0x3f80;
        xmm(m, 0, 0xff7fffffL, 0);
        xmm(m, 1, 0xbf800000L, 0);
        halts(m);
        assertXmm(m, 0, 0xff800000L, 0);
        assertEquals(0x3fa8, m.cpu.mxcsr);
    }

    // ================================================================ against the host

    @Test
    void randomSequencesMatchTheHost() throws IOException {
        Set<String> names = Set.of("DPPS", "DPPD", "EXTRQ", "INSERTQ", "SHA1RNDS4", "SHA1NEXTE", "SHA1MSG1", "SHA1MSG2",
                "SHA256RNDS2", "SHA256MSG1", "SHA256MSG2", "GF2P8MULB", "GF2P8AFFINEQB", "GF2P8AFFINEINVQB");
        FpCaseGenerator gen = new FpCaseGenerator(20261122L, f -> names.contains(f.mnemonic));
        assertEquals(16, gen.forms.size(), "DPPS DPPD, EXTRQ and INSERTQ (2 each), 7 SHA, 3 GFNI");
        FpDifferentialTest.run(gen, 5_000);
    }
}
