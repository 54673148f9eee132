package pacifica.x86.asm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import pacifica.x86.Register;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSize;
import pacifica.x86.isa.OperandSpec;

/**
 * Generates AT&amp;T instruction text for every form of the table (legacy encoding space) with
 * varied operands: every register of each size, every addressing shape, immediates at the edges
 * of each width. The lines are fed to GNU as and to our assembler and must give the same bytes.
 * Forms GNU as rejects (wrong mode, ambiguous size) are skipped by the caller.
 */
final class ConformanceLines {
    static final long[] IMMEDIATES = {0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x7fffffff,
            -1, -0x80, -0x81, -0x8000, 0x80000000L, 0xffffffffL, -0x80000000L, 0x100000000L, 0x7fffffffffffffffL,
            0x8000000000000000L, -0x80000001L, 0xffffff80L, 0xff80};
    static final String[] TARGETS = {".", ".+2", ".+0x10", ".+0x81", ".-0x7e", ".-0x80", ".+0x1000", ".-0x1000"};

    private ConformanceLines() {}

    static List<String> generate(int mode, Predicate<InstructionForm> which) {
        Set<String> lines = new LinkedHashSet<>();
        for (InstructionForm f : InstructionTable.get().forms()) {
            if (!which.test(f)) continue;
            if (f.modes == InstructionForm.MODES_ONLY64 && mode != 64) continue;
            if (f.modes == InstructionForm.MODES_NOT64 && mode == 64) continue;
            forForm(f, mode, lines);
        }
        return new ArrayList<>(lines);
    }

    private static List<Integer> opsizes(InstructionForm f, int mode) {
        if (f.operandSizeConstraint != 0) return List.of(f.operandSizeConstraint);
        if (mode == 64) {
            if (f.forceOperand64) return List.of(8);
            if (f.defaultOperand64) return List.of(8, 2);
            return List.of(4, 2, 8);
        }
        return mode == 32 ? List.of(4, 2) : List.of(2, 4);
    }

    private static void forForm(InstructionForm f, int mode, Set<String> out) {
        String intel = f.mnemonic.toLowerCase(Locale.ROOT);
        String att = f.attribute("att") != null ? f.attribute("att") : intel;
        List<String> names = new ArrayList<>(List.of(att));
        if (!att.equals(intel)) names.add(intel);
        for (int size : opsizes(f, mode)) {
            List<List<String>> choices = new ArrayList<>();
            for (OperandSpec s : f.operands) choices.add(choices(s, size, mode, f));
            if (choices.stream().anyMatch(List::isEmpty)) continue; // e.g. 64-bit registers in 32-bit mode
            // Operands in AT&T order: reversed, except all-immediate lists.
            boolean allImm = f.operands.length > 1;
            for (OperandSpec s : f.operands) if (!s.isImmediate()) allImm = false;
            List<String> combos = combine(choices, allImm);
            for (String name : names) {
                for (String combo : combos) {
                    String suffixes = size == 2 ? "w" : size == 4 ? "l" : "q";
                    out.add((name + " " + combo).strip());
                    String byteSuffix = hasByteOperand(f) ? "b" : suffixes;
                    out.add((name + byteSuffix + " " + combo).strip());
                }
            }
            // Implicit operands (string instructions, shift by one).
            if (f.operands.length > 0 && allImplicit(f)) {
                for (String name : names) {
                    out.add(name);
                    out.add(name + (hasByteOperand(f) ? "b" : size == 2 ? "w" : size == 4 ? "l" : "q"));
                }
            }
        }
    }

    private static boolean hasByteOperand(InstructionForm f) {
        for (OperandSpec s : f.operands) {
            if (s.size() == OperandSize.b && s.kind() != OperandKind.I && s.kind() != OperandKind.J
                    && s.kind() != OperandKind.ONE) return true;
        }
        return false;
    }

    private static boolean allImplicit(InstructionForm f) {
        for (OperandSpec s : f.operands) {
            if (s.kind() != OperandKind.X && s.kind() != OperandKind.Y && s.kind() != OperandKind.FIXED_GPR) return false;
        }
        return true;
    }

