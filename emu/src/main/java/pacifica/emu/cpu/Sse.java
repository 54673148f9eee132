package pacifica.emu.cpu;

import java.util.HashMap;
import java.util.Map;

import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;

/**
 * Legacy-encoded SSE/SSE2 (no VEX, no MMX register forms): the moves, integer operations, scalar
 * floating point and conversions that compiled C and C libraries (glibc's string functions,
 * printf) use. Semantics per AMD APM vol. 4; NaN results follow the SSE rules (first source NaN
 * quieted, else the default QNaN 0xFFF8...); exceptions are masked (the MXCSR flags are set for
 * invalid and precision-less cases only where cheap: not tracked).
 *
 * <p>{@link #opFor} maps a table form to an operation number; {@link Dispatch} stores it as the
 * form's aux value and {@link Exec} calls {@link #execute}.
 */
public final class Sse {
    private Sse() {}

    // moves
    static final int MOV128 = 1, MOV128A = 2, MOVD_TO_X = 3, MOVD_FROM_X = 4, MOVQ_X = 5, MOVQ_STORE = 6,
            MOVSD = 7, MOVSS = 8, MOVLP = 9, MOVHP = 10, MOVHLPS = 11, MOVLHPS = 12, MOVNT = 13,
            // logic / integer
            PXOR = 20, POR = 21, PAND = 22, PANDN = 23, PCMPEQ = 24, PCMPGT = 25, PADD = 26, PSUB = 27,
            PMINUB = 28, PMAXUB = 29, PMOVMSKB = 30, PUNPCKL = 31, PUNPCKH = 32, PSHUFD = 33, PSHUFLW = 34,
            PSHUFHW = 35, PSLLDQ = 36, PSRLDQ = 37, PSLL = 38, PSRL = 39, PSRA = 40, PEXTRW = 41, PINSRW = 42,
            PMINSW = 43, PMAXSW = 44, PMULLW = 45, PSADBW = 46, PACKUSWB = 47, PADDUS = 48, PSUBUS = 49,
            PMINUD = 50, PMULUDQ = 51, PMINSB = 52, PAVG = 53,
            // floating point
            MOVMSKPS = 60, MOVMSKPD = 61, ADD = 62, SUB = 63, MUL = 64, DIV = 65, MIN = 66, MAX = 67, SQRT = 68,
            UCOMI = 69, CVTSI2 = 70, CVTT2SI = 71, CVT2SI = 72, CVTSS2SD = 73, CVTSD2SS = 74, SHUFPS = 75,
            SHUFPD = 76, UNPCKLPS = 77, UNPCKLPD = 78, UNPCKHPD = 79, CMPS = 80, STMXCSR = 81, LDMXCSR = 82,
            CVTDQ2PD = 83, CVTPD2PS = 84, CVTPS2PD = 85, UNPCKHPS = 86,
            // (x87 control/status forms belong to X87; FP arithmetic, compares and conversions to SseFp)
            UNUSED_END = 90;

    /** Operation size/type in bits 8-11: element size for integer ops, 4 = single, 8 = double; bit 12: packed. */
    private static final Map<String, Integer> OPS = new HashMap<>();

    private static void op(int code, int info, String... names) {
        for (String n : names) OPS.put(n, code | info << 8);
    }

