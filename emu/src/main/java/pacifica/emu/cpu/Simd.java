package pacifica.emu.cpu;

import java.util.HashMap;
import java.util.Map;

import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;

/**
 * Legacy-encoded (non-VEX, XMM) SIMD forms {@link Sse} does not execute: the SSE2 integer
 * operations it lacks, SSE3 moves, SSSE3, the integer and data-movement part of SSE4.1, PCMPGTQ,
 * AES-NI ({@link Aes}), PCLMULQDQ, DPPS/DPPD ({@link DotProduct}), SSE4A EXTRQ/INSERTQ ({@link Sse4a}),
 * SHA ({@link Sha}) and GFNI ({@link Gfni}). Semantics per AMD APM vol. 4. Memory operands of 128 bits
 * must be 16-byte aligned (#GP(0)) except for LDDQU, the SSE4.2 string compares and SHA (as on the
 * host); narrower operands (PMOVSX/ZX, PINSR, MOVDDUP) are not checked. MXCSR.MM (AMD misaligned
 * SSE mode, which lets the host accept misaligned operands) is not implemented. Results are built in
 * locals: nothing is allocated.
 */
public final class Simd {
    private Simd() {}

    static final int PACKSSWB = 1, PACKSSDW = 2, PADDS = 3, PSUBS = 4, PMADDWD = 5, PMULHUW = 6, PMULHW = 7,
            PABS = 10, PSIGN = 11, PSHUFB = 12, PALIGNR = 13, PHADD = 14, PHSUB = 15, PHADDSW = 16, PHSUBSW = 17,
            PMADDUBSW = 18, PMULHRSW = 19,
            PMINS = 20, PMAXS = 21, PMINU = 22, PMAXU = 23, PMULLD = 24, PMULDQ = 25, PCMPEQQ = 26, PCMPGTQ = 27,
            PACKUSDW = 28, PTEST = 29, PBLENDW = 30, PBLENDVB = 31, BLENDPS = 32, BLENDPD = 33, BLENDVPS = 34,
            BLENDVPD = 35, PMOVSX = 36, PMOVZX = 37, PEXTR = 38, PINSR = 39, EXTRACTPS = 40, INSERTPS = 41,
            PHMINPOSUW = 42, MOVNTDQA = 43, MPSADBW = 44,
            MOVDDUP = 50, MOVSHDUP = 51, MOVSLDUP = 52, LDDQU = 53,
            AESENC = 60, AESENCLAST = 61, AESDEC = 62, AESDECLAST = 63, AESIMC = 64, AESKEYGENASSIST = 65,
            PCLMULQDQ = 66, MOVNTI = 67, MASKMOVDQU = 68, PCMPSTR = 69, MOVNTS = 70, CACHE_LINE = 71,
            DPPS = 72, DPPD = 73, EXTRQ = 74, INSERTQ = 75,
            SHA1RNDS4 = 80, SHA1NEXTE = 81, SHA1MSG1 = 82, SHA1MSG2 = 83, SHA256RNDS2 = 84, SHA256MSG1 = 85,
            SHA256MSG2 = 86, GF2P8MULB = 87, GF2P8AFFINEQB = 88, GF2P8AFFINEINVQB = 89;

    private static final Map<String, Integer> OPS = new HashMap<>();

    private static void op(int code, int es, String... names) {
        for (String n : names) OPS.put(n, code | es << 8);
    }

