package pacifica.x86.decode;

import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;
import pacifica.x86.isa.OperandSpec;

import static pacifica.x86.isa.InstructionForm.*;

/**
 * Decodes x86 machine code in 16-, 32- or 64-bit mode, driven by the {@link InstructionTable}.
 * It never throws for any input: bytes that are not a valid instruction in the mode decode with
 * {@link Instruction#form} null, a reason in {@link Instruction#invalid}, and the number of bytes
 * the decision took in {@link Instruction#length}.
 *
 * <p>The decoder is stateless apart from its table and can be shared by threads.
 */
public final class Decoder {
    /** The architectural limit on instruction length (APM vol. 3, 1.1). */
    public static final int MAX_LENGTH = 15;

    private final InstructionTable table;

    public Decoder() {
        this(InstructionTable.get());
    }

    public Decoder(InstructionTable table) {
        this.table = table;
    }

    public InstructionTable table() {
        return table;
    }

    /**
     * Decodes one instruction.
     *
     * @param code    the bytes
     * @param offset  where the instruction starts in {@code code}
     * @param limit   index one past the last byte that may be read
     * @param address the instruction's address (for relative targets)
     * @param mode    16, 32 or 64
     * @param out     receives the result
     * @return the instruction's length (also in {@code out.length}); for an invalid encoding the
     *         bytes examined
     */
    public int decode(byte[] code, int offset, int limit, long address, int mode, Instruction out) {
        out.reset(address, mode);
        int end = Math.min(limit, offset + MAX_LENGTH);
        int p = readPrefixes(code, offset, end, mode, out);
        if (p < 0) return finishInvalid(out, offset, -p - 1);
        return decodeOpcode(code, offset, p, end, limit, mode, out);
    }

    /** Legacy prefixes and REX; returns the position of the first opcode byte or -(pos+1) on failure. */
    private static int readPrefixes(byte[] code, int offset, int end, int mode, Instruction out) {
        int p = offset;
        while (true) {
            if (p >= end) {
                out.invalid = p - offset >= MAX_LENGTH ? Instruction.Invalid.TOO_LONG : Instruction.Invalid.TRUNCATED;
                return -(p + 1);
            }
            int b = code[p] & 0xFF;
            boolean legacy = true;
            switch (b) {
                case 0xF0 -> out.lock = true;
                case 0xF2 -> { out.repeatPrefix = 0xF2; out.hasF2 = true; }
                case 0xF3 -> { out.repeatPrefix = 0xF3; out.hasF3 = true; }
                case 0x26 -> out.segmentOverride = Instruction.ES;
                case 0x2E -> out.segmentOverride = Instruction.CS;
                case 0x36 -> out.segmentOverride = Instruction.SS;
                case 0x3E -> out.segmentOverride = Instruction.DS;
                case 0x64 -> out.segmentOverride = Instruction.FS;
                case 0x65 -> out.segmentOverride = Instruction.GS;
                case 0x66 -> out.operandSizePrefix = true;
                case 0x67 -> out.addressSizePrefix = true;
                case 0x9B -> {
                    // FWAIT directly followed (after any prefixes) by an x87 escape forms the waiting
                    // form of that instruction (FSTCW = 9B D9 /7); otherwise 9B is FWAIT itself.
                    if (!x87Follows(code, p + 1, end, mode)) return p;
                    out.waitPrefix = true;
                    p++;
                    continue;
                }
                default -> {
                    if (mode == 64 && (b & 0xF0) == 0x40) {
                        legacy = false;
                    } else {
                        return p;
                    }
                }
            }
            if (legacy) {
                if (out.rex != 0) {
                    // REX must immediately precede the opcode; one followed by a legacy prefix is ignored.
                    out.ignoredRex = out.rex;
                    out.rex = 0;
                }
            } else {
                if (out.rex != 0) out.ignoredRex = out.rex;
                out.rex = b;
            }
            out.prefixBytes[out.prefixCount++] = (byte) b;
            p++;
        }
    }

    private static boolean x87Follows(byte[] code, int p, int end, int mode) {
        for (; p < end; p++) {
            int b = code[p] & 0xFF;
            switch (b) {
                case 0xF0, 0xF2, 0xF3, 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x66, 0x67, 0x9B -> { }
                default -> {
                    if (mode == 64 && (b & 0xF0) == 0x40) continue;
                    return b >= 0xD8 && b <= 0xDF;
                }
            }
        }
        return false;
    }

