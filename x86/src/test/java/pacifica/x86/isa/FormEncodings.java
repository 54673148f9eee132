package pacifica.x86.isa;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds test encodings for one legacy-encoded instruction form straight from its table line:
 * mandatory prefix, REX, opcode escapes, ModRM in register and several memory shapes, immediates.
 * The bytes are built by hand (not by an encoder) so that they can be checked against GNU objdump.
 */
final class FormEncodings {
    private FormEncodings() {}

    /**
     * One encoding.
     *
     * @param form   the form it was built from
     * @param bytes  the instruction
     * @param mode   16, 32 or 64
     * @param memory whether the ModRM names memory
     * @param rexW   whether REX.W is set
     * @param exact  whether the decoder must pick exactly {@code form} (false for REX.W variants of
     *               a form without a W constraint, which a more specific W1 sibling may claim)
     */
    record Encoding(InstructionForm form, byte[] bytes, int mode, boolean memory, boolean rexW, boolean exact) {}

    /** A memory ModRM (mod and rm; reg filled in later) with its SIB and displacement bytes. */
    private record Mem(int mod, int rm, int[] tail) {}

    private static final List<Mem> MEMORY_64 = List.of(
            new Mem(0, 0, new int[0]),                              // [rax]
            new Mem(1, 4, new int[] {0x58, 0x10}),                  // [rax+rbx*2+0x10]
            new Mem(2, 5, new int[] {0x78, 0x56, 0x34, 0x12}),      // [rbp+0x12345678]
            new Mem(0, 5, new int[] {0x40, 0x00, 0x00, 0x00}));     // [rip+0x40] / [0x40]

    /**
     * Encodings of {@code f} in {@code mode} (32 or 64) with the given immediate byte values. A
     * prefix-ignoring "ud" form (one that objdump decodes with any 66/F2/F3 but whose strict twin
     * requires none) gets a prefix no other form claims, so that the encodings reach it.
     */
    static List<Encoding> of(InstructionForm f, int mode, int[] immediates) {
        List<Encoding> plain = plain(f, mode, immediates);
        if (!f.has("ud") || f.mandatoryPrefix != InstructionForm.PREFIX_ANY) return plain;
        int[][] candidates = {{0xF3, InstructionForm.PREFIX_F3}, {0xF2, InstructionForm.PREFIX_F2},
                {0x66, InstructionForm.PREFIX_66}};
        for (int[] c : candidates) {
            if (prefixedSibling(f, c[1])) continue;
            List<Encoding> out = new ArrayList<>();
            for (Encoding e : plain) out.add(prepend(e, new int[] {c[0]}));
            return out;
        }
        throw new IllegalStateException("no free prefix for " + f);
    }

    private static List<Encoding> plain(InstructionForm f, int mode, int[] immediates) {
        List<Encoding> out = new ArrayList<>();
        if (f.space != InstructionForm.SPACE_LEGACY) return out;
        if (mode != 64 && (f.modes == InstructionForm.MODES_ONLY64 || f.w == 1)) return out;
        if (mode == 64 && f.modes == InstructionForm.MODES_NOT64) return out;
        if (!f.hasModrm) {
            if (f.w != 1) out.add(new Encoding(f, build(f, 0, -1, null, immediates), mode, false, false, true));
            if (mode == 64 && f.w != 0) {
                out.add(new Encoding(f, build(f, 0x48, -1, null, immediates), mode, false, true, f.w == 1));
            }
            return out;
        }
        int reg = f.modrmReg >= 0 ? f.modrmReg : 1;
        boolean regAllowed = f.modConstraint != InstructionForm.MOD_MEM;
        boolean memAllowed = f.modConstraint != InstructionForm.MOD_REG;
        int mustW = f.w == 1 ? 0x48 : 0;
        List<Integer> rexes = new ArrayList<>();
        if (mode == 64) {
            if (f.w != 1) rexes.add(0);
            rexes.add(mustW | 0x40 | 0x4 | 0x1); // R and B: registers 8-15 / base r8
            rexes.add(mustW | 0x40 | 0x2);       // X: index r11
            if (f.w == 1) rexes.add(0x48);
            if (f.w < 0) rexes.add(0x48);
        } else {
            rexes.add(0);
        }
        for (int rex : rexes) {
            boolean w = (rex & 8) != 0;
            boolean exact = !w || f.w == 1;
            if (regAllowed) {
                int rm = f.modrmRm >= 0 ? f.modrmRm : 2;
                int modrm = 0xC0 | reg << 3 | rm;
                out.add(new Encoding(f, build(f, rex, modrm, new int[0], immediates), mode, false, w, exact));
            }
            if (memAllowed) {
                for (Mem m : MEMORY_64) {
                    int modrm = m.mod << 6 | reg << 3 | m.rm;
                    out.add(new Encoding(f, build(f, rex, modrm, m.tail, immediates), mode, true, w, exact));
                }
            }
        }
        return out;
    }