    static {
        op(PACKSSWB, 2, "PACKSSWB");
        op(PACKSSDW, 4, "PACKSSDW");
        op(PADDS, 1, "PADDSB");
        op(PADDS, 2, "PADDSW");
        op(PSUBS, 1, "PSUBSB");
        op(PSUBS, 2, "PSUBSW");
        op(PMADDWD, 2, "PMADDWD");
        op(PMULHUW, 2, "PMULHUW");
        op(PMULHW, 2, "PMULHW");
        op(PABS, 1, "PABSB");
        op(PABS, 2, "PABSW");
        op(PABS, 4, "PABSD");
        op(PSIGN, 1, "PSIGNB");
        op(PSIGN, 2, "PSIGNW");
        op(PSIGN, 4, "PSIGND");
        op(PSHUFB, 1, "PSHUFB");
        op(PALIGNR, 1, "PALIGNR");
        op(PHADD, 2, "PHADDW");
        op(PHADD, 4, "PHADDD");
        op(PHSUB, 2, "PHSUBW");
        op(PHSUB, 4, "PHSUBD");
        op(PHADDSW, 2, "PHADDSW");
        op(PHSUBSW, 2, "PHSUBSW");
        op(PMADDUBSW, 1, "PMADDUBSW");
        op(PMULHRSW, 2, "PMULHRSW");
        op(PMINS, 1, "PMINSB");
        op(PMINS, 4, "PMINSD");
        op(PMAXS, 1, "PMAXSB");
        op(PMAXS, 4, "PMAXSD");
        op(PMINU, 2, "PMINUW");
        op(PMINU, 4, "PMINUD");
        op(PMAXU, 2, "PMAXUW");
        op(PMAXU, 4, "PMAXUD");
        op(PMULLD, 4, "PMULLD");
        op(PMULDQ, 8, "PMULDQ");
        op(PCMPEQQ, 8, "PCMPEQQ");
        op(PCMPGTQ, 8, "PCMPGTQ");
        op(PACKUSDW, 4, "PACKUSDW");
        op(PTEST, 0, "PTEST");
        op(PBLENDW, 2, "PBLENDW");
        op(PBLENDVB, 1, "PBLENDVB");
        op(BLENDPS, 4, "BLENDPS");
        op(BLENDPD, 8, "BLENDPD");
        op(BLENDVPS, 4, "BLENDVPS");
        op(BLENDVPD, 8, "BLENDVPD");
        // PMOVSX/ZX: source element size in bits 8-11, destination element size in bits 12-15
        op(PMOVSX, 0x21, "PMOVSXBW");
        op(PMOVSX, 0x41, "PMOVSXBD");
        op(PMOVSX, 0x81, "PMOVSXBQ");
        op(PMOVSX, 0x42, "PMOVSXWD");
        op(PMOVSX, 0x82, "PMOVSXWQ");
        op(PMOVSX, 0x84, "PMOVSXDQ");
        op(PMOVZX, 0x21, "PMOVZXBW");
        op(PMOVZX, 0x41, "PMOVZXBD");
        op(PMOVZX, 0x81, "PMOVZXBQ");
        op(PMOVZX, 0x42, "PMOVZXWD");
        op(PMOVZX, 0x82, "PMOVZXWQ");
        op(PMOVZX, 0x84, "PMOVZXDQ");
        op(PEXTR, 1, "PEXTRB");
        op(PEXTR, 2, "PEXTRW");
        op(PEXTR, 4, "PEXTRD");
        op(PEXTR, 8, "PEXTRQ");
        op(PINSR, 1, "PINSRB");
        op(PINSR, 4, "PINSRD");
        op(PINSR, 8, "PINSRQ");
        op(EXTRACTPS, 4, "EXTRACTPS");
        op(INSERTPS, 4, "INSERTPS");
        op(PHMINPOSUW, 2, "PHMINPOSUW");
        op(MOVNTDQA, 0, "MOVNTDQA");
        op(MPSADBW, 1, "MPSADBW");
        op(MOVDDUP, 0, "MOVDDUP");
        op(MOVSHDUP, 0, "MOVSHDUP");
        op(MOVSLDUP, 0, "MOVSLDUP");
        op(LDDQU, 0, "LDDQU");
        op(AESENC, 0, "AESENC");
        op(AESENCLAST, 0, "AESENCLAST");
        op(AESDEC, 0, "AESDEC");
        op(AESDECLAST, 0, "AESDECLAST");
        op(AESIMC, 0, "AESIMC");
        op(AESKEYGENASSIST, 0, "AESKEYGENASSIST");
        op(PCLMULQDQ, 0, "PCLMULQDQ");
        op(MOVNTI, 0, "MOVNTI");
        op(MASKMOVDQU, 0, "MASKMOVDQU");
        op(MOVNTS, 4, "MOVNTSS");
        op(MOVNTS, 8, "MOVNTSD");
        op(CACHE_LINE, 0, "CLFLUSH", "CLFLUSHOPT", "CLWB");
        // PCMPxSTRx: bit 8 explicit lengths, bit 9 mask (else index) result
        op(PCMPSTR, 1, "PCMPESTRI");
        op(PCMPSTR, 3, "PCMPESTRM");
        op(PCMPSTR, 0, "PCMPISTRI");
        op(PCMPSTR, 2, "PCMPISTRM");
        op(DPPS, 4, "DPPS");
        op(DPPD, 8, "DPPD");
        op(EXTRQ, 0, "EXTRQ");
        op(INSERTQ, 0, "INSERTQ");
        op(SHA1RNDS4, 0, "SHA1RNDS4");
        op(SHA1NEXTE, 0, "SHA1NEXTE");
        op(SHA1MSG1, 0, "SHA1MSG1");
        op(SHA1MSG2, 0, "SHA1MSG2");
        op(SHA256RNDS2, 0, "SHA256RNDS2");
        op(SHA256MSG1, 0, "SHA256MSG1");
        op(SHA256MSG2, 0, "SHA256MSG2");
        op(GF2P8MULB, 0, "GF2P8MULB");
        op(GF2P8AFFINEQB, 0, "GF2P8AFFINEQB");
        op(GF2P8AFFINEINVQB, 0, "GF2P8AFFINEINVQB");
    }