    private int decodeOpcode(byte[] code, int offset, int p, int end, int limit, int mode, Instruction out) {
        int b = code[p] & 0xFF;
        int space = SPACE_LEGACY;
        int map = MAP_LEGACY;
        if (b == 0x0F) {
            if (++p >= end) return truncated(out, offset, p, limit);
            b = code[p] & 0xFF;
            map = MAP_0F;
            if (b == 0x38 || b == 0x3A) {
                map = b == 0x38 ? MAP_0F38 : MAP_0F3A;
                if (++p >= end) return truncated(out, offset, p, limit);
                b = code[p] & 0xFF;
            }
        } else if (b == 0x8F && p + 1 < end && (code[p + 1] & 0x1F) >= 8 && (code[p + 1] & 0x1F) <= 10) {
            // AMD XOP (8F with map select >= 8): not implemented by the processors Pacifica models.
            // It is undefined here; like objdump, the three prefix bytes and the opcode are consumed.
            out.invalid = Instruction.Invalid.BAD_VEX;
            return finishInvalid(out, offset, Math.min(end, p + 4));
        } else if ((b == 0xC4 || b == 0xC5) && p + 1 < end
                && (mode == 64 || (code[p + 1] & 0xC0) == 0xC0)) {
            int q = readVex(code, p, end, mode, out);
            if (q < 0) return finishInvalid(out, offset, -q - 1);
            space = SPACE_VEX;
            map = out.vexLength == 2 ? MAP_0F : (code[p + 1] & 0x1F);
            p = q;
            b = code[p] & 0xFF;
        }
        out.opcode = b;
        out.opcodeMap = map;
        p++;
        InstructionForm[] candidates = table.candidates(space, map, b);
        if (candidates == null) {
            out.invalid = Instruction.Invalid.UNDEFINED_OPCODE;
            return finishInvalid(out, offset, p);
        }
        if (b == 0x62 && mode == 64 && space == SPACE_LEGACY && map == MAP_LEGACY) {
            // EVEX (AVX-512) is not implemented. objdump counts the 62 and the next byte when that
            // byte could begin an EVEX prefix (map bits non-zero, bit 3 clear).
            out.invalid = Instruction.Invalid.UNDEFINED_OPCODE;
            int p0 = p < end ? code[p] & 0xFF : 0;
            return finishInvalid(out, offset, (p0 & 3) != 0 && (p0 & 8) == 0 ? Math.min(end, p + 1) : p);
        }
        int modrm = -1;
        if (candidates[0].hasModrm) {
            if (p >= end) return truncated(out, offset, p, limit);
            modrm = code[p] & 0xFF;
        }
        InstructionForm form = match(candidates, out, modrm, mode, space);
        if (form == null) {
            out.invalid = Instruction.Invalid.UNDEFINED_OPCODE;
            if (map == MAP_LEGACY && space == SPACE_LEGACY && b >= 0xD8 && b <= 0xDF) {
                // An undefined x87 escape still has its ModRM operand; objdump counts (and prints) it.
                out.addressSize = addressSize(out, mode);
                out.operandSize = mode == 16 ? 2 : 4;
                int q = decodeModrm(code, p + 1, end, out, modrm, mode);
                if (q < 0) return truncated(out, offset, -q - 1, limit);
                if (out.dispSize > 0) out.dispOffset -= offset;
                return finishInvalid(out, offset, q);
            }
            if (space == SPACE_LEGACY && map != MAP_LEGACY && matchesWithAnotherPrefix(candidates, out, modrm, mode)) {
                out.invalid = Instruction.Invalid.UNDEFINED_FOR_PREFIX;
            }
            // Like objdump, an opcode whose ModRM selects no form counts up to the opcode byte.
            return finishInvalid(out, offset, p);
        }
        out.operandSize = operandSize(form, out, mode);
        out.addressSize = addressSize(out, mode);
        if (modrm >= 0 && form.anyMod) {
            out.modrm = modrm;
            out.mod = 3;
            out.reg = ((modrm >> 3) & 7) | ((out.rex & 4) << 1);
            out.rm = (modrm & 7) | ((out.rex & 1) << 3);
            p++;
        } else if (modrm >= 0) {
            p = decodeModrm(code, p + 1, end, out, modrm, mode);
            if (p < 0) return truncated(out, offset, -p - 1, limit);
        } else if (form.plusRegister) {
            out.rm = (b & 7) | ((out.rex & 1) << 3);
        }
        if (form.hasTrailingBytes) {
            p = decodeImmediates(code, p, end, out, form, mode);
            if (p < 0) return truncated(out, offset, -p - 1, limit);
        }
        out.form = form;
        out.length = p - offset;
        if (out.dispSize > 0) out.dispOffset -= offset;
        if (out.immSize > 0) out.immOffset -= offset;
        return out.length;
    }