    static {
        op(MOV128, 0, "MOVDQU", "MOVUPS", "MOVUPD");
        op(MOV128A, 0, "MOVDQA", "MOVAPS", "MOVAPD");
        op(MOVNT, 0, "MOVNTDQ", "MOVNTPS", "MOVNTPD");
        op(MOVD_TO_X, 4, "MOVD");
        op(MOVD_TO_X, 8, "MOVQ");
        op(MOVSD, 0, "MOVSD");
        op(MOVSS, 0, "MOVSS");
        op(MOVLP, 0, "MOVLPS", "MOVLPD");
        op(MOVHP, 0, "MOVHPS", "MOVHPD");
        op(MOVHLPS, 0, "MOVHLPS");
        op(MOVLHPS, 0, "MOVLHPS");
        op(PXOR, 0, "PXOR", "XORPS", "XORPD");
        op(POR, 0, "POR", "ORPS", "ORPD");
        op(PAND, 0, "PAND", "ANDPS", "ANDPD");
        op(PANDN, 0, "PANDN", "ANDNPS", "ANDNPD");
        op(PCMPEQ, 1, "PCMPEQB");
        op(PCMPEQ, 2, "PCMPEQW");
        op(PCMPEQ, 4, "PCMPEQD");
        op(PCMPEQ, 8, "PCMPEQQ");
        op(PCMPGT, 1, "PCMPGTB");
        op(PCMPGT, 2, "PCMPGTW");
        op(PCMPGT, 4, "PCMPGTD");
        op(PADD, 1, "PADDB");
        op(PADD, 2, "PADDW");
        op(PADD, 4, "PADDD");
        op(PADD, 8, "PADDQ");
        op(PSUB, 1, "PSUBB");
        op(PSUB, 2, "PSUBW");
        op(PSUB, 4, "PSUBD");
        op(PSUB, 8, "PSUBQ");
        op(PADDUS, 1, "PADDUSB");
        op(PADDUS, 2, "PADDUSW");
        op(PSUBUS, 1, "PSUBUSB");
        op(PSUBUS, 2, "PSUBUSW");
        op(PMINUB, 1, "PMINUB");
        op(PMAXUB, 1, "PMAXUB");
        op(PMINSW, 2, "PMINSW");
        op(PMAXSW, 2, "PMAXSW");
        op(PMULLW, 2, "PMULLW");
        op(PMULUDQ, 0, "PMULUDQ");
        op(PSADBW, 0, "PSADBW");
        op(PAVG, 1, "PAVGB");
        op(PAVG, 2, "PAVGW");
        op(PACKUSWB, 0, "PACKUSWB");
        op(PMOVMSKB, 0, "PMOVMSKB");
        op(PUNPCKL, 1, "PUNPCKLBW");
        op(PUNPCKL, 2, "PUNPCKLWD");
        op(PUNPCKL, 4, "PUNPCKLDQ", "UNPCKLPS");
        op(PUNPCKL, 8, "PUNPCKLQDQ", "UNPCKLPD");
        op(PUNPCKH, 1, "PUNPCKHBW");
        op(PUNPCKH, 2, "PUNPCKHWD");
        op(PUNPCKH, 4, "PUNPCKHDQ", "UNPCKHPS");
        op(PUNPCKH, 8, "PUNPCKHQDQ", "UNPCKHPD");
        op(PSHUFD, 0, "PSHUFD");
        op(PSHUFLW, 0, "PSHUFLW");
        op(PSHUFHW, 0, "PSHUFHW");
        op(PSLLDQ, 0, "PSLLDQ");
        op(PSRLDQ, 0, "PSRLDQ");
        op(PSLL, 2, "PSLLW");
        op(PSLL, 4, "PSLLD");
        op(PSLL, 8, "PSLLQ");
        op(PSRL, 2, "PSRLW");
        op(PSRL, 4, "PSRLD");
        op(PSRL, 8, "PSRLQ");
        op(PSRA, 2, "PSRAW");
        op(PSRA, 4, "PSRAD");
        op(PEXTRW, 0, "PEXTRW");
        op(PINSRW, 0, "PINSRW");
        op(MOVMSKPS, 0, "MOVMSKPS");
        op(MOVMSKPD, 0, "MOVMSKPD");
        op(SHUFPS, 0, "SHUFPS");
        op(SHUFPD, 0, "SHUFPD");
        op(STMXCSR, 0, "STMXCSR");
        op(LDMXCSR, 0, "LDMXCSR");
    }

    /** The operation number and info registered for a mnemonic (no form checks), or null. */
    static Integer byName(String mnemonic) {
        return OPS.get(mnemonic);
    }

