package pacifica.emu.cpu;

import java.util.HashMap;
import java.util.Map;

import pacifica.emu.Vectors;
import pacifica.x86.decode.Instruction;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;

/**
 * The MMX register forms: MMX itself, the SSE/SSE2/SSSE3 instructions on MMX registers, EMMS, the
 * MMX/XMM moves and the conversions between packed integers in MMX registers and SSE floats.
 *
 * <p>MMX register n is the significand of x87 physical register n (APM vol. 1, 5.3: "MMX registers
 * are mapped onto the x87 floating-point registers"). Every instruction here that names an MMX
 * register first raises #MF when an unmasked x87 exception is pending, then enters the MMX state:
 * TOP = 0 and all eight tags valid; a write to MMX register n also sets the sign and exponent of
 * x87 register n to all ones. EMMS empties all tags and, like the host, sets TOP = 0. MMX register numbers ignore REX.R and REX.B.
 * Memory operands have no alignment requirement except CVT(T)PD2PI's 128-bit source.
 *
 * <p>Lane-wise operations reuse {@link Sse} and {@link Simd}'s 64-bit lane functions: an MMX
 * operation is the same arithmetic on one quadword. {@link #opFor} takes the operation of the XMM
 * form with the same mnemonic from their tables; the operation number carries the delegate's code.
 */
final class Mmx {
    private Mmx() {}

    static final int SSE_LANES = 1, SIMD_LANES = 2, MOVD_TO = 3, MOVD_FROM = 4, MOVQ_LOAD = 5, MOVQ_STORE = 6,
            EMMS = 7, PAND = 8, POR = 9, PXOR = 10, PANDN = 11, PUNPCKL = 12, PUNPCKH = 13, PACKSS = 14, PACKUSWB = 15,
            SHIFT_LEFT = 16, SHIFT_RIGHT = 17, SHIFT_ARITH = 18, PMADDWD = 19, PMADDUBSW = 20, PSADBW = 21,
            PMULUDQ = 22, PSHUFB = 23, PALIGNR = 24, PHADD = 25, PHSUB = 26, PHADDSW = 27, PHSUBSW = 28,
            PSHUFW = 29, PINSRW = 30, PEXTRW = 31, PMOVMSKB = 32, MASKMOVQ = 33, MOVQ2DQ = 34, MOVDQ2Q = 35,
            CVTPI2PS = 36, CVTPI2PD = 37, CVTPS2PI = 38, CVTTPS2PI = 39, CVTPD2PI = 40, CVTTPD2PI = 41;

    /** Operation in bits 0-7, element size in bits 8-11, delegated lane operation in bits 16-23. */
    private static final Map<String, Integer> OPS = new HashMap<>();

    private static void op(int code, int es, String... names) {
        for (String n : names) OPS.put(n, code | es << 8);
    }

    /** The SSE2 lane operations an MMX form shares by mnemonic (Sse's operation numbers). */
    private static final java.util.Set<Integer> SSE_LANE_OPS = java.util.Set.of(Sse.PCMPEQ, Sse.PCMPGT, Sse.PADD,
            Sse.PSUB, Sse.PADDUS, Sse.PSUBUS, Sse.PMINUB, Sse.PMAXUB, Sse.PMINSW, Sse.PMAXSW, Sse.PMULLW, Sse.PAVG);
    /** The same for Simd's (SSE2 saturating and high multiplies, SSSE3). */
    private static final java.util.Set<Integer> SIMD_LANE_OPS = java.util.Set.of(Simd.PADDS, Simd.PSUBS, Simd.PMULHUW,
            Simd.PMULHW, Simd.PMULHRSW, Simd.PABS, Simd.PSIGN);