    /** The operation number and element size registered for a mnemonic (no form checks), or null. */
    static Integer byName(String mnemonic) {
        return OPS.get(mnemonic);
    }

    /** The operation for a legacy XMM form this class executes, or -1. */
    public static int opFor(InstructionForm f) {
        if (f.space != InstructionForm.SPACE_LEGACY || f.attributes.containsKey("ud")) return -1;
        for (var o : f.operands) {
            OperandKind k = o.kind();
            if (k == OperandKind.P || k == OperandKind.Q || k == OperandKind.N) return -1;
        }
        Integer v = OPS.get(f.mnemonic);
        if (v == null || Sse.opFor(f) >= 0) return -1; // Sse's forms stay Sse's
        // PEXTRW: only the SSE4.1 form (66 0F 3A 15, register or memory destination); 66 0F C5 is Sse's.
        if ((v & 0xFF) == PEXTR && f.mnemonic.equals("PEXTRW") && f.map != InstructionForm.MAP_0F3A) return -1;
        return v;
    }

    // ================================================================ operand helpers

    /** Loads the ModRM.rm source (XMM register or 16 bytes of memory) into c.sseLo/c.sseHi. */
    private static void src(Cpu c, Instruction i, boolean aligned) {
        c.loadXmmOperand(i, aligned);
    }

    /** The low {@code size} bytes of the rm source (register or unaligned memory), zero-extended to 64 bits. */
    private static long srcLow(Cpu c, Instruction i, int size) {
        if (i.isMemory) return c.read(c.ea(i), size);
        long v = c.xmm[2 * i.rm];
        return size == 8 ? v : v & ((1L << (8 * size)) - 1);
    }

    static long el(long lo, long hi, int k, int es) {
        int bit = k * es * 8;
        long v = bit < 64 ? lo >>> bit : hi >>> (bit - 64);
        return es == 8 ? v : v & ((1L << (8 * es)) - 1);
    }

    static long sx(long v, int es) {
        int s = 64 - 8 * es;
        return v << s >> s;
    }

    private static long mask(int es) {
        return es == 8 ? -1L : (1L << (8 * es)) - 1;
    }

    static long sat(long v, int es, boolean signed) {
        long max = signed ? (1L << (8 * es - 1)) - 1 : mask(es);
        long min = signed ? -(1L << (8 * es - 1)) : 0;
        return Math.max(min, Math.min(max, v)) & mask(es);
    }

    // ================================================================ execution