    /** The operation for a legacy SSE form, or -1 (MMX register forms, unknown mnemonics). */
    public static int opFor(InstructionForm f) {
        if (f.space != InstructionForm.SPACE_LEGACY) return -1;
        if (!"SSE".equals(f.feature) && !"SSE2".equals(f.feature) && !"X87".equals(f.feature)) return -1;
        for (var o : f.operands) {
            OperandKind k = o.kind();
            if (k == OperandKind.P || k == OperandKind.Q || k == OperandKind.N) return -1;
        }
        Integer v = OPS.get(f.mnemonic);
        if (v == null) return -1;
        int code = v & 0xFF;
        if (code == MOVD_TO_X) {
            // 66 0F 6E (to xmm) / 66 0F 7E (from xmm) / F3 0F 7E and 66 0F D6 (MOVQ xmm forms)
            if (f.operands[0].kind() == OperandKind.E) return MOVD_FROM_X | (v & ~0xFF);
            if (f.operands[1].kind() == OperandKind.E) return v;
            if (f.operands[0].kind() == OperandKind.V) return MOVQ_X;
            return MOVQ_STORE;
        }
        if (code == MOVSD && f.operands.length > 0 && f.operands[0].kind() != OperandKind.V
                && f.operands[0].kind() != OperandKind.W) {
            return -1; // string MOVSD / CMPSD are general-purpose forms
        }
        // Stores (first operand in ModRM.rm) are marked with bit 16.
        boolean store = f.operands.length > 0 && (f.operands[0].kind() == OperandKind.W
                || f.operands[0].kind() == OperandKind.M) && code != PSLLDQ && code != PSRLDQ;
        return v | (store ? 1 << 16 : 0);
    }

    // ================================================================ helpers

    /** The alignment of MOVAPS/MOVDQA/MOVNT*: #GP(0) even in AMD's misaligned SSE mode. */
    static void check16(Cpu c, long a) {
        if ((a & 15) != 0) throw c.gp0();
    }

