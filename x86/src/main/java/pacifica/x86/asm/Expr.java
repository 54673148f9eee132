package pacifica.x86.asm;

/**
 * A GNU as expression tree, parsed once and evaluated on every assembler pass. Operators and
 * precedence follow the GNU as manual ("Infix Operators"): unary {@code - ~ !}; then
 * {@code * / % << >>}; then {@code | & ^}; then {@code + -} and comparisons; then {@code && ||}.
 */
sealed interface Expr {

    /** Symbol lookup for evaluation. */
    interface Scope {
        /** The symbol's value; sets {@link Value#symbolic} when it is an address. */
        long symbol(String name, int column, Value out);

        /** The address of the current statement ({@code .}). */
        long dot();
    }

    /** Evaluation result flags (mutable, reused). */
    final class Value {
        /** The value depends on an address (a label or {@code .}). */
        boolean symbolic;

        void reset() {
            symbolic = false;
        }
    }

    long eval(Scope scope, Value v);

    /** The constant's value when the tree has no symbols, else null. */
    default Long constant() {
        return null;
    }

    record Num(long value) implements Expr {
        public long eval(Scope s, Value v) {
            return value;
        }

        @Override
        public Long constant() {
            return value;
        }
    }

    record Sym(String name, int column) implements Expr {
        public long eval(Scope s, Value v) {
            return s.symbol(name, column, v);
        }
    }

    record Dot() implements Expr {
        public long eval(Scope s, Value v) {
            v.symbolic = true;
            return s.dot();
        }
    }

    record Unary(char op, Expr e) implements Expr {
        public long eval(Scope s, Value v) {
            long x = e.eval(s, v);
            return switch (op) {
                case '-' -> -x;
                case '~' -> ~x;
                case '!' -> x == 0 ? 1 : 0;
                default -> x;
            };
        }

        @Override
        public Long constant() {
            Long c = e.constant();
            return c == null ? null : eval(null, new Value());
        }
    }

    record Binary(String op, Expr a, Expr b, int column) implements Expr {
        public long eval(Scope s, Value v) {
            long x = a.eval(s, v), y = b.eval(s, v);
            return switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> {
                    if (y == 0) throw new SyntaxError(column, "division by zero");
                    yield x / y;
                }
                case "%" -> {
                    if (y == 0) throw new SyntaxError(column, "division by zero");
                    yield x % y;
                }
                case "<<" -> x << y;
                case ">>" -> x >>> y; // GNU shifts the unsigned value
                case "&" -> x & y;
                case "|" -> x | y;
                case "^" -> x ^ y;
                case "==" -> x == y ? -1 : 0;
                case "!=", "<>" -> x != y ? -1 : 0;
                case "<" -> x < y ? -1 : 0;
                case ">" -> x > y ? -1 : 0;
                case "<=" -> x <= y ? -1 : 0;
                case ">=" -> x >= y ? -1 : 0;
                case "&&" -> x != 0 && y != 0 ? 1 : 0;
                case "||" -> x != 0 || y != 0 ? 1 : 0;
                default -> throw new SyntaxError(column, "unknown operator '" + op + "'");
            };
        }

        @Override
        public Long constant() {
            if (a.constant() == null || b.constant() == null) return null;
            return eval(null, new Value());
        }
    }
}