    public static void execute(Cpu c, Instruction i, int op) {
        int code = op & 0xFF, es = (op >> 8) & 0xF;
        long[] x = c.xmm;
        int d = 2 * i.reg;
        switch (code) {
            case PMOVSX, PMOVZX -> {
                int ds = (op >> 12) & 0xF, n = 16 / ds;
                long s = srcLow(c, i, n * es);
                long lo = 0, hi = 0;
                for (int k = 0; k < n; k++) {
                    long v = (s >>> (8 * es * k)) & mask(es);
                    if (code == PMOVSX) v = sx(v, es);
                    v &= mask(ds);
                    int bit = k * ds * 8;
                    if (bit < 64) lo |= v << bit;
                    else hi |= v << (bit - 64);
                }
                x[d] = lo;
                x[d + 1] = hi;
                return;
            }
            case PEXTR -> {
                int n = 16 / es, k = (int) (i.imm & (n - 1));
                long v = el(x[d], x[d + 1], k, es);
                if (i.isMemory) c.write(c.ea(i), es, v);
                else c.setGpr(i.rm, es == 8 ? 8 : 4, v);
                return;
            }
            case EXTRACTPS -> {
                long v = el(x[d], x[d + 1], (int) (i.imm & 3), 4);
                if (i.isMemory) c.write(c.ea(i), 4, v);
                else c.setGpr(i.rm, 4, v);
                return;
            }
            case PINSR -> {
                long v = i.isMemory ? c.read(c.ea(i), es) : c.gpr[i.rm] & mask(es);
                int n = 16 / es, k = (int) (i.imm & (n - 1));
                int bit = k * es * 8;
                int q = d + (bit >> 6);
                x[q] = (x[q] & ~(mask(es) << (bit & 63))) | v << (bit & 63);
                return;
            }
            case INSERTPS -> {
                int imm = (int) i.imm;
                long v = i.isMemory ? c.read(c.ea(i), 4) : el(x[2 * i.rm], x[2 * i.rm + 1], (imm >> 6) & 3, 4);
                int bit = ((imm >> 4) & 3) * 32;
                int q = d + (bit >> 6);
                x[q] = (x[q] & ~(0xFFFFFFFFL << (bit & 63))) | v << (bit & 63);
                for (int k = 0; k < 4; k++) {
                    if ((imm >> k & 1) != 0) x[d + (k >> 1)] &= ~(0xFFFFFFFFL << (32 * (k & 1)));
                }
                return;
            }
            case MOVDDUP -> {
                long v = srcLow(c, i, 8);
                x[d] = v;
                x[d + 1] = v;
                return;
            }
            case LDDQU -> {
                src(c, i, false);
                x[d] = c.sseLo;
                x[d + 1] = c.sseHi;
                return;
            }
            case MOVNTS -> { // SSE4A: the low single/double of XMM(reg) to memory
                c.write(c.ea(i), es, x[d] & mask(es));
                return;
            }
            case CACHE_LINE -> { // no caches: only the access check of a byte load (#PF, #GP) remains
                c.read(c.ea(i), 1);
                return;
            }
            case MOVNTI -> { // a plain store: there are no caches to bypass
                int size = (i.rex & 8) != 0 ? 8 : 4;
                c.write(c.ea(i), size, c.reg(i, i.reg, size));
                return;
            }
            case MASKMOVDQU -> { // bytes of XMM(reg) whose mask byte (XMM(rm)) has bit 7 set, to DS:rDI
                long base = c.gpr[Cpu.RDI];
                if (i.addressSize == 4) base &= 0xFFFFFFFFL;
                int seg = i.segmentOverride >= 0 ? i.segmentOverride : Instruction.DS;
                long ml = x[2 * i.rm], mh = x[2 * i.rm + 1];
                // The host checks all 16 bytes at rDI, even with an all-zero mask (a #PF reports rDI).
                c.probeWrite(c.linear(seg, base), 16);
                for (int k = 0; k < 16; k++) {
                    if ((el(ml, mh, k, 1) & 0x80) != 0) c.write(c.linear(seg, base + k), 1, el(x[d], x[d + 1], k, 1));
                }
                return;
            }
            case PCMPSTR -> {
                src(c, i, false); // SSE4.2 string instructions do not require alignment
                StringCompare.execute(c, i, (es & 1) != 0, (es & 2) != 0);
                return;
            }
            case DPPS, DPPD -> {
                src(c, i, true);
                if (code == DPPS) DotProduct.dpps(c, d, (int) i.imm);
                else DotProduct.dppd(c, d, (int) i.imm);
                return;
            }
            case EXTRQ -> { // immediate form: the field of XMM(rm); register form: XMM(reg) by XMM(rm)'s low bits
                if (i.form.operands.length == 3) Sse4a.extrq(x, 2 * i.rm, (int) i.imm, (int) i.imm2);
                else Sse4a.extrq(x, d, (int) x[2 * i.rm], (int) (x[2 * i.rm] >>> 8));
                return;
            }
            case INSERTQ -> { // register form: length and index in bits 69:64 and 77:72 of XMM(rm)
                long s = x[2 * i.rm];
                if (i.form.operands.length == 4) Sse4a.insertq(x, d, s, (int) i.imm, (int) i.imm2);
                else Sse4a.insertq(x, d, s, (int) x[2 * i.rm + 1], (int) (x[2 * i.rm + 1] >>> 8));
                return;
            }
            case SHA1RNDS4, SHA1NEXTE, SHA1MSG1, SHA1MSG2, SHA256RNDS2, SHA256MSG1, SHA256MSG2 -> {
                src(c, i, false); // the host does not check the alignment of SHA's memory operand
                Sha.execute(c, code, d, (int) i.imm);
                return;
            }
            case GF2P8MULB, GF2P8AFFINEQB, GF2P8AFFINEINVQB -> {
                src(c, i, true);
                Gfni.execute(c, code, d, (int) i.imm);
                return;
            }
            case AESENC, AESENCLAST, AESDEC, AESDECLAST, AESIMC, AESKEYGENASSIST -> {
                src(c, i, true);
                Aes.execute(c, code, d, (int) (i.imm & 0xFF));
                return;
            }
            default -> { }
        }
        // MOVNTDQA names its alignment: #GP(0) even in the misaligned SSE mode (host).
        if (code == MOVNTDQA && i.isMemory && (c.ea(i) & 15) != 0) throw c.gp0();
        src(c, i, true);
        long sl = c.sseLo, sh = c.sseHi, dl = x[d], dh = x[d + 1];
        long rl, rh;
        switch (code) {
            case MOVNTDQA -> {
                rl = sl;
                rh = sh;
            }
            case MOVSHDUP -> {
                rl = (sl & 0xFFFFFFFF00000000L) | sl >>> 32;
                rh = (sh & 0xFFFFFFFF00000000L) | sh >>> 32;
            }
            case MOVSLDUP -> {
                rl = (sl & 0xFFFFFFFFL) | sl << 32;
                rh = (sh & 0xFFFFFFFFL) | sh << 32;
            }
            case PTEST -> {
                boolean zf = ((dl & sl) | (dh & sh)) == 0, cf = ((~dl & sl) | (~dh & sh)) == 0;
                c.setAllStatus((zf ? 0x40 : 0) | (cf ? 1 : 0));
                return;
            }
            case PCLMULQDQ -> {
                int imm = (int) i.imm;
                long a = (imm & 1) != 0 ? dh : dl, b = (imm & 0x10) != 0 ? sh : sl;
                long lo = 0, hi = 0;
                for (int k = 0; k < 64; k++) {
                    if ((b >>> k & 1) != 0) {
                        lo ^= a << k;
                        if (k != 0) hi ^= a >>> (64 - k);
                    }
                }
                rl = lo;
                rh = hi;
            }
            case PALIGNR -> {
                int n = (int) (i.imm & 0xFF);
                rl = 0;
                rh = 0;
                for (int k = 0; k < 16; k++) {
                    int p = k + n; // byte p of dest:src (src low)
                    long v = p < 16 ? el(sl, sh, p, 1) : p < 32 ? el(dl, dh, p - 16, 1) : 0;
                    if (k < 8) rl |= v << (8 * k);
                    else rh |= v << (8 * (k - 8));
                }
            }
            case PSHUFB -> {
                rl = 0;
                rh = 0;
                for (int k = 0; k < 16; k++) {
                    long m = el(sl, sh, k, 1);
                    long v = (m & 0x80) != 0 ? 0 : el(dl, dh, (int) (m & 15), 1);
                    if (k < 8) rl |= v << (8 * k);
                    else rh |= v << (8 * (k - 8));
                }
            }
            case PHMINPOSUW -> {
                int best = 0;
                long min = el(sl, sh, 0, 2);
                for (int k = 1; k < 8; k++) {
                    long v = el(sl, sh, k, 2);
                    if (v < min) {
                        min = v;
                        best = k;
                    }
                }
                rl = min | (long) best << 16;
                rh = 0;
            }
            case MPSADBW -> {
                int imm = (int) i.imm;
                int so = (imm & 3) * 4, dOff = ((imm >> 2) & 1) * 4;
                rl = 0;
                rh = 0;
                for (int k = 0; k < 8; k++) {
                    long s = 0;
                    for (int j = 0; j < 4; j++) s += Math.abs(el(dl, dh, dOff + k + j, 1) - el(sl, sh, so + j, 1));
                    if (k < 4) rl |= s << (16 * k);
                    else rh |= s << (16 * (k - 4));
                }
            }
            case PHADD, PHSUB, PHADDSW, PHSUBSW -> {
                int n = 8 / es; // elements per 64 bits
                long r0 = 0, r1 = 0;
                for (int k = 0; k < 2 * n; k++) {
                    long a, b;
                    int pair = k % n;
                    boolean fromSrc = k >= n;
                    long lo = fromSrc ? sl : dl, hi = fromSrc ? sh : dh;
                    a = sx(el(lo, hi, 2 * pair, es), es);
                    b = sx(el(lo, hi, 2 * pair + 1, es), es);
                    long v = code == PHADD || code == PHADDSW ? a + b : a - b;
                    v = code == PHADDSW || code == PHSUBSW ? sat(v, es, true) : v & mask(es);
                    int bit = k * es * 8;
                    if (bit < 64) r0 |= v << bit;
                    else r1 |= v << (bit - 64);
                }
                rl = r0;
                rh = r1;
            }
            case PACKSSWB, PACKSSDW, PACKUSDW -> {
                int n = 16 / es, os = es / 2;
                rl = 0;
                rh = 0;
                for (int k = 0; k < 2 * n; k++) {
                    long v = k < n ? el(dl, dh, k, es) : el(sl, sh, k - n, es);
                    v = sat(sx(v, es), os, code != PACKUSDW);
                    int bit = k * os * 8;
                    if (bit < 64) rl |= v << bit;
                    else rh |= v << (bit - 64);
                }
            }
            case PMADDWD, PMADDUBSW -> {
                rl = 0;
                rh = 0;
                int os = code == PMADDWD ? 4 : 2;
                for (int k = 0; k < 16 / os; k++) {
                    long a0, a1, b0, b1;
                    if (code == PMADDWD) {
                        a0 = sx(el(dl, dh, 2 * k, 2), 2);
                        a1 = sx(el(dl, dh, 2 * k + 1, 2), 2);
                        b0 = sx(el(sl, sh, 2 * k, 2), 2);
                        b1 = sx(el(sl, sh, 2 * k + 1, 2), 2);
                    } else {
                        a0 = el(dl, dh, 2 * k, 1);
                        a1 = el(dl, dh, 2 * k + 1, 1);
                        b0 = sx(el(sl, sh, 2 * k, 1), 1);
                        b1 = sx(el(sl, sh, 2 * k + 1, 1), 1);
                    }
                    long v = a0 * b0 + a1 * b1;
                    v = code == PMADDWD ? v & 0xFFFFFFFFL : sat(v, 2, true);
                    int bit = k * os * 8;
                    if (bit < 64) rl |= v << bit;
                    else rh |= v << (bit - 64);
                }
            }
            case PBLENDW, BLENDPS, BLENDPD, PBLENDVB, BLENDVPS, BLENDVPD -> {
                rl = 0;
                rh = 0;
                long ml = x[0], mh = x[1]; // XMM0 is the implicit mask of the variable blends
                for (int k = 0; k < 16 / es; k++) {
                    boolean pick = code == PBLENDW || code == BLENDPS || code == BLENDPD ? (i.imm >> k & 1) != 0
                            : (el(ml, mh, k, es) >>> (8 * es - 1) & 1) != 0;
                    long v = pick ? el(sl, sh, k, es) : el(dl, dh, k, es);
                    int bit = k * es * 8;
                    if (bit < 64) rl |= v << bit;
                    else rh |= v << (bit - 64);
                }
            }
            default -> {
                rl = lanes(code, es, dl, sl);
                rh = lanes(code, es, dh, sh);
            }
        }
        x[d] = rl;
        x[d + 1] = rh;
    }