    static {
        op(EMMS, 0, "EMMS");
        op(MOVQ_LOAD, 8, "MOVQ"); // MOVD/MOVQ with a general register are told apart by operand kinds
        op(MOVD_TO, 4, "MOVD");
        op(MOVQ_STORE, 8, "MOVNTQ");
        op(PAND, 0, "PAND");
        op(POR, 0, "POR");
        op(PXOR, 0, "PXOR");
        op(PANDN, 0, "PANDN");
        op(PUNPCKL, 1, "PUNPCKLBW");
        op(PUNPCKL, 2, "PUNPCKLWD");
        op(PUNPCKL, 4, "PUNPCKLDQ");
        op(PUNPCKH, 1, "PUNPCKHBW");
        op(PUNPCKH, 2, "PUNPCKHWD");
        op(PUNPCKH, 4, "PUNPCKHDQ");
        op(PACKSS, 2, "PACKSSWB");
        op(PACKSS, 4, "PACKSSDW");
        op(PACKUSWB, 2, "PACKUSWB");
        op(SHIFT_LEFT, 2, "PSLLW");
        op(SHIFT_LEFT, 4, "PSLLD");
        op(SHIFT_LEFT, 8, "PSLLQ");
        op(SHIFT_RIGHT, 2, "PSRLW");
        op(SHIFT_RIGHT, 4, "PSRLD");
        op(SHIFT_RIGHT, 8, "PSRLQ");
        op(SHIFT_ARITH, 2, "PSRAW");
        op(SHIFT_ARITH, 4, "PSRAD");
        op(PMADDWD, 2, "PMADDWD");
        op(PMADDUBSW, 1, "PMADDUBSW");
        op(PSADBW, 1, "PSADBW");
        op(PMULUDQ, 4, "PMULUDQ");
        op(PSHUFB, 1, "PSHUFB");
        op(PALIGNR, 1, "PALIGNR");
        op(PHADD, 2, "PHADDW");
        op(PHADD, 4, "PHADDD");
        op(PHSUB, 2, "PHSUBW");
        op(PHSUB, 4, "PHSUBD");
        op(PHADDSW, 2, "PHADDSW");
        op(PHSUBSW, 2, "PHSUBSW");
        op(PSHUFW, 2, "PSHUFW");
        op(PINSRW, 2, "PINSRW");
        op(PEXTRW, 2, "PEXTRW");
        op(PMOVMSKB, 1, "PMOVMSKB");
        op(MASKMOVQ, 1, "MASKMOVQ");
        op(MOVQ2DQ, 8, "MOVQ2DQ");
        op(MOVDQ2Q, 8, "MOVDQ2Q");
        op(CVTPI2PS, 4, "CVTPI2PS");
        op(CVTPI2PD, 8, "CVTPI2PD");
        op(CVTPS2PI, 4, "CVTPS2PI");
        op(CVTTPS2PI, 4, "CVTTPS2PI");
        op(CVTPD2PI, 8, "CVTPD2PI");
        op(CVTTPD2PI, 8, "CVTTPD2PI");
    }

    private static boolean mmxOperand(OperandKind k) {
        return k == OperandKind.P || k == OperandKind.Q || k == OperandKind.N;
    }

    /** The operation for a legacy form that names an MMX register (or is EMMS), or -1. */
    static int opFor(InstructionForm f) {
        if (f.space != InstructionForm.SPACE_LEGACY || f.attributes.containsKey("ud")) return -1;
        boolean mmx = f.mnemonic.equals("EMMS");
        for (var o : f.operands) mmx |= mmxOperand(o.kind());
        if (!mmx) return -1;
        Integer v = OPS.get(f.mnemonic);
        if (v == null) return laneOp(f.mnemonic);
        int code = v & 0xFF;
        if (code == MOVD_TO || code == MOVQ_LOAD) {
            OperandKind k0 = f.operands[0].kind(), k1 = f.operands[1].kind();
            if (k0 == OperandKind.E) return MOVD_FROM | (f.w == 1 ? 8 : 4) << 8;
            if (k1 == OperandKind.E) return MOVD_TO | (f.w == 1 ? 8 : 4) << 8;
            if (k0 == OperandKind.Q) return MOVQ_STORE | 8 << 8;
            return MOVQ_LOAD | 8 << 8;
        }
        return v;
    }

    /**
     * A lane-wise operation whose XMM form {@link Sse} or {@link Simd} executes under the same
     * mnemonic: their operation number (and element size) delegated, or -1.
     */
    private static int laneOp(String mnemonic) {
        Integer s = Sse.byName(mnemonic);
        if (s != null && SSE_LANE_OPS.contains(s & 0xFF)) return SSE_LANES | (s & 0xF00) | (s & 0xFF) << 16;
        Integer v = Simd.byName(mnemonic);
        if (v != null && SIMD_LANE_OPS.contains(v & 0xFF)) return SIMD_LANES | (v & 0xF00) | (v & 0xFF) << 16;
        return -1;
    }