    /** Combines operand choices: all of the first list against a rotating pick of the others. */
    private static List<String> combine(List<List<String>> choices, boolean keepOrder) {
        List<String> out = new ArrayList<>();
        int n = choices.size();
        if (n == 0) return List.of("");
        int max = 0;
        for (List<String> c : choices) max = Math.max(max, c.size());
        for (int lead = 0; lead < n; lead++) {
            for (int i = 0; i < choices.get(lead).size(); i++) {
                String[] pick = new String[n];
                for (int k = 0; k < n; k++) {
                    List<String> c = choices.get(k);
                    pick[k] = k == lead ? c.get(i) : c.get((i * 7 + k * 3) % c.size());
                }
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    if (k > 0) sb.append(',');
                    sb.append(pick[keepOrder ? k : n - 1 - k]);
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    static List<String> registers(int size, int mode) {
        List<String> r = new ArrayList<>();
        for (Register reg : Register.values()) {
            if (!reg.isGpr() || reg.size != size) continue;
            if (mode != 64 && (reg.number >= 8 || (reg.kind == Register.Kind.GPR && size == 1 && reg.number >= 4))) continue;
            if (mode != 64 && size == 8) continue;
            r.add("%" + reg.gnuName);
        }
        return r;
    }

    static List<String> memories(int mode) {
        if (mode == 64) {
            return List.of("(%rax)", "(%rsp)", "(%rbp)", "(%r12)", "(%r13)", "0x10(%rax)", "-0x80(%rbx)",
                    "0x7f(%rcx)", "0x80(%rdx)", "-0x81(%rsi)", "0x12345678(%rdi)", "(%rax,%rbx,1)", "(%rax,%rcx,2)",
                    "0x10(%rsp,%rbp,4)", "(%r13,%r12,8)", "(,%rax,4)", "0x10(,%r9,8)", "0x1000", "0x10(%rip)",
                    "-0x10(%rip)", "%fs:0x10", "%gs:(%rax)", "%es:(%rbp)", "(%eax)", "0x10(%ebp,%esi,2)",
                    "%ss:(%rbp)", "%ds:(%rsp)", "%ds:(%rax)", "-1(%r15)", "(%r8,%r15,1)", "0(%r13)",
                    "-0x80000000(%r11)", "0x7fffffff(%r10,%r14,2)", "%cs:0x7f(%r9)", "(%r12,%r13,1)");
        }
        if (mode == 32) {
            return List.of("(%eax)", "(%esp)", "(%ebp)", "0x10(%eax)", "-0x80(%ebx)", "0x7f(%ecx)", "0x80(%edx)",
                    "0x12345678(%edi)", "(%eax,%ebx,1)", "0x10(%esp,%ebp,4)", "(,%eax,4)", "0x1000",
                    "%fs:0x10", "%es:(%ebp)", "%ss:(%ebp)", "%ds:(%eax)", "(%bx,%si)", "0x10(%bp)", "0xffffffff(%eax)",
                    "(%bp,%di)", "-1(%esi)");
        }
        return List.of("(%bx)", "(%bp)", "(%si)", "(%di)", "(%bx,%si)", "(%bx,%di)", "(%bp,%si)", "(%bp,%di)",
                "0x10(%bx)", "-0x80(%bp,%si)", "0x1234(%di)", "0x1000", "%es:(%bx)", "%ss:(%bp)", "(%eax)",
                "0x10(%esp,%ecx,4)", "0xffff(%bx)");
    }

    private static List<String> choices(OperandSpec s, int size, int mode, InstructionForm f) {
        OperandSize sz = s.size();
        int bytes = switch (sz) {
            case b, bs -> 1;
            case w -> 2;
            case d -> 4;
            case q -> 8;
            case v -> size;
            case z -> size == 2 ? 2 : 4;
            case y -> size == 8 ? 8 : 4;
            default -> 0;
        };
        List<String> out = new ArrayList<>();
        switch (s.kind()) {
            case E -> {
                if (bytes > 0) out.addAll(registers(bytes, mode));
                out.addAll(memories(mode));
            }
            case M -> out.addAll(memories(mode));
            case G, R, Z -> out.addAll(registers(bytes, mode));
            case I -> {
                for (long v : IMMEDIATES) {
                    if (fits(v, s, size)) out.add("$" + (v < 0 ? "-0x" + Long.toHexString(-v) : "0x" + Long.toHexString(v)));
                }
            }
            case J -> out.addAll(List.of(TARGETS));
            case O -> out.addAll(mode == 16 ? List.of("0x10", "0x1000", "0xffff", "%fs:0x10")
                    : List.of("0x10", "0x1000", "0x12345678", "%fs:0x10"));
            case S -> {
                for (String seg : List.of("%es", "%cs", "%ss", "%ds", "%fs", "%gs")) out.add(seg);
            }
            case X -> out.addAll(mode == 64 ? List.of("(%rsi)", "%ds:(%rsi)", "%fs:(%rsi)", "(%esi)")
                    : List.of("(%esi)", "%es:(%esi)", "(%si)"));
            case Y -> out.addAll(mode == 64 ? List.of("%es:(%rdi)", "(%rdi)", "(%edi)") : List.of("%es:(%edi)", "(%di)"));
            case FIXED_GPR -> {
                int b = bytes;
                Register r = Register.gpr(s.register(), b == 0 ? 2 : b, false);
                out.add("%" + r.gnuName);
                if (s.register() == 2 && b == 2) out.add("(%dx)");
            }
            case FIXED_SEG -> out.add("%" + Register.segment(s.register()).gnuName);
            case ONE -> out.add("$1");
            case C -> out.addAll(mode == 64 ? List.of("%cr0", "%cr2", "%cr3", "%cr4", "%cr8") : List.of("%cr0", "%cr3"));
            case D -> out.addAll(List.of("%dr0", "%dr7"));
            case B -> out.addAll(registers(bytes, mode));
            case V, U, H, L -> out.addAll(vectors(s, f, mode));
            case W -> {
                out.addAll(vectors(s, f, mode));
                out.addAll(memories(mode));
            }
            case P, N -> out.addAll(List.of("%mm0", "%mm3", "%mm7"));
            case Q -> {
                out.addAll(List.of("%mm0", "%mm5"));
                out.addAll(memories(mode));
            }
            case XMM0 -> out.add("%xmm0");
            case ST0 -> out.add("%st");
            case STI -> out.addAll(List.of("%st(0)", "%st(1)", "%st(7)"));
            default -> out.add("%unsupported");
        }
        return out;
    }

    /** XMM or YMM registers as the operand's size and the form's VEX.L allow. */
    static List<String> vectors(OperandSpec s, InstructionForm f, int mode) {
        OperandSize sz = s.size();
        boolean vex = f.space != InstructionForm.SPACE_LEGACY;
        List<String> kinds = new ArrayList<>();
        if (sz == OperandSize.qq || (vex && f.vexL == 1 && (sz == OperandSize.x || sz == OperandSize.ps || sz == OperandSize.pd))) {
            kinds.add("ymm");
        } else if (vex && f.vexL < 0 && (sz == OperandSize.x || sz == OperandSize.ps || sz == OperandSize.pd)) {
            kinds.add("xmm");
            kinds.add("ymm");
        } else {
            kinds.add("xmm");
        }
        List<String> out = new ArrayList<>();
        int[] numbers = mode == 64 ? new int[] {0, 1, 7, 8, 15} : new int[] {0, 1, 7};
        for (String k : kinds) for (int n : numbers) out.add("%" + k + n);
        return out;
    }

    static boolean fits(long v, OperandSpec s, int opsize) {
        int bytes = switch (s.size()) {
            case b, bs -> 1;
            case w -> 2;
            case d -> 4;
            case q -> 8;
            case v -> opsize;
            case z -> opsize == 2 ? 2 : 4;
            default -> 4;
        };
        if (s.size() == OperandSize.z && opsize == 8) return v == (int) v;
        return switch (bytes) {
            case 1 -> v >= -128 && v <= 255;
            case 2 -> v >= -32768 && v <= 65535;
            case 4 -> v >= Integer.MIN_VALUE && v <= 0xFFFFFFFFL;
            default -> true;
        };
    }
}