    /**
     * Encodings of {@code f} with prefixes in front of its mandatory prefix that must not change
     * the form: 66 before F2/F3 (F2/F3 win), the other repeat prefix before F2/F3 (the last one
     * wins), a doubled 66; and for memory forms an FS override and an address-size prefix.
     */
    static List<Encoding> withExtraPrefixes(InstructionForm f, int mode, int[] immediates) {
        List<Encoding> out = new ArrayList<>();
        List<int[]> extras = new ArrayList<>();
        switch (f.mandatoryPrefix) {
            case InstructionForm.PREFIX_F2 -> { extras.add(new int[] {0x66}); extras.add(new int[] {0xF3}); }
            case InstructionForm.PREFIX_F3 -> { extras.add(new int[] {0x66}); extras.add(new int[] {0xF2}); }
            case InstructionForm.PREFIX_66 -> extras.add(new int[] {0x66});
            case InstructionForm.PREFIX_ANY -> {
                // Forms that ignore 66/F2/F3 (FXSAVE, SFENCE, MMX PMOVMSKB), unless a sibling claims one.
                if (!prefixedSibling(f, InstructionForm.PREFIX_66)) extras.add(new int[] {0x66});
                if (!prefixedSibling(f, InstructionForm.PREFIX_F2)) extras.add(new int[] {0xF2});
                if (!prefixedSibling(f, InstructionForm.PREFIX_F3)) extras.add(new int[] {0xF3});
            }
            default -> { }
        }
        for (Encoding e : of(f, mode, immediates)) {
            if (e.rexW() || e.bytes()[0] >= 0x40 && e.bytes()[0] <= 0x4F) continue; // keep it simple: no REX
            for (int[] extra : extras) out.add(prepend(e, extra));
            if (e.memory()) {
                out.add(prepend(e, new int[] {0x64}));
                // In 32-bit mode 67 selects 16-bit addressing, which changes the ModRM's length.
                if (mode == 64) out.add(prepend(e, new int[] {0x67}));
            }
        }
        return out;
    }

    /** True when another form of the same opcode and ModRM.reg requires mandatory prefix {@code p}. */
    private static boolean prefixedSibling(InstructionForm f, int p) {
        InstructionForm[] all = InstructionTable.get().candidates(f.space, f.map, f.opcode);
        for (InstructionForm g : all) {
            boolean sameReg = g.modrmReg < 0 || f.modrmReg < 0 || g.modrmReg == f.modrmReg;
            boolean sameMod = g.modConstraint == InstructionForm.MOD_ANY || f.modConstraint == InstructionForm.MOD_ANY
                    || g.modConstraint == f.modConstraint;
            if (g != f && g.mandatoryPrefix == p && sameReg && sameMod) {
                return true;
            }
        }
        return false;
    }

    private static Encoding prepend(Encoding e, int[] prefixes) {
        byte[] b = new byte[prefixes.length + e.bytes().length];
        for (int i = 0; i < prefixes.length; i++) b[i] = (byte) prefixes[i];
        System.arraycopy(e.bytes(), 0, b, prefixes.length, e.bytes().length);
        return new Encoding(e.form(), b, e.mode(), e.memory(), e.rexW(), e.exact());
    }

    /** Bytes: mandatory prefix, REX, escapes, opcode, ModRM and tail, one byte per immediate operand. */
    static byte[] build(InstructionForm f, int rex, int modrm, int[] tail, int[] immediates) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        switch (f.mandatoryPrefix) {
            case InstructionForm.PREFIX_66 -> b.write(0x66);
            case InstructionForm.PREFIX_F2 -> b.write(0xF2);
            case InstructionForm.PREFIX_F3 -> b.write(0xF3);
            default -> { }
        }
        if (rex != 0) b.write(rex);
        if (f.map != InstructionForm.MAP_LEGACY) b.write(0x0F);
        if (f.map == InstructionForm.MAP_0F38) b.write(0x38);
        if (f.map == InstructionForm.MAP_0F3A) b.write(0x3A);
        b.write(f.opcode);
        if (modrm >= 0) {
            b.write(modrm);
            for (int t : tail) b.write(t);
        }
        int n = 0;
        for (OperandSpec o : f.operands) {
            if (o.kind() != OperandKind.I) continue;
            if (o.size() != OperandSize.b) throw new IllegalArgumentException("only Ib immediates: " + f);
            b.write(immediates[Math.min(n++, immediates.length - 1)]);
        }
        return b.toByteArray();
    }
}