    // ================================================================ MMX state

    /** #MF when an unmasked x87 exception is pending (FSW.ES): MMX instructions check it as x87 ones do. */
    private static void pendingX87Exception(Cpu c) {
        if ((c.fsw & 0x80) != 0) throw c.fault(Vectors.MF, -1);
    }

    /** Enters the MMX state: TOP = 0 and all tags valid (APM vol. 1, 5.3). */
    private static void enter(Cpu c) {
        c.fpTop = 0;
        c.ftw = 0;
    }

    private static long mm(Cpu c, int n) {
        return c.fpMant[n & 7];
    }

    private static void setMm(Cpu c, int n, long v) {
        c.fpMant[n & 7] = v;
        c.fpExp[n & 7] = 0xFFFF;
    }

    /** The Q operand: an MMX register (ModRM.rm) or {@code size} bytes of memory. */
    private static long q(Cpu c, Instruction i, int size) {
        return i.isMemory ? c.read(c.ea(i), size) : mm(c, i.rm);
    }

    // ================================================================ execution

    static void execute(Cpu c, Instruction i, int op) {
        int code = op & 0xFF, es = (op >> 8) & 0xF;
        switch (code) {
            case EMMS -> {
                pendingX87Exception(c);
                c.fpTop = 0; // as on the host (the APM names only the tags)
                c.ftw = 0xFFFF;
                return;
            }
            case CVTPI2PS, CVTPI2PD -> {
                convertFromMmx(c, i, code);
                return;
            }
            case CVTPS2PI, CVTTPS2PI, CVTPD2PI, CVTTPD2PI -> {
                convertToMmx(c, i, code);
                return;
            }
            default -> { }
        }
        pendingX87Exception(c);
        // The transition comes first: a store that faults (MASKMOVQ, measured on the host) leaves the
        // x87 unit in the MMX state.
        enter(c);
        switch (code) {
            case MOVD_TO -> setMm(c, i.reg, i.isMemory ? c.read(c.ea(i), es) : c.reg(i, i.rm, es));
            case MOVD_FROM -> {
                long v = es == 8 ? mm(c, i.reg) : mm(c, i.reg) & 0xFFFFFFFFL;
                if (i.isMemory) c.write(c.ea(i), es, v);
                else c.setGpr(i.rm, es, v);
            }
            case MOVQ_STORE -> {
                if (i.isMemory) c.write(c.ea(i), 8, mm(c, i.reg));
                else setMm(c, i.rm, mm(c, i.reg));
            }
            case PEXTRW -> c.setGpr(i.reg, 4, (mm(c, i.rm) >>> (16 * (i.imm & 3))) & 0xFFFF);
            case PMOVMSKB -> c.setGpr(i.reg, 8, Sse.byteMask(mm(c, i.rm)));
            case PINSRW -> {
                long v = (i.isMemory ? c.read(c.ea(i), 2) : c.gpr[i.rm]) & 0xFFFF;
                int sh = 16 * (int) (i.imm & 3);
                setMm(c, i.reg, (mm(c, i.reg) & ~(0xFFFFL << sh)) | v << sh);
            }
            case MASKMOVQ -> maskmovq(c, i);
            case MOVQ2DQ -> {
                c.xmm[2 * i.reg] = mm(c, i.rm);
                c.xmm[2 * i.reg + 1] = 0;
            }
            case MOVDQ2Q -> setMm(c, i.reg, c.xmm[2 * i.rm]);
            case SHIFT_LEFT, SHIFT_RIGHT, SHIFT_ARITH -> {
                boolean immediate = i.form.operands[1].kind() == OperandKind.I;
                int r = immediate ? i.rm : i.reg;
                long count = immediate ? i.imm & 0xFF : q(c, i, 8);
                setMm(c, r, shift(code, es, mm(c, r), count));
            }
            default -> setMm(c, i.reg, binary(code, es, op >>> 16, mm(c, i.reg), q(c, i, code == PUNPCKL ? 4 : 8), i));
        }
    }

