package pacifica.x86.format;

import pacifica.x86.Register;
import pacifica.x86.decode.Instruction;

/**
 * How objdump decomposes a 32/64-bit ModRM memory operand before printing it in either syntax:
 * which parts it shows (base, index or the pseudo-index riz/eiz, displacement) and whether the
 * address-size prefix counts as used. Shared by both formatters so that the rules live once.
 */
final class Address {
    boolean riprel;
    boolean hasBase;
    boolean hasIndex;
    /** objdump shows an index part (real, or riz/eiz) after the base. */
    boolean showIndex;
    /** The bracketed/parenthesised part is printed (else the operand is a bare absolute value). */
    boolean bracketed;
    /** A displacement byte sequence was encoded (mod != 0, or the no-base disp32 forms). */
    boolean dispEncoded;
    long disp;
    int scale;
    String base;
    String index;

    static Address of(Instruction insn, Formatter.Usage usage) {
        Address a = new Address();
        int modrm = insn.modrm;
        int mod = modrm >> 6;
        boolean hasSib = insn.sib >= 0;
        a.riprel = insn.base == Instruction.BASE_RIP;
        a.hasBase = insn.base >= 0 && !a.riprel;
        a.hasIndex = insn.index >= 0;
        a.scale = insn.scale;
        int baseLow = hasSib ? insn.sib & 7 : modrm & 7;
        a.disp = insn.disp;
        boolean needIndex = false, needAddr32 = false;
        if (hasSib && !a.hasBase && !a.hasIndex && insn.mode != 16) {
            if (insn.mode == 64) {
                if (insn.addressSize == 4) {
                    a.disp &= 0xFFFF_FFFFL; // no base nor index: the 32-bit displacement is zero-extended
                    needIndex = true;
                }
                needAddr32 = true;
            } else {
                needIndex = true; // tells [offset] from [eiz*1+offset]
            }
        }
        // objdump counts REX.B as consumed by any ModRM memory operand and REX.X by any SIB byte.
        usage.rexBits |= 1;
        if (hasSib) usage.rexBits |= 2;
        a.bracketed = a.hasBase || needIndex || (hasSib && (a.hasIndex || a.scale != 0));
        a.dispEncoded = mod != 0 || baseLow == 5;
        if (a.hasBase || a.hasIndex || needIndex || needAddr32 || a.riprel) usage.addressSize = true;
        a.showIndex = hasSib && (a.scale != 0 || needIndex || a.hasIndex || (a.hasBase && baseLow != 4));
        boolean wide = insn.mode == 64 && insn.addressSize == 8;
        if (a.hasBase) a.base = Register.gpr(insn.base, wide ? 8 : 4, true).gnuName;
        a.index = a.hasIndex ? Register.gpr(insn.index, wide ? 8 : 4, true).gnuName : wide ? "riz" : "eiz";
        return a;
    }
}
