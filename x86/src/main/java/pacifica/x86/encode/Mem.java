package pacifica.x86.encode;

import pacifica.x86.Register;

/**
 * A memory operand: {@code segment:disp(base, index, scale)}.
 *
 * @param segment     segment override, or null
 * @param base        base register, {@link Register#RIP}/{@link Register#EIP} for IP-relative, or null
 * @param index       index register, or null
 * @param scale       1, 2, 4 or 8
 * @param disp        constant displacement (added to the label's address when there is a label)
 * @param label       label whose address is added to the displacement, or null
 * @param relocatable the displacement depends on a symbol, so the encoder gives it full width
 *                    (disp32, like GNU as, which emits a relocation there); RIP-relative operands
 *                    with a relocatable displacement address {@code disp} itself (the encoder
 *                    subtracts the next instruction's address)
 * @param size        operand size in bytes when known from the source (Intel {@code dword ptr}),
 *                    0 when the instruction decides
 */
public record Mem(Register segment, Register base, Register index, int scale, long disp, Label label,
                  boolean relocatable, int size) implements Operand {

    public Mem {
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) throw new EncodeException("bad scale " + scale);
    }

    /** The displacement's current value. */
    public long displacement() {
        return label == null ? disp : label.address() + disp;
    }

    public boolean isAbsolute() {
        return base == null && index == null;
    }

    public Mem withSegment(Register seg) {
        return new Mem(seg, base, index, scale, disp, label, relocatable, size);
    }

    public Mem withSize(int bytes) {
        return new Mem(segment, base, index, scale, disp, label, relocatable, bytes);
    }

    public Mem plus(long offset) {
        return new Mem(segment, base, index, scale, disp + offset, label, relocatable, size);
    }
}