    /** Reads a 2- or 3-byte VEX prefix at {@code p}; returns the opcode position or -(pos+1). */
    private static int readVex(byte[] code, int p, int end, int mode, Instruction out) {
        // A VEX prefix after 66, F2, F3, F0 or REX is #UD (APM vol. 3, 1.8 "VEX and XOP prefixes").
        boolean conflicting = out.operandSizePrefix || out.repeatPrefix != 0 || out.lock || out.rex != 0;
        int b0 = code[p] & 0xFF;
        int need = b0 == 0xC5 ? 3 : 4; // prefix bytes plus opcode
        if (p + need > end) {
            out.invalid = Instruction.Invalid.TRUNCATED;
            return -(end + 1);
        }
        int b1 = code[p + 1] & 0xFF;
        int pp, rex = 0;
        if (b0 == 0xC5) {
            out.vexLength = 2;
            if ((b1 & 0x80) == 0) rex |= 4;
            out.vvvv = (~b1 >> 3) & 0xF;
            out.vexL = (b1 >> 2) & 1;
            pp = b1 & 3;
        } else {
            int b2 = code[p + 2] & 0xFF;
            out.vexLength = 3;
            if ((b1 & 0x80) == 0) rex |= 4;
            if ((b1 & 0x40) == 0) rex |= 2;
            if ((b1 & 0x20) == 0) rex |= 1;
            int mmmmm = b1 & 0x1F;
            if (mmmmm < 1 || mmmmm > 3) {
                // An undefined map: only the C4 byte is consumed (as objdump reports it).
                out.invalid = Instruction.Invalid.BAD_VEX;
                return -(p + 2);
            }
            out.vexW = (b2 & 0x80) != 0;
            if (out.vexW) rex |= 8;
            out.vvvv = (~b2 >> 3) & 0xF;
            out.vexL = (b2 >> 2) & 1;
            pp = b2 & 3;
        }
        if (mode != 64) {
            rex &= 8; // VEX.R/X/B and vvvv bit 3 are ignored outside 64-bit mode
            out.vvvv &= 7;
        }
        if (conflicting) {
            // After REX only the C4/C5 byte is consumed; after 66/F2/F3/F0 the whole VEX prefix and
            // the opcode (both as objdump reports them).
            out.invalid = Instruction.Invalid.BAD_PREFIX;
            return out.rex != 0 ? -(p + 1 + 1) : -(p + need + 1);
        }
        out.rex = rex == 0 ? 0 : (0x40 | rex);
        out.repeatPrefix = pp == 2 ? 0xF3 : pp == 3 ? 0xF2 : 0;
        out.operandSizePrefix = pp == 1;
        return p + need - 1;
    }

    private static int mandatoryPrefix(Instruction out) {
        if (out.repeatPrefix == 0xF3) return PREFIX_F3;
        if (out.repeatPrefix == 0xF2) return PREFIX_F2;
        return out.operandSizePrefix ? PREFIX_66 : PREFIX_NP;
    }

