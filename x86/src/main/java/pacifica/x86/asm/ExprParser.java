package pacifica.x86.asm;

/**
 * Parses GNU as expressions from a line of text. Numbers: decimal, {@code 0x} hex, {@code 0b}
 * binary, leading-0 octal, character constants {@code 'c'} (with backslash escapes); symbols:
 * {@code [A-Za-z_.$][A-Za-z0-9_.$]*}; {@code .} is the current address; {@code 1b}/{@code 1f} are
 * local-label references, resolved through {@link LocalLabels}.
 */
final class ExprParser {
    /** Resolves numeric local label references at parse time. */
    interface LocalLabels {
        String reference(int number, boolean forward);
    }

    private final String s;
    private final int base; // column of s.charAt(0), 1-based
    private final LocalLabels locals;
    int pos;
    private final int end;

    ExprParser(String s, int from, int end, int baseColumn, LocalLabels locals) {
        this.s = s;
        this.pos = from;
        this.end = end;
        this.base = baseColumn;
        this.locals = locals;
    }

    int column() {
        return base + pos;
    }

    boolean atEnd() {
        skipSpace();
        return pos >= end;
    }

    void skipSpace() {
        while (pos < end && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) pos++;
    }

    Expr parse() {
        return logical();
    }

    private Expr logical() {
        Expr e = additive();
        while (true) {
            skipSpace();
            int col = column();
            if (match("&&")) e = new Expr.Binary("&&", e, additive(), col);
            else if (match("||")) e = new Expr.Binary("||", e, additive(), col);
            else return e;
        }
    }

    private Expr additive() {
        Expr e = bitwise();
        while (true) {
            skipSpace();
            int col = column();
            String op = null;
            for (String o : new String[] {"==", "!=", "<>", "<=", ">=", "+", "-"}) {
                if (s.startsWith(o, pos) && pos + o.length() <= end) { op = o; break; }
            }
            if (op == null && pos < end && (s.charAt(pos) == '<' || s.charAt(pos) == '>')
                    && !(pos + 1 < end && s.charAt(pos + 1) == s.charAt(pos))) {
                op = String.valueOf(s.charAt(pos));
            }
            if (op == null) return e;
            pos += op.length();
            e = new Expr.Binary(op, e, bitwise(), col);
        }
    }

    private Expr bitwise() {
        Expr e = multiplicative();
        while (true) {
            skipSpace();
            int col = column();
            if (pos < end && (s.charAt(pos) == '|' || s.charAt(pos) == '&' || s.charAt(pos) == '^')
                    && !(pos + 1 < end && s.charAt(pos + 1) == s.charAt(pos))) {
                String op = String.valueOf(s.charAt(pos++));
                e = new Expr.Binary(op, e, multiplicative(), col);
            } else {
                return e;
            }
        }
    }

    private Expr multiplicative() {
        Expr e = unary();
        while (true) {
            skipSpace();
            int col = column();
            String op = null;
            if (match("<<")) op = "<<";
            else if (match(">>")) op = ">>";
            else if (pos < end && (s.charAt(pos) == '*' || s.charAt(pos) == '/' || s.charAt(pos) == '%')) {
                op = String.valueOf(s.charAt(pos++));
            }
            if (op == null) return e;
            e = new Expr.Binary(op, e, unary(), col);
        }
    }

    private Expr unary() {
        skipSpace();
        if (pos >= end) throw new SyntaxError(column(), "expected an expression");
        char c = s.charAt(pos);
        if (c == '-' || c == '~' || c == '!' || c == '+') {
            pos++;
            Expr e = unary();
            return c == '+' ? e : new Expr.Unary(c, e);
        }
        return primary();
    }

    private Expr primary() {
        skipSpace();
        int col = column();
        char c = s.charAt(pos);
        if (c == '(') {
            pos++;
            Expr e = parse();
            skipSpace();
            if (pos >= end || s.charAt(pos) != ')') throw new SyntaxError(column(), "missing ')'");
            pos++;
            return e;
        }
        if (c == '\'') return charConstant();
        if (Character.isDigit(c)) return number(col);
        if (isSymbolStart(c)) {
            int start = pos;
            while (pos < end && isSymbolPart(s.charAt(pos))) pos++;
            String name = s.substring(start, pos);
            if (name.equals(".")) return new Expr.Dot();
            return new Expr.Sym(name, col);
        }
        throw new SyntaxError(col, "junk '" + s.substring(pos, end).strip() + "' in expression");
    }

    private Expr charConstant() {
        pos++;
        if (pos >= end) throw new SyntaxError(column(), "bad character constant");
        long v;
        char c = s.charAt(pos++);
        if (c == '\\') {
            int[] next = new int[1];
            v = StringParser.escape(s, pos, end, next);
            pos = next[0];
        } else {
            v = c;
        }
        if (pos < end && s.charAt(pos) == '\'') pos++;
        return new Expr.Num(v);
    }

    private Expr number(int col) {
        int start = pos;
        // Local label reference: digits followed by b or f and not by a symbol character.
        int p = pos;
        while (p < end && Character.isDigit(s.charAt(p))) p++;
        if (p < end && (s.charAt(p) == 'b' || s.charAt(p) == 'f') && (p + 1 >= end || !isSymbolPart(s.charAt(p + 1)))
                && !(s.charAt(p) == 'b' && p == start + 1 && s.charAt(start) == '0' && p + 1 < end
                     && (s.charAt(p + 1) == '0' || s.charAt(p + 1) == '1'))) {
            int n = Integer.parseInt(s.substring(start, p));
            pos = p + 1;
            return new Expr.Sym(locals.reference(n, s.charAt(p) == 'f'), col);
        }
        int radix = 10;
        if (s.charAt(pos) == '0' && pos + 1 < end) {
            char x = Character.toLowerCase(s.charAt(pos + 1));
            if (x == 'x') { radix = 16; pos += 2; }
            else if (x == 'b') { radix = 2; pos += 2; }
            else if (Character.isDigit(x)) { radix = 8; pos += 1; }
        }
        int digits = pos;
        while (pos < end && Character.digit(s.charAt(pos), radix) >= 0) pos++;
        if (pos == digits && radix != 8) throw new SyntaxError(col, "bad number");
        if (pos < end && isSymbolPart(s.charAt(pos))) {
            throw new SyntaxError(col, "bad number '" + s.substring(start, Math.min(end, pos + 1)) + "'");
        }
        String text = s.substring(digits, pos);
        try {
            return new Expr.Num(text.isEmpty() ? 0 : Long.parseUnsignedLong(text, radix));
        } catch (NumberFormatException e) {
            throw new SyntaxError(col, "number too large: " + s.substring(start, pos));
        }
    }

    private boolean match(String op) {
        if (pos + op.length() <= end && s.startsWith(op, pos)) {
            pos += op.length();
            return true;
        }
        return false;
    }

    static boolean isSymbolStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '.' || c == '$';
    }

    static boolean isSymbolPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
    }
}