    public static void execute(Cpu c, Instruction i, int op) {
        int code = op & 0xFF, info = (op >> 8) & 0xFF;
        boolean store = (op & (1 << 16)) != 0;
        long[] x = c.xmm;
        int d = 2 * i.reg;
        switch (code) {
            case MOV128, MOV128A, MOVNT -> {
                boolean aligned = code != MOV128;
                if (store) {
                    if (i.isMemory) {
                        long a = c.ea(i);
                        if (aligned) check16(c, a);
                        else c.checkAlignment(a, 16); // #AC for any 16-byte access not 16-aligned (host)
                        c.probeWrite(a + 15, 1);
                        c.write(a, 8, x[d]);
                        c.write(a + 8, 8, x[d + 1]);
                    } else {
                        x[2 * i.rm] = x[d];
                        x[2 * i.rm + 1] = x[d + 1];
                    }
                } else {
                    long l, h;
                    if (i.isMemory) {
                        long a = c.ea(i);
                        if (aligned) check16(c, a);
                        else c.checkAlignment(a, 16);
                        l = c.read(a, 8);
                        h = c.read(a + 8, 8);
                    } else {
                        l = x[2 * i.rm];
                        h = x[2 * i.rm + 1];
                    }
                    x[d] = l;
                    x[d + 1] = h;
                }
            }
            case MOVD_TO_X -> {
                int size = i.rex != 0 && (i.rex & 8) != 0 ? 8 : 4;
                long v = i.isMemory ? c.read(c.ea(i), size) : c.reg(i, i.rm, size);
                x[d] = v;
                x[d + 1] = 0;
            }
            case MOVD_FROM_X -> {
                int size = i.rex != 0 && (i.rex & 8) != 0 ? 8 : 4;
                long v = size == 8 ? x[d] : x[d] & 0xFFFFFFFFL;
                if (i.isMemory) c.write(c.ea(i), size, v);
                else c.setGpr(i.rm, size, v);
            }
            case MOVQ_X -> { // F3 0F 7E: load low quadword, zero the high
                long v = i.isMemory ? c.read(c.ea(i), 8) : x[2 * i.rm];
                x[d] = v;
                x[d + 1] = 0;
            }
            case MOVQ_STORE -> { // 66 0F D6
                if (i.isMemory) c.write(c.ea(i), 8, x[d]);
                else {
                    x[2 * i.rm] = x[d];
                    x[2 * i.rm + 1] = 0;
                }
            }
            case MOVSD -> {
                if (store) {
                    if (i.isMemory) c.write(c.ea(i), 8, x[d]);
                    else x[2 * i.rm] = x[d];
                } else if (i.isMemory) {
                    x[d] = c.read(c.ea(i), 8);
                    x[d + 1] = 0;
                } else {
                    x[d] = x[2 * i.rm];
                }
            }
            case MOVSS -> {
                if (store) {
                    if (i.isMemory) c.write(c.ea(i), 4, x[d]);
                    else x[2 * i.rm] = (x[2 * i.rm] & ~0xFFFFFFFFL) | (x[d] & 0xFFFFFFFFL);
                } else if (i.isMemory) {
                    x[d] = c.read(c.ea(i), 4);
                    x[d + 1] = 0;
                } else {
                    x[d] = (x[d] & ~0xFFFFFFFFL) | (x[2 * i.rm] & 0xFFFFFFFFL);
                }
            }
            case MOVLP -> {
                if (store) c.write(c.ea(i), 8, x[d]);
                else x[d] = c.read(c.ea(i), 8);
            }
            case MOVHP -> {
                if (store) c.write(c.ea(i), 8, x[d + 1]);
                else x[d + 1] = c.read(c.ea(i), 8);
            }
            case MOVHLPS -> x[d] = x[2 * i.rm + 1];
            case MOVLHPS -> x[d + 1] = x[2 * i.rm];
            case STMXCSR -> c.write(c.ea(i), 4, c.mxcsr);
            case LDMXCSR -> {
                long v = c.read(c.ea(i), 4);
                if ((v & ~0x2FFFFL) != 0) throw c.gp0(); // MXCSR_MASK 0x2FFFF: AMD's MM bit 17 loads
                c.mxcsr = (int) v;
            }
            case PMOVMSKB -> {
                long l = x[2 * i.rm], h = x[2 * i.rm + 1];
                c.setGpr(i.reg, 8, byteMask(l) | byteMask(h) << 8);
            }
            case MOVMSKPS -> {
                long l = x[2 * i.rm], h = x[2 * i.rm + 1];
                c.setGpr(i.reg, 8, (l >>> 31 & 1) | (l >>> 62 & 2) | (h >>> 29 & 4) | (h >>> 60 & 8));
            }
            case MOVMSKPD -> c.setGpr(i.reg, 8, (x[2 * i.rm] >>> 63) | (x[2 * i.rm + 1] >>> 63) << 1);
            case PEXTRW -> c.setGpr(i.reg, 8, (x[2 * i.rm + ((int) (i.imm & 7) >> 2)] >>> (16 * (i.imm & 3))) & 0xFFFF);
            case PINSRW -> {
                long v = (i.isMemory ? c.read(c.ea(i), 2) : c.gpr[i.rm]) & 0xFFFF;
                int sel = (int) (i.imm & 7);
                int q = d + (sel >> 2), sh = 16 * (sel & 3);
                x[q] = (x[q] & ~(0xFFFFL << sh)) | (v << sh);
            }
            case PSLLDQ, PSRLDQ -> {
                int n = (int) (i.imm & 0xFF);
                int r = 2 * i.rm;
                long l = x[r], h = x[r + 1];
                if (n > 15) {
                    l = 0;
                    h = 0;
                } else if (code == PSLLDQ) {
                    long nl = shl128Low(l, 8 * n);
                    h = shl128High(l, h, 8 * n);
                    l = nl;
                } else {
                    long nl = shr128Low(l, h, 8 * n);
                    h = shr128High(h, 8 * n);
                    l = nl;
                }
                x[r] = l;
                x[r + 1] = h;
            }
            case PSLL, PSRL, PSRA -> shiftOp(c, i, code, info);
            default -> integer(c, i, code, info);
        }
    }

    static long byteMask(long v) {
        long m = 0;
        for (int k = 0; k < 8; k++) m |= ((v >>> (8 * k + 7)) & 1) << k;
        return m;
    }