    /** The two-operand operations: destination {@code d}, source {@code s}. */
    private static long binary(int code, int es, int delegate, long d, long s, Instruction i) {
        return switch (code) {
            case MOVQ_LOAD -> s;
            case SSE_LANES -> Sse.lanes(delegate, es, d, s);
            case SIMD_LANES -> Simd.lanes(delegate, es, d, s);
            case PAND -> d & s;
            case POR -> d | s;
            case PXOR -> d ^ s;
            case PANDN -> ~d & s;
            case PUNPCKL -> Sse.interleave(d, s, es, 0);
            case PUNPCKH -> Sse.interleave(d, s, es, 1);
            case PACKUSWB -> Sse.pack(d) | Sse.pack(s) << 32;
            case PACKSS -> packSigned(d, es) | packSigned(s, es) << 32;
            case PMADDWD -> {
                long r = 0;
                for (int k = 0; k < 2; k++) {
                    long v = Simd.sx(Simd.el(d, 0, 2 * k, 2), 2) * Simd.sx(Simd.el(s, 0, 2 * k, 2), 2)
                            + Simd.sx(Simd.el(d, 0, 2 * k + 1, 2), 2) * Simd.sx(Simd.el(s, 0, 2 * k + 1, 2), 2);
                    r |= (v & 0xFFFFFFFFL) << (32 * k);
                }
                yield r;
            }
            case PMADDUBSW -> {
                long r = 0;
                for (int k = 0; k < 4; k++) {
                    long v = Simd.el(d, 0, 2 * k, 1) * Simd.sx(Simd.el(s, 0, 2 * k, 1), 1)
                            + Simd.el(d, 0, 2 * k + 1, 1) * Simd.sx(Simd.el(s, 0, 2 * k + 1, 1), 1);
                    r |= Simd.sat(v, 2, true) << (16 * k);
                }
                yield r;
            }
            case PSADBW -> Sse.sad(d, s);
            case PMULUDQ -> (d & 0xFFFFFFFFL) * (s & 0xFFFFFFFFL);
            case PSHUFB -> {
                long r = 0;
                for (int k = 0; k < 8; k++) {
                    long m = s >>> (8 * k) & 0xFF;
                    if ((m & 0x80) == 0) r |= (d >>> (8 * (m & 7)) & 0xFF) << (8 * k);
                }
                yield r;
            }
            case PALIGNR -> { // the 16 bytes d:s shifted right by imm8 bytes, low 8 kept
                int n = (int) (i.imm & 0xFF);
                yield n >= 16 ? 0 : n >= 8 ? d >>> (8 * (n - 8)) : n == 0 ? s : s >>> (8 * n) | d << (64 - 8 * n);
            }
            case PHADD, PHSUB, PHADDSW, PHSUBSW -> horizontal(code, es, d, s);
            case PSHUFW -> {
                int imm = (int) i.imm;
                long r = 0;
                for (int k = 0; k < 4; k++) r |= (s >>> (16 * ((imm >> (2 * k)) & 3)) & 0xFFFF) << (16 * k);
                yield r;
            }
            default -> throw new IllegalStateException("MMX operation " + code);
        };
    }

    private static long packSigned(long v, int es) {
        int os = es / 2, n = 8 / es;
        long r = 0;
        for (int k = 0; k < n; k++) r |= Simd.sat(Simd.sx(Simd.el(v, 0, k, es), es), os, true) << (8 * os * k);
        return r;
    }

    /** PHADD/PHSUB: pairs of d's elements in the low half of the result, pairs of s's in the high half. */
    private static long horizontal(int code, int es, long d, long s) {
        int n = 4 / es; // pairs per operand
        long r = 0;
        for (int k = 0; k < 2 * n; k++) {
            long v = k < n ? d : s;
            int p = k % n;
            long a = Simd.sx(Simd.el(v, 0, 2 * p, es), es), b = Simd.sx(Simd.el(v, 0, 2 * p + 1, es), es);
            long x = code == PHADD || code == PHADDSW ? a + b : a - b;
            x = code == PHADDSW || code == PHSUBSW ? Simd.sat(x, es, true) : x & Sse.mask(es);
            r |= x << (8 * es * k);
        }
        return r;
    }

