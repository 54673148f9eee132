package pacifica.x86.asm;

import java.util.List;

import pacifica.x86.Register;

/** One parsed source statement. Columns are 1-based. */
sealed interface Stmt {
    int line();

    int column();

    /** {@code name:} */
    record LabelDef(int line, int column, String name) implements Stmt { }

    /** {@code name = expr}, {@code .set name, expr}, {@code .equ name, expr} */
    record Assign(int line, int column, String name, Expr value) implements Stmt { }

    /**
     * A directive with its arguments already parsed: {@code exprs} (null entries for omitted
     * arguments), {@code strings} for .ascii-like directives, {@code words} for symbol and section names.
     */
    record Directive(int line, int column, String name, List<Expr> exprs, List<byte[]> strings, List<String> words)
            implements Stmt { }

    /** An instruction; operands in source (AT&T) order. */
    record Insn(int line, int column, String mnemonic, int prefixes, List<Op> operands, boolean starred)
            implements Stmt { }

    /** A prefix alone on its statement ({@code lock; addl ...}): emitted as its byte. */
    record PrefixOnly(int line, int column, int prefixByte) implements Stmt { }

    /** AT&T operand syntax. */
    sealed interface Op {
        int column();
    }

    record RegOp(int column, Register register) implements Op { }

    record ImmOp(int column, Expr value) implements Op { }

    /** {@code seg:disp(base,index,scale)}; disp may be null. */
    record MemOp(int column, Register segment, Expr disp, Register base, Register index, int scale) implements Op { }
}