    static long lanes(int code, int es, long a, long b) {
        int bits = 8 * es;
        long m = mask(es), out = 0;
        for (int k = 0; k < 8 / es; k++) {
            long ea = bits == 64 ? a : (a >>> (bits * k)) & m, eb = bits == 64 ? b : (b >>> (bits * k)) & m;
            long sa = sx(ea, es), sb = sx(eb, es);
            long r = switch (code) {
                case PADDS -> sat(sa + sb, es, true);
                case PSUBS -> sat(sa - sb, es, true);
                case PMULHUW -> (ea * eb) >>> 16;
                case PMULHW -> (sa * sb) >> 16;
                case PMULHRSW -> (((sa * sb) >> 14) + 1) >> 1;
                case PABS -> Math.abs(sb);
                case PSIGN -> sb < 0 ? -sa : sb == 0 ? 0 : sa;
                case PMINS -> Math.min(sa, sb);
                case PMAXS -> Math.max(sa, sb);
                case PMINU -> Long.compareUnsigned(ea, eb) <= 0 ? ea : eb;
                case PMAXU -> Long.compareUnsigned(ea, eb) >= 0 ? ea : eb;
                case PMULLD -> sa * sb;
                case PMULDQ -> (long) (int) a * (long) (int) b;
                case PCMPEQQ -> a == b ? -1L : 0;
                case PCMPGTQ -> a > b ? -1L : 0;
                default -> 0;
            };
            if (bits == 64) return r;
            out |= (r & m) << (bits * k);
        }
        return out;
    }
}
