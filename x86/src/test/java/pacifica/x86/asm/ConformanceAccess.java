package pacifica.x86.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pacifica.x86.encode.Imm;
import pacifica.x86.encode.Mem;
import pacifica.x86.encode.Operand;
import pacifica.x86.isa.InstructionForm;

/** The conformance lines as encoder input (Intel-order operands), for tests in other packages. */
public final class ConformanceAccess {
    public record Line(String text, String mnemonic, Operand[] operands, int prefixes, boolean starred) { }

    private ConformanceAccess() {}

    /** Lines of all legacy and VEX forms whose operands are constants (no labels or '.'). */
    public static List<Line> constantLines(int mode) {
        List<Line> out = new ArrayList<>();
        for (String text : ConformanceLines.generate(mode, f -> f.space != InstructionForm.SPACE_EVEX)) {
            AttParser p = new AttParser("t.s");
            p.parse(text);
            if (!p.errors().isEmpty() || p.statements().size() != 1) continue;
            if (!(p.statements().get(0) instanceof Stmt.Insn in)) continue;
            Operand[] ops = convert(in);
            if (ops != null) out.add(new Line(text, in.mnemonic().toLowerCase(Locale.ROOT), ops, in.prefixes(), in.starred()));
        }
        return out;
    }

    private static Operand[] convert(Stmt.Insn in) {
        int n = in.operands().size();
        Operand[] ops = new Operand[n];
        boolean allImm = n > 1;
        for (Stmt.Op o : in.operands()) if (!(o instanceof Stmt.ImmOp)) allImm = false;
        for (int k = 0; k < n; k++) {
            Operand op;
            switch (in.operands().get(k)) {
                case Stmt.RegOp r -> op = r.register();
                case Stmt.ImmOp i -> {
                    Long v = i.value().constant();
                    if (v == null) return null;
                    op = new Imm(v, null, false);
                }
                case Stmt.MemOp m -> {
                    Long d = m.disp() == null ? Long.valueOf(0) : m.disp().constant();
                    if (d == null) return null;
                    op = new Mem(m.segment(), m.base(), m.index(), m.scale(), d, null, false, 0);
                }
            }
            ops[allImm ? k : n - 1 - k] = op;
        }
        return ops;
    }
}
