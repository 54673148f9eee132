package pacifica.x86.isa;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates sample encodings of one table form, independently of the project's encoder (which
 * must not be its own oracle): register and memory forms, with and without REX/VEX extension bits,
 * in 64- and 32-bit mode. The samples are then decoded by the Decoder and by objdump and compared.
 */
final class FormSamples {
    private FormSamples() {}

    /** One sample: its bytes, the mode, and what it was meant to exercise. */
    record Sample(InstructionForm form, int mode, byte[] bytes, String what) {}

    /** The modes a form is valid in. */
    static List<Integer> modes(InstructionForm f) {
        List<Integer> modes = new ArrayList<>();
        if (f.modes != InstructionForm.MODES_NOT64) modes.add(64);
        if (f.modes != InstructionForm.MODES_ONLY64 && !(f.space == InstructionForm.SPACE_LEGACY && f.w == 1)) {
            modes.add(32);
        }
        return modes;
    }

    static List<Sample> generate(InstructionForm f) {
        List<Sample> out = new ArrayList<>();
        for (int mode : modes(f)) generate(f, mode, out);
        return out;
    }

    private static void generate(InstructionForm f, int mode, List<Sample> out) {
        // Register-extension variants: none, and (64-bit only) all of R/X/B set.
        int[] exts = mode == 64 ? new int[] {0, 7} : new int[] {0};
        for (int ext : exts) {
            for (ModrmChoice m : modrmChoices(f, mode)) {
                if (f.space == InstructionForm.SPACE_LEGACY) {
                    out.add(new Sample(f, mode, legacy(f, mode, ext, m), m.what + (ext != 0 ? " rex.rxb" : "")));
                } else {
                    for (int l : f.vexL >= 0 ? new int[] {f.vexL} : new int[] {0, 1}) {
                        for (int w : f.w >= 0 ? new int[] {f.w} : new int[] {0, 1}) {
                            out.add(new Sample(f, mode, vex(f, mode, ext, m, l, w, true),
                                    m.what + " vex3 L" + l + " W" + w + (ext != 0 ? " rxb" : "")));
                            if (f.map == InstructionForm.MAP_0F && w == 0 && (ext & 3) == 0) {
                                out.add(new Sample(f, mode, vex(f, mode, ext, m, l, w, false),
                                        m.what + " vex2 L" + l));
                            }
                        }
                    }
                }
            }
        }
    }

    /** A ModRM byte plus the SIB/displacement bytes that follow it. */
    record ModrmChoice(int modrm, byte[] tail, String what) {}

    static List<ModrmChoice> modrmChoices(InstructionForm f, int mode) {
        List<ModrmChoice> l = new ArrayList<>();
        if (!f.hasModrm) {
            l.add(new ModrmChoice(-1, new byte[0], "no-modrm"));
            return l;
        }
        if (f.modrmRm >= 0) {
            l.add(new ModrmChoice(0xC0 | f.modrmReg << 3 | f.modrmRm, new byte[0], "fixed"));
            return l;
        }
        int reg = f.modrmReg >= 0 ? f.modrmReg : 2;
        boolean anyMod = f.has("anymod");
        if (f.modConstraint != InstructionForm.MOD_MEM) {
            l.add(new ModrmChoice(0xC0 | reg << 3 | 3, new byte[0], "reg"));
            l.add(new ModrmChoice(0xC0 | reg << 3 | 6, new byte[0], "reg"));
        }
        if (anyMod) {
            // MOV CR/DR ignore ModRM.mod: no SIB or displacement bytes follow, whatever mod says.
            for (int mod = 0; mod < 3; mod++) {
                l.add(new ModrmChoice(mod << 6 | reg << 3 | 4, new byte[0], "anymod mod=" + mod));
            }
        } else if (f.modConstraint != InstructionForm.MOD_REG) {
            String kind = "";
            l.add(new ModrmChoice(reg << 3, new byte[0], kind + "mem (base)"));
            l.add(new ModrmChoice(0x40 | reg << 3 | 1, new byte[] {0x10}, kind + "mem disp8"));
            l.add(new ModrmChoice(0x80 | reg << 3 | 4, new byte[] {(byte) 0x88, 0x78, 0x56, 0x34, 0x12},
                    kind + "mem sib disp32"));
            l.add(new ModrmChoice(reg << 3 | 5, new byte[] {0x00, 0x01, 0x00, 0x00},
                    kind + (mode == 64 ? "mem rip" : "mem abs")));
        }
        return l;
    }