    // 128-bit shifts of h:l by n bits (0-127), as separate halves so that nothing is allocated.
    static long shl128Low(long l, int n) {
        return n >= 64 ? 0 : l << n;
    }

    static long shl128High(long l, long h, int n) {
        if (n == 0) return h;
        return n >= 64 ? l << (n - 64) : (h << n) | (l >>> (64 - n));
    }

    static long shr128Low(long l, long h, int n) {
        if (n == 0) return l;
        return n >= 64 ? h >>> (n - 64) : (l >>> n) | (h << (64 - n));
    }

    static long shr128High(long h, int n) {
        return n >= 64 ? 0 : h >>> n;
    }

    /** Loads the 128-bit source (ModRM.rm register or aligned memory) into lo/hi. */
    private static void src(Cpu c, Instruction i, boolean aligned) {
        c.loadXmmOperand(i, aligned);
    }

    private static void shiftOp(Cpu c, Instruction i, int code, int es) {
        long count;
        int r;
        if (i.form.operands.length == 2 && i.form.operands[1].kind() == OperandKind.I) {
            count = i.imm & 0xFF;
            r = 2 * i.rm;
        } else {
            src(c, i, true);
            count = c.sseLo; // the low quadword only: the host ignores the high one
            r = 2 * i.reg;
        }
        long[] x = c.xmm;
        int bits = es * 8;
        for (int q = 0; q < 2; q++) {
            long v = x[r + q], out = 0;
            for (int e = 0; e < 8 / es; e++) {
                long el = (v >>> (bits * e)) & mask(es);
                long res;
                if (code == PSRA) {
                    long s = (el << (64 - bits)) >> (64 - bits);
                    res = s >> Math.min(count < 0 ? bits - 1 : count, bits - 1);
                } else if (count >= bits || count < 0) {
                    res = 0;
                } else {
                    res = code == PSLL ? el << count : el >>> count;
                }
                out |= (res & mask(es)) << (bits * e);
            }
            x[r + q] = out;
        }
    }

    static long mask(int es) {
        return es == 8 ? -1L : (1L << (8 * es)) - 1;
    }

    private static void integer(Cpu c, Instruction i, int code, int es) {
        long[] x = c.xmm;
        int d = 2 * i.reg;
        src(c, i, true);
        long sl = c.sseLo, sh = c.sseHi;
        long dl = x[d], dh = x[d + 1];
        switch (code) {
            case PXOR -> {
                x[d] = dl ^ sl;
                x[d + 1] = dh ^ sh;
            }
            case POR -> {
                x[d] = dl | sl;
                x[d + 1] = dh | sh;
            }
            case PAND -> {
                x[d] = dl & sl;
                x[d + 1] = dh & sh;
            }
            case PANDN -> {
                x[d] = ~dl & sl;
                x[d + 1] = ~dh & sh;
            }
            case PUNPCKL, PUNPCKH -> {
                long a = code == PUNPCKL ? dl : dh, b = code == PUNPCKL ? sl : sh;
                x[d] = interleave(a, b, es, 0);
                x[d + 1] = interleave(a, b, es, 1);
            }
            case PSHUFD -> {
                int imm = (int) i.imm;
                x[d] = dword(sl, sh, imm & 3) | dword(sl, sh, (imm >> 2) & 3) << 32;
                x[d + 1] = dword(sl, sh, (imm >> 4) & 3) | dword(sl, sh, (imm >> 6) & 3) << 32;
            }
            case PSHUFLW, PSHUFHW -> {
                int imm = (int) i.imm;
                long v = code == PSHUFLW ? sl : sh, out = 0;
                for (int k = 0; k < 4; k++) out |= ((v >>> (16 * ((imm >> (2 * k)) & 3))) & 0xFFFF) << (16 * k);
                x[d] = code == PSHUFLW ? out : sl;
                x[d + 1] = code == PSHUFLW ? sh : out;
            }
            case PMOVMSKB -> { }
            case PSADBW -> {
                x[d] = sad(dl, sl);
                x[d + 1] = sad(dh, sh);
            }
            case PMULUDQ -> {
                x[d] = (dl & 0xFFFFFFFFL) * (sl & 0xFFFFFFFFL);
                x[d + 1] = (dh & 0xFFFFFFFFL) * (sh & 0xFFFFFFFFL);
            }
            case PACKUSWB -> {
                x[d] = pack(dl) | pack(dh) << 32;
                x[d + 1] = pack(sl) | pack(sh) << 32;
            }
            case SHUFPS -> {
                int imm = (int) i.imm;
                x[d] = dword(dl, dh, imm & 3) | dword(dl, dh, (imm >> 2) & 3) << 32;
                x[d + 1] = dword(sl, sh, (imm >> 4) & 3) | dword(sl, sh, (imm >> 6) & 3) << 32;
            }
            case SHUFPD -> {
                int imm = (int) i.imm;
                x[d] = (imm & 1) == 0 ? dl : dh;
                x[d + 1] = (imm & 2) == 0 ? sl : sh;
            }
            default -> {
                x[d] = lanes(code, es, dl, sl);
                x[d + 1] = lanes(code, es, dh, sh);
            }
        }
    }

