package pacifica.x86.conformance;

import java.io.ByteArrayOutputStream;

import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSpec;

/**
 * The byte-level pieces every generated encoding is made of, written from the manuals' encoding
 * rules (AMD APM vol. 3 ch. 1; Intel SDM vol. 2 ch. 2): mandatory prefix, opcode escape, the
 * two- and three-byte VEX prefixes, little-endian immediates.
 */
final class EncodingBytes {
    private EncodingBytes() {}

    /** The form's mandatory prefix byte (66, F2, F3), if it has one. */
    static void mandatoryPrefix(ByteArrayOutputStream b, InstructionForm f) {
        switch (f.mandatoryPrefix) {
            case InstructionForm.PREFIX_66 -> b.write(0x66);
            case InstructionForm.PREFIX_F2 -> b.write(0xF2);
            case InstructionForm.PREFIX_F3 -> b.write(0xF3);
            default -> { }
        }
    }

    /** The legacy opcode escape of a map: none, 0F, 0F 38 or 0F 3A. */
    static void escape(ByteArrayOutputStream b, int map) {
        switch (map) {
            case InstructionForm.MAP_0F -> b.write(0x0F);
            case InstructionForm.MAP_0F38 -> { b.write(0x0F); b.write(0x38); }
            case InstructionForm.MAP_0F3A -> { b.write(0x0F); b.write(0x3A); }
            default -> { }
        }
    }

    /** VEX.pp for the form's mandatory prefix. */
    static int vexPp(InstructionForm f) {
        return switch (f.mandatoryPrefix) {
            case InstructionForm.PREFIX_66 -> 1;
            case InstructionForm.PREFIX_F3 -> 2;
            case InstructionForm.PREFIX_F2 -> 3;
            default -> 0;
        };
    }

    /** Whether a VEX form names a register in VEX.vvvv (operand kinds H and B). */
    static boolean usesVvvv(InstructionForm f) {
        for (OperandSpec o : f.operands) {
            if (o.kind() == OperandKind.H || o.kind() == OperandKind.B) return true;
        }
        return f.has("vvvv");
    }

    /**
     * A VEX prefix: C4 with inverted R/X/B ({@code rxb} = REX.RXB bits), the map and W; or C5 with
     * inverted R only. vvvv is stored inverted in both.
     */
    static void vex(ByteArrayOutputStream b, boolean threeByte, int rxb, int map, int w, int vvvv, int l, int pp) {
        if (threeByte) {
            b.write(0xC4);
            b.write(((~rxb & 7) << 5) | map);
            b.write((w << 7) | ((~vvvv & 0xF) << 3) | (l << 2) | pp);
        } else {
            b.write(0xC5);
            b.write((((rxb >> 2) & 1) ^ 1) << 7 | ((~vvvv & 0xF) << 3) | (l << 2) | pp);
        }
    }

    /** {@code size} bytes of {@code value}, little-endian. */
    static void immediate(ByteArrayOutputStream b, long value, int size) {
        for (int i = 0; i < size; i++) b.write((int) (value >>> (8 * i)) & 0xFF);
    }
}