    private static byte[] legacy(InstructionForm f, int mode, int ext, ModrmChoice m) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        switch (f.mandatoryPrefix) {
            case InstructionForm.PREFIX_66 -> b.write(0x66);
            case InstructionForm.PREFIX_F3 -> b.write(0xF3);
            case InstructionForm.PREFIX_F2 -> b.write(0xF2);
            default -> { }
        }
        if (f.operandSizeConstraint == 2 && mode != 16) b.write(0x66);
        int rex = (f.w == 1 || f.operandSizeConstraint == 8 ? 8 : 0) | (f.hasModrm && f.modrmRm < 0 ? ext : 0);
        if (f.plusRegister) rex |= ext & 1;
        if (rex != 0) b.write(0x40 | rex);
        escape(f.map, b);
        b.write(f.opcode + (f.plusRegister ? 3 : 0));
        if (m.modrm >= 0) {
            b.write(m.modrm);
            b.writeBytes(m.tail);
        }
        immediates(f, mode, f.w == 1 && mode == 64 ? 8 : 4, b);
        return b.toByteArray();
    }

    private static void escape(int map, ByteArrayOutputStream b) {
        switch (map) {
            case InstructionForm.MAP_0F -> b.write(0x0F);
            case InstructionForm.MAP_0F38 -> { b.write(0x0F); b.write(0x38); }
            case InstructionForm.MAP_0F3A -> { b.write(0x0F); b.write(0x3A); }
            default -> { }
        }
    }

    static boolean usesVvvv(InstructionForm f) {
        for (OperandSpec o : f.operands) {
            if (o.kind() == OperandKind.H || o.kind() == OperandKind.B) return true;
        }
        return f.has("vvvv");
    }

    private static byte[] vex(InstructionForm f, int mode, int ext, ModrmChoice m, int l, int w, boolean three) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int pp = switch (f.mandatoryPrefix) {
            case InstructionForm.PREFIX_66 -> 1;
            case InstructionForm.PREFIX_F3 -> 2;
            case InstructionForm.PREFIX_F2 -> 3;
            default -> 0;
        };
        int vvvv = usesVvvv(f) ? (ext != 0 ? 9 : 6) : 0;
        int rxb = mode == 64 ? ext : 0;
        if (three) {
            b.write(0xC4);
            b.write(((~rxb & 7) << 5) | f.map);
            b.write(w << 7 | (~vvvv & 0xF) << 3 | l << 2 | pp);
        } else {
            b.write(0xC5);
            b.write(((~rxb >> 2) & 1) << 7 | (~vvvv & 0xF) << 3 | l << 2 | pp);
        }
        b.write(f.opcode);
        if (m.modrm >= 0) {
            b.write(m.modrm);
            b.writeBytes(m.tail);
        }
        immediates(f, mode, 4, b);
        return b.toByteArray();
    }

    private static void immediates(InstructionForm f, int mode, int opsize, ByteArrayOutputStream b) {
        for (OperandSpec o : f.operands) {
            int n = switch (o.kind()) {
                case I -> switch (o.size()) {
                    case b, bs -> 1;
                    case w -> 2;
                    case d, z -> 4;
                    case q -> 8;
                    case v -> opsize;
                    default -> throw new IllegalStateException("immediate " + o);
                };
                case L -> 1;
                case J -> o.size() == OperandSize.b ? 1 : 4;
                default -> 0;
            };
            for (int i = 0; i < n; i++) b.write(o.kind() == OperandKind.L ? 0x50 : 0x05 + i);
        }
    }
}