    /** Doubleword k (0-3) of the 128-bit value hi:lo, zero-extended. */
    private static long dword(long lo, long hi, int k) {
        return ((k < 2 ? lo : hi) >>> (32 * (k & 1))) & 0xFFFFFFFFL;
    }

    static long sad(long a, long b) {
        long s = 0;
        for (int k = 0; k < 8; k++) s += Math.abs(((a >>> (8 * k)) & 0xFF) - ((b >>> (8 * k)) & 0xFF));
        return s;
    }

    static long pack(long v) {
        long out = 0;
        for (int k = 0; k < 4; k++) {
            int w = (short) (v >>> (16 * k));
            int b = Math.max(0, Math.min(255, w));
            out |= (long) b << (8 * k);
        }
        return out;
    }

    /**
     * One quadword ({@code half} 0 = low, 1 = high) of the interleave of a's and b's elements of
     * {@code es} bytes: a0 b0 a1 b1 ... (PUNPCKLxx and PUNPCKHxx, of the selected source halves).
     */
    static long interleave(long a, long b, int es, int half) {
        if (es == 8) return half == 0 ? a : b; // PUNPCKLQDQ/PUNPCKHQDQ: one element per quadword
        int bits = 8 * es, perHalf = 4 / es; // element pairs per output quadword
        long m = mask(es), out = 0;
        for (int k = 0; k < perHalf; k++) {
            int src = half * perHalf + k;
            long ea = (a >>> (bits * src)) & m, eb = (b >>> (bits * src)) & m;
            out |= ea << (2 * k * bits);
            out |= eb << ((2 * k + 1) * bits);
        }
        return out;
    }

    static long lanes(int code, int es, long a, long b) {
        int bits = 8 * es;
        long m = mask(es), out = 0;
        for (int k = 0; k < 8 / es; k++) {
            long ea = (a >>> (bits * k)) & m, eb = (b >>> (bits * k)) & m;
            long sa = (ea << (64 - bits)) >> (64 - bits), sb = (eb << (64 - bits)) >> (64 - bits);
            long r = switch (code) {
                case PCMPEQ -> ea == eb ? m : 0;
                case PCMPGT -> sa > sb ? m : 0;
                case PADD -> ea + eb;
                case PSUB -> ea - eb;
                case PADDUS -> Math.min(ea + eb, m);
                case PSUBUS -> Math.max(ea - eb, 0);
                case PMINUB, PMINUD -> Math.min(ea, eb);
                case PMAXUB -> Math.max(ea, eb);
                case PMINSW, PMINSB -> Math.min(sa, sb);
                case PMAXSW -> Math.max(sa, sb);
                case PMULLW -> sa * sb;
                case PAVG -> (ea + eb + 1) >>> 1;
                default -> 0;
            };
            out |= (r & m) << (bits * k);
        }
        return out;
    }
}