    private static InstructionForm match(InstructionForm[] candidates, Instruction out, int modrm, int mode, int space) {
        int prefix = mandatoryPrefix(out);
        int mod = modrm >> 6;
        int reg = (modrm >> 3) & 7;
        int rm = modrm & 7;
        int w = space == SPACE_LEGACY ? (out.rex >> 3) & 1 : (out.vexW ? 1 : 0);
        int asz = addressSize(out, mode);
        for (InstructionForm f : candidates) {
            if (f.unconstrained) return f;
            if (f.mandatoryPrefix != PREFIX_ANY && f.mandatoryPrefix != prefix) continue;
            if (modrm >= 0) {
                if (f.modrmReg >= 0 && f.modrmReg != reg) continue;
                if (f.modrmRm >= 0 && f.modrmRm != rm) continue;
                if (f.modConstraint == MOD_MEM && mod == 3) continue;
                if (f.modConstraint == MOD_REG && mod != 3) continue;
                if (f.modConstraint == MOD_RIP && (mod != 0 || rm != 5)) continue;
            }
            if (f.no66 && out.operandSizePrefix) continue;
            if (f.anyMod && modrm >= 0) {
                if (f.modrmReg >= 0 && f.modrmReg != reg) continue;
                if (f.modes == MODES_NOT64 && mode == 64) continue;
                if (f.modes == MODES_ONLY64 && mode != 64) continue;
                return f;
            }
            if (f.noRexB && (out.rex & 1) != 0) continue;
            if (f.modes == MODES_NOT64 && mode == 64) continue;
            if (f.modes == MODES_ONLY64 && mode != 64) continue;
            if (f.w >= 0 && f.w != w) continue;
            if (f.vexL >= 0 && f.vexL != out.vexL) continue;
            if (f.operandSizeConstraint != 0 && f.operandSizeConstraint != operandSize(f, out, mode)) continue;
            if (f.addressSizeConstraint != 0 && f.addressSizeConstraint != asz) continue;
            if (space != SPACE_LEGACY && out.vvvv != 0 && !f.usesVvvv) continue;
            return f;
        }
        return null;
    }

    /** Whether some form would match if the mandatory prefix were different (for objdump's "(bad)"). */
    private static boolean matchesWithAnotherPrefix(InstructionForm[] candidates, Instruction out, int modrm, int mode) {
        int saved = out.repeatPrefix;
        boolean saved66 = out.operandSizePrefix;
        try {
            for (int variant = 0; variant < 4; variant++) {
                out.repeatPrefix = variant == 2 ? 0xF3 : variant == 3 ? 0xF2 : 0;
                out.operandSizePrefix = variant == 1;
                if (match(candidates, out, modrm, mode, SPACE_LEGACY) != null) return true;
            }
            return false;
        } finally {
            out.repeatPrefix = saved;
            out.operandSizePrefix = saved66;
        }
    }

    /** Effective operand size in bytes (APM vol. 1, 2.2.3 and Table 1-3 of vol. 3). */
    static int operandSize(InstructionForm f, Instruction out, int mode) {
        boolean p66 = out.operandSizePrefix && f.mandatoryPrefix != PREFIX_66;
        if (mode == 64) {
            if (f.forceOperand64) return 8;
            if ((out.rex & 8) != 0) return 8; // REX.W, or VEX.W for the VEX forms whose y operands it widens
            if (p66) return 2;
            return f.defaultOperand64 ? 8 : 4;
        }
        int base = mode == 32 ? 4 : 2;
        return p66 ? 6 - base : base;
    }

    static int addressSize(Instruction out, int mode) {
        if (mode == 64) return out.addressSizePrefix ? 4 : 8;
        if (mode == 32) return out.addressSizePrefix ? 2 : 4;
        return out.addressSizePrefix ? 4 : 2;
    }

