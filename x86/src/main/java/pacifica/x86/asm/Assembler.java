package pacifica.x86.asm;

import java.util.ArrayList;
import java.util.List;

import pacifica.x86.encode.EncodeException;
import pacifica.x86.encode.Encoder;
import pacifica.x86.encode.Encoding;
import pacifica.x86.encode.Label;
import pacifica.x86.encode.Operand;

/**
 * Typed x86 assembler:
 *
 * <pre>{@code
 * Assembler asm = new Assembler(64);
 * asm.mov(RAX, mem(RBX, 8));
 * Label l = asm.newLabel();
 * asm.jne(l);
 * asm.bind(l);
 * byte[] code = asm.assemble(0x401000);
 * }</pre>
 *
 * Operands are in Intel order (destination first). The per-mnemonic methods are generated from
 * the instruction table ({@link AssemblerMethods}). Branches to labels start short and grow to
 * near forms until all addresses are stable, like GNU as.
 */
public final class Assembler extends AssemblerMethods {
    private static final int MAX_PASSES = 100;

    private sealed interface Item { }

    private record Insn(String mnemonic, Operand[] operands, int prefixes) implements Item { }

    private record Bind(Label label) implements Item { }

    private record Bytes(byte[] data) implements Item { }

    private record Align(int alignment) implements Item { }

    private final int mode;
    private final List<Item> items = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private int pendingPrefixes;

    public Assembler(int mode) {
        if (mode != 16 && mode != 32 && mode != 64) throw new IllegalArgumentException("mode must be 16, 32 or 64");
        this.mode = mode;
    }

    public Label newLabel() {
        return newLabel("L" + labels.size());
    }

    public Label newLabel(String name) {
        Label l = new Label(name);
        labels.add(l);
        return l;
    }

    /** Places the label at the current position. */
    public void bind(Label label) {
        for (Item i : items) {
            if (i instanceof Bind b && b.label == label) throw new IllegalStateException("label bound twice: " + label);
        }
        items.add(new Bind(label));
    }

    @Override
    public void emit(String mnemonic, Operand... operands) {
        items.add(new Insn(mnemonic, operands.clone(), pendingPrefixes));
        pendingPrefixes = 0;
    }

    /** Emits with prefix flags ({@link pacifica.x86.encode.Prefixes}), e.g. LOCK. */
    public void emit(int prefixes, String mnemonic, Operand... operands) {
        items.add(new Insn(mnemonic, operands.clone(), prefixes));
    }

    /** The next instruction gets a LOCK prefix. */
    public Assembler lock() {
        pendingPrefixes |= pacifica.x86.encode.Prefixes.LOCK;
        return this;
    }

    /** The next instruction gets a REP (F3) prefix. */
    public Assembler rep() {
        pendingPrefixes |= pacifica.x86.encode.Prefixes.REP;
        return this;
    }

    public void bytes(byte... data) {
        items.add(new Bytes(data.clone()));
    }

    /** Pads with NOPs (as GNU as does in code) to a multiple of {@code alignment}. */
    public void align(int alignment) {
        if (alignment <= 0 || (alignment & (alignment - 1)) != 0) throw new IllegalArgumentException("alignment " + alignment);
        items.add(new Align(alignment));
    }

    /** Assembles everything emitted so far for the given start address. */
    public byte[] assemble(long base) {
        for (Label l : labels) {
            boolean bound = false;
            for (Item i : items) if (i instanceof Bind b && b.label == l) bound = true;
            if (!bound && used(l)) throw new EncodeException("label '" + l.name() + "' is used but never bound");
        }
        Encoder encoder = new Encoder();
        Encoding enc = new Encoding();
        boolean[] near = new boolean[items.size()];
        Section out = new Section(".text", 0);
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            out.reset();
            out.base = base;
            boolean moved = false;
            for (int k = 0; k < items.size(); k++) {
                Item item = items.get(k);
                long address = base + out.size;
                switch (item) {
                    case Bind b -> {
                        if (!b.label.isBound() || b.label.address() != address) moved = true;
                        b.label.place(address);
                    }
                    case Insn in -> {
                        try {
                            encoder.encode(mode, in.mnemonic, in.operands, 0, 0, in.prefixes, false, near[k], address, enc);
                        } catch (EncodeException e) {
                            throw new EncodeException("instruction " + (k + 1) + " (" + in.mnemonic + "): " + e.getMessage());
                        }
                        if (enc.grewToNear && !near[k]) {
                            near[k] = true;
                            moved = true;
                        }
                        out.put(enc.bytes, 0, enc.length);
                    }
                    case Bytes d -> out.put(d.data, 0, d.data.length);
                    case Align a -> NopFill.fill(out, (int) ((a.alignment - address % a.alignment) % a.alignment), mode);
                }
            }
            if (!moved && pass > 1) return out.bytes();
        }
        throw new EncodeException("branch relaxation did not converge");
    }

    private boolean used(Label l) {
        for (Item i : items) {
            if (i instanceof Insn in) {
                for (Operand o : in.operands) {
                    if (o == l || (o instanceof pacifica.x86.encode.LabelRef r && r.label() == l)
                            || (o instanceof pacifica.x86.encode.Imm m && m.label() == l)
                            || (o instanceof pacifica.x86.encode.Mem m && m.label() == l)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

}