    /** PSLL/PSRL/PSRA of each element by the whole 64-bit count (counts beyond the width give 0 or the sign). */
    private static long shift(int code, int es, long v, long count) {
        int bits = 8 * es;
        long m = Sse.mask(es), r = 0;
        boolean big = count < 0 || count >= bits;
        for (int k = 0; k < 8 / es; k++) {
            long e = bits == 64 ? v : v >>> (bits * k) & m;
            long x = switch (code) {
                case SHIFT_LEFT -> big ? 0 : e << count;
                case SHIFT_RIGHT -> big ? 0 : e >>> count;
                default -> Simd.sx(e, es) >> (big ? bits - 1 : count);
            };
            r |= (x & m) << (bits * k);
        }
        return r;
    }

    /** MASKMOVQ: bytes of MMX(reg) whose mask byte in MMX(rm) has bit 7 set, to DS:rDI. */
    private static void maskmovq(Cpu c, Instruction i) {
        long data = mm(c, i.reg), mask = mm(c, i.rm);
        long base = c.gpr[Cpu.RDI];
        if (i.addressSize == 4) base &= 0xFFFFFFFFL;
        int seg = i.segmentOverride >= 0 ? i.segmentOverride : Instruction.DS;
        // The host checks the whole quadword at rDI, as for MASKMOVDQU (a #PF reports rDI).
        c.probeWrite(c.linear(seg, base), 8);
        for (int k = 0; k < 8; k++) {
            if ((mask >>> (8 * k + 7) & 1) != 0) c.write(c.linear(seg, base + k), 1, data >>> (8 * k));
        }
    }

    // ================================================================ conversions (MXCSR rounding and exceptions)

    /** CVTPI2PS/CVTPI2PD: two int32 of an MMX register or memory; only a register source enters the MMX state. */
    private static void convertFromMmx(Cpu c, Instruction i, int code) {
        long v;
        if (i.isMemory) {
            v = c.read(c.ea(i), 8);
        } else {
            pendingX87Exception(c);
            v = mm(c, i.rm);
        }
        int d = 2 * i.reg;
        if (code == CVTPI2PD) {
            if (!i.isMemory) enter(c);
            c.xmm[d] = Double.doubleToRawLongBits((int) v);
            c.xmm[d + 1] = Double.doubleToRawLongBits((int) (v >>> 32));
            return;
        }
        c.fpEnv.flags = 0;
        long r = (SseCvt.fromLong32(c, (int) v) & 0xFFFFFFFFL) | (long) SseCvt.fromLong32(c, (int) (v >>> 32)) << 32;
        if (!i.isMemory) enter(c);
        SseFp.finish(c);
        c.xmm[d] = r;
    }

    /** CVT(T)PS2PI and CVT(T)PD2PI: two floats of an XMM register or memory to int32 in an MMX register. */
    private static void convertToMmx(Cpu c, Instruction i, int code) {
        boolean single = code == CVTPS2PI || code == CVTTPS2PI;
        boolean truncate = code == CVTTPS2PI || code == CVTTPD2PI;
        long lo, hi;
        pendingX87Exception(c); // before the alignment check (host)
        if (i.isMemory) {
            long a = c.ea(i);
            if (!single) c.sseAligned(a);
            lo = c.read(a, 8);
            hi = single ? 0 : c.read(a + 8, 8);
        } else {
            lo = c.xmm[2 * i.rm];
            hi = c.xmm[2 * i.rm + 1];
        }
        c.fpEnv.flags = 0;
        long r0, r1;
        if (single) {
            r0 = SseCvt.toInt(c, SseCvt.widen(c, (int) lo, false), 4, truncate);
            r1 = SseCvt.toInt(c, SseCvt.widen(c, (int) (lo >>> 32), false), 4, truncate);
        } else {
            r0 = SseCvt.toInt(c, lo, 4, truncate);
            r1 = SseCvt.toInt(c, hi, 4, truncate);
        }
        enter(c);
        SseFp.finish(c);
        setMm(c, i.reg, (r0 & 0xFFFFFFFFL) | r1 << 32);
    }
}