    /** ModRM, SIB and displacement starting after the ModRM byte; returns the next position or -(pos+1). */
    private static int decodeModrm(byte[] code, int p, int end, Instruction out, int modrm, int mode) {
        out.modrm = modrm;
        int mod = modrm >> 6;
        int rex = out.rex;
        out.mod = mod;
        out.reg = ((modrm >> 3) & 7) | ((rex & 4) << 1);
        int rmLow = modrm & 7;
        if (mod == 3) {
            out.rm = rmLow | ((rex & 1) << 3);
            return p;
        }
        out.isMemory = true;
        int defaultSegment = Instruction.DS;
        int dispSize;
        if (out.addressSize == 2) {
            switch (rmLow) {
                case 0 -> { out.base = 3; out.index = 6; }
                case 1 -> { out.base = 3; out.index = 7; }
                case 2 -> { out.base = 5; out.index = 6; defaultSegment = Instruction.SS; }
                case 3 -> { out.base = 5; out.index = 7; defaultSegment = Instruction.SS; }
                case 4 -> out.base = 6;
                case 5 -> out.base = 7;
                case 6 -> { out.base = 5; defaultSegment = Instruction.SS; }
                default -> out.base = 3;
            }
            dispSize = mod == 1 ? 1 : mod == 2 ? 2 : 0;
            if (mod == 0 && rmLow == 6) {
                out.base = Instruction.NONE;
                defaultSegment = Instruction.DS;
                dispSize = 2;
            }
        } else {
            dispSize = mod == 1 ? 1 : mod == 2 ? 4 : 0;
            if (rmLow == 4) {
                if (p >= end) return -(p + 1);
                int sib = code[p++] & 0xFF;
                out.sib = sib;
                out.scale = sib >> 6;
                int index = ((sib >> 3) & 7) | ((rex & 2) << 2);
                out.index = index == 4 ? Instruction.NONE : index;
                int base = sib & 7;
                if (base == 5 && mod == 0) {
                    out.base = Instruction.NONE;
                    dispSize = 4;
                } else {
                    out.base = base | ((rex & 1) << 3);
                }
            } else if (rmLow == 5 && mod == 0) {
                out.base = mode == 64 ? Instruction.BASE_RIP : Instruction.NONE;
                dispSize = 4;
            } else {
                out.base = rmLow | ((rex & 1) << 3);
            }
            if (out.base == 4 || out.base == 5) defaultSegment = Instruction.SS;
        }
        out.segment = out.segmentOverride >= 0 ? out.segmentOverride : defaultSegment;
        if (dispSize > 0) {
            if (p + dispSize > end) return -(end + 1);
            out.dispOffset = p;
            out.disp = readSigned(code, p, dispSize);
            out.dispSize = dispSize;
            p += dispSize;
        }
        return p;
    }

    private static int decodeImmediates(byte[] code, int p, int end, Instruction out, InstructionForm f, int mode) {
        boolean first = true;
        for (int t : f.trailing) {
            int size;
            if (t > 0) {
                size = t;
            } else if (t == TRAIL_Z) {
                size = out.operandSize == 2 ? 2 : 4;
            } else if (t == TRAIL_V) {
                size = out.operandSize;
            } else if (t == TRAIL_MOFFS) {
                size = out.addressSize;
                if (p + size > end) return -(end + 1);
                out.isMemory = true;
                out.base = Instruction.NONE;
                out.segment = out.segmentOverride >= 0 ? out.segmentOverride : Instruction.DS;
                out.disp = readSigned(code, p, size);
                out.dispSize = size;
                out.dispOffset = p;
                p += size;
                continue;
            } else { // TRAIL_FAR: ptr16:16 / ptr16:32
                int offSize = out.operandSize == 2 ? 2 : 4;
                if (p + offSize + 2 > end) return -(end + 1);
                out.imm = readUnsigned(code, p, offSize);
                out.imm2 = readUnsigned(code, p + offSize, 2);
                out.immOffset = p;
                out.immSize = offSize;
                p += offSize + 2;
                first = false;
                continue;
            }
            if (p + size > end) return -(end + 1);
            long value = readSigned(code, p, size);
            if (first) {
                out.imm = value;
                out.immSize = size;
                out.immOffset = p;
                first = false;
            } else {
                out.imm2 = value;
            }
            p += size;
        }
        return p;
    }


    static long readSigned(byte[] code, int p, int size) {
        return switch (size) {
            case 1 -> code[p];
            case 2 -> (short) ((code[p] & 0xFF) | (code[p + 1] & 0xFF) << 8);
            case 4 -> (code[p] & 0xFF) | (code[p + 1] & 0xFF) << 8 | (code[p + 2] & 0xFF) << 16 | (code[p + 3]) << 24;
            default -> readUnsigned(code, p, 8);
        };
    }

    static long readUnsigned(byte[] code, int p, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) v = (v << 8) | (code[p + i] & 0xFF);
        return v;
    }

    private static int truncated(Instruction out, int offset, int p, int limit) {
        out.invalid = p - offset >= MAX_LENGTH && limit - offset >= MAX_LENGTH
                ? Instruction.Invalid.TOO_LONG : Instruction.Invalid.TRUNCATED;
        return finishInvalid(out, offset, Math.min(p, offset + MAX_LENGTH));
    }

    private static int finishInvalid(Instruction out, int offset, int p) {
        out.form = null;
        if (out.invalid == Instruction.Invalid.NONE) out.invalid = Instruction.Invalid.UNDEFINED_OPCODE;
        out.length = Math.max(1, p - offset);
        return out.length;
    }
}
