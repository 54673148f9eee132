package pacifica.x86.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import pacifica.x86.Register;
import pacifica.x86.encode.Prefixes;

/**
 * Splits GNU as AT&amp;T source into statements: comments ({@code #} to end of line,
 * {@code /* ... *}{@code /} possibly over several lines), {@code ;} separators, labels, numeric
 * local labels, assignments, directives and instructions with their operands.
 * Errors are collected, not thrown.
 */
final class AttParser {
    /** Directives whose arguments are strings. */
    private static final Set<String> STRING_DIRECTIVES = Set.of(".ascii", ".asciz", ".string");
    /** Directives whose arguments are names. */
    private static final Set<String> NAME_DIRECTIVES = Set.of(".globl", ".global", ".local", ".type", ".size",
            ".section", ".file", ".ident", ".weak", ".hidden", ".att_syntax", ".intel_syntax", ".p2align_names");
    private static final Map<String, Integer> PREFIXES = Map.of(
            "lock", Prefixes.LOCK, "rep", Prefixes.REP, "repe", Prefixes.REP, "repz", Prefixes.REP,
            "repne", Prefixes.REPNE, "repnz", Prefixes.REPNE, "data16", Prefixes.DATA16, "addr32", Prefixes.ADDR32);

    private final String file;
    private final List<Stmt> out = new ArrayList<>();
    private final List<AsmError> errors = new ArrayList<>();
    private final Map<Integer, Integer> localCounts = new HashMap<>();
    private boolean inComment;

    AttParser(String file) {
        this.file = file;
    }

    List<Stmt> statements() {
        return out;
    }

    List<AsmError> errors() {
        return errors;
    }

    static String localName(int number, int instance) {
        return "\u0001L" + number + "\u0002" + instance;
    }

    static boolean isLocalInternal(String name) {
        return name.startsWith("\u0001L");
    }

    void parse(String source) {
        int lineNo = 0;
        int p = 0;
        int n = source.length();
        while (p <= n) {
            int nl = source.indexOf('\n', p);
            if (nl < 0) nl = n;
            lineNo++;
            String line = source.substring(p, nl);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            parseLine(line, lineNo);
            p = nl + 1;
            if (nl == n) break;
        }
    }

    /** Removes comments (keeping columns), then splits on ';' outside strings. */
    private void parseLine(String raw, int lineNo) {
        char[] c = raw.toCharArray();
        boolean inString = false, inChar = false;
        for (int i = 0; i < c.length; i++) {
            if (inComment) {
                if (c[i] == '*' && i + 1 < c.length && c[i + 1] == '/') {
                    c[i] = ' ';
                    c[i + 1] = ' ';
                    i++;
                    inComment = false;
                } else {
                    c[i] = ' ';
                }
                continue;
            }
            if (inString) {
                if (c[i] == '\\') i++;
                else if (c[i] == '"') inString = false;
                continue;
            }
            if (c[i] == '\'' && !inChar) {
                // character constant: 'c or 'c' ; skip the next (escaped) char
                if (i + 1 < c.length && c[i + 1] == '\\') i += 2;
                else i += 1;
                if (i + 1 < c.length && c[i + 1] == '\'') i++;
                continue;
            }
            if (c[i] == '"') inString = true;
            else if (c[i] == '#') {
                for (int k = i; k < c.length; k++) c[k] = ' ';
                break;
            } else if (c[i] == '/' && i + 1 < c.length && c[i + 1] == '*') {
                c[i] = ' ';
                c[i + 1] = ' ';
                i++;
                inComment = true;
            }
        }
        String line = new String(c);
        int start = 0;
        inString = false;
        for (int i = 0; i <= line.length(); i++) {
            if (i < line.length()) {
                char ch = line.charAt(i);
                if (inString) {
                    if (ch == '\\') i++;
                    else if (ch == '"') inString = false;
                    continue;
                }
                if (ch == '"') { inString = true; continue; }
                if (ch == '\'') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '\\') i += 2;
                    else i++;
                    if (i + 1 < line.length() && line.charAt(i + 1) == '\'') i++;
                    continue;
                }
                if (ch != ';') continue;
            }
            try {
                statement(line, start, i, lineNo);
            } catch (SyntaxError e) {
                errors.add(new AsmError(file, lineNo, e.column, e.getMessage()));
            }
            start = i + 1;
        }
    }

    private void statement(String s, int from, int end, int lineNo) {
        int p = skip(s, from, end);
        while (p < end) {
            // labels: name: or digits:
            int q = p;
            if (Character.isDigit(s.charAt(q))) {
                while (q < end && Character.isDigit(s.charAt(q))) q++;
                if (q < end && s.charAt(q) == ':') {
                    int num = Integer.parseInt(s.substring(p, q));
                    int instance = localCounts.merge(num, 1, Integer::sum) - 1;
                    out.add(new Stmt.LabelDef(lineNo, p + 1, localName(num, instance)));
                    p = skip(s, q + 1, end);
                    continue;
                }
                throw new SyntaxError(p + 1, "junk at start of statement: '" + s.substring(p, end).strip() + "'");
            }
            if (!ExprParser.isSymbolStart(s.charAt(q))) {
                throw new SyntaxError(p + 1, "junk at start of statement: '" + s.substring(p, end).strip() + "'");
            }
            while (q < end && ExprParser.isSymbolPart(s.charAt(q))) q++;
            String word = s.substring(p, q);
            int r = skip(s, q, end);
            if (r < end && s.charAt(r) == ':' && !(r + 1 < end && s.charAt(r + 1) == ':')) {
                out.add(new Stmt.LabelDef(lineNo, p + 1, word));
                p = skip(s, r + 1, end);
                continue;
            }
            if (r < end && s.charAt(r) == '=' && !(r + 1 < end && s.charAt(r + 1) == '=')) {
                ExprParser e = expr(s, r + 1, end);
                Expr v = e.parse();
                if (!e.atEnd()) throw new SyntaxError(e.column(), "junk at end of expression");
                out.add(new Stmt.Assign(lineNo, p + 1, word, v));
                return;
            }
            if (word.startsWith(".")) {
                directive(s, word.toLowerCase(Locale.ROOT), p + 1, q, end, lineNo);
            } else {
                instruction(s, word, p + 1, q, end, lineNo, 0);
            }
            return;
        }
    }

    private static int skip(String s, int p, int end) {
        while (p < end && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) p++;
        return p;
    }

    private ExprParser expr(String s, int from, int end) {
        return new ExprParser(s, from, end, 1, this::localReference);
    }

    private String localReference(int number, boolean forward) {
        int count = localCounts.getOrDefault(number, 0);
        return localName(number, forward ? count : count - 1);
    }

    private void directive(String s, String name, int column, int p, int end, int lineNo) {
        List<Expr> exprs = new ArrayList<>();
        List<byte[]> strings = new ArrayList<>();
        List<String> words = new ArrayList<>();
        p = skip(s, p, end);
        if (name.equals(".set") || name.equals(".equ") || name.equals(".equiv")) {
            int comma = topLevelComma(s, p, end);
            if (comma < 0) throw new SyntaxError(column, "expected 'symbol, expression' after " + name);
            String sym = s.substring(p, comma).strip();
            ExprParser e = expr(s, comma + 1, end);
            Expr v = e.parse();
            if (!e.atEnd()) throw new SyntaxError(e.column(), "junk at end of expression");
            out.add(new Stmt.Assign(lineNo, column, sym, v));
            return;
        }
        if (STRING_DIRECTIVES.contains(name)) {
            int[] next = new int[1];
            while (true) {
                p = skip(s, p, end);
                if (p >= end) break;
                strings.add(StringParser.parse(s, p, end, 1, next));
                p = skip(s, next[0], end);
                if (p < end) {
                    if (s.charAt(p) != ',') throw new SyntaxError(p + 1, "expected ',' between strings");
                    p++;
                }
            }
        } else if (NAME_DIRECTIVES.contains(name)) {
            for (String w : splitTopLevel(s, p, end)) {
                if (!w.isBlank()) words.add(w.strip());
            }
        } else {
            while (p < end) {
                int comma = topLevelComma(s, p, end);
                int stop = comma < 0 ? end : comma;
                if (skip(s, p, stop) == stop) {
                    exprs.add(null);
                } else {
                    ExprParser e = expr(s, p, stop);
                    exprs.add(e.parse());
                    if (!e.atEnd()) throw new SyntaxError(e.column(), "junk '" + s.substring(e.pos, stop).strip()
                            + "' after expression");
                }
                if (comma < 0) break;
                p = comma + 1;
            }
        }
        out.add(new Stmt.Directive(lineNo, column, name, exprs, strings, words));
    }

    private void instruction(String s, String word, int column, int p, int end, int lineNo, int prefixes) {
        String lower = word.toLowerCase(Locale.ROOT);
        Integer prefix = PREFIXES.get(lower);
        if (prefix != null) {
            int q = skip(s, p, end);
            if (q >= end) {
                int b = switch (prefix) {
                    case Prefixes.LOCK -> 0xF0;
                    case Prefixes.REP -> 0xF3;
                    case Prefixes.REPNE -> 0xF2;
                    case Prefixes.DATA16 -> 0x66;
                    default -> 0x67;
                };
                out.add(new Stmt.PrefixOnly(lineNo, column, b));
                return;
            }
            int r = q;
            while (r < end && ExprParser.isSymbolPart(s.charAt(r))) r++;
            if (r == q) throw new SyntaxError(q + 1, "expected an instruction after prefix '" + word + "'");
            instruction(s, s.substring(q, r), q + 1, r, end, lineNo, prefixes | prefix);
            return;
        }
        List<Stmt.Op> ops = new ArrayList<>();
        boolean starred = false;
        p = skip(s, p, end);
        while (p < end) {
            int comma = topLevelComma(s, p, end);
            int stop = comma < 0 ? end : comma;
            int a = skip(s, p, stop);
            if (a >= stop) throw new SyntaxError(a + 1, "missing operand");
            if (s.charAt(a) == '*') {
                starred = true;
                a = skip(s, a + 1, stop);
            }
            ops.add(operand(s, a, trimEnd(s, a, stop)));
            if (comma < 0) break;
            p = comma + 1;
        }
        out.add(new Stmt.Insn(lineNo, column, word, prefixes, ops, starred));
    }

    private static int trimEnd(String s, int from, int end) {
        while (end > from && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) end--;
        return end;
    }

    private Stmt.Op operand(String s, int p, int end) {
        int column = p + 1;
        char c = s.charAt(p);
        if (c == '$') {
            ExprParser e = expr(s, p + 1, end);
            Expr v = e.parse();
            if (!e.atEnd()) throw new SyntaxError(e.column(), "junk '" + s.substring(e.pos, end).strip() + "' after expression");
            return new Stmt.ImmOp(column, v);
        }
        Register segment = null;
        if (c == '%') {
            int[] next = new int[1];
            Register r = register(s, p, end, next);
            int q = skip(s, next[0], end);
            if (q >= end) return new Stmt.RegOp(column, r);
            if (s.charAt(q) != ':' || r.kind != Register.Kind.SEGMENT) {
                throw new SyntaxError(q + 1, "junk '" + s.substring(q, end) + "' after register");
            }
            segment = r;
            p = skip(s, q + 1, end);
        }
        // disp(base,index,scale): the last parenthesised group is the address part when it starts with % or ,
        Expr disp = null;
        Register base = null, index = null;
        int scale = 1;
        int open = -1;
        if (end > p && s.charAt(end - 1) == ')') {
            int depth = 0;
            for (int i = end - 1; i >= p; i--) {
                if (s.charAt(i) == ')') depth++;
                else if (s.charAt(i) == '(' && --depth == 0) { open = i; break; }
            }
            if (open >= 0) {
                int inner = skip(s, open + 1, end - 1);
                if (inner >= end - 1 || (s.charAt(inner) != '%' && s.charAt(inner) != ',')) open = -1;
            }
        }
        int dispEnd = open >= 0 ? open : end;
        if (skip(s, p, dispEnd) < dispEnd) {
            ExprParser e = expr(s, p, dispEnd);
            disp = e.parse();
            if (!e.atEnd()) throw new SyntaxError(e.column(), "junk '" + s.substring(e.pos, dispEnd).strip() + "' in operand");
        }
        if (open >= 0) {
            String[] parts = s.substring(open + 1, end - 1).split(",", -1);
            if (parts.length > 3) throw new SyntaxError(open + 1, "too many parts in memory operand");
            int col = open + 2;
            int[] next = new int[1];
            if (!parts[0].isBlank()) {
                String t = parts[0].strip();
                base = register(t, 0, t.length(), next);
                if (next[0] != t.length()) throw new SyntaxError(col, "bad base register '" + t + "'");
            }
            col += parts[0].length() + 1;
            if (parts.length > 1 && !parts[1].isBlank()) {
                String t = parts[1].strip();
                index = register(t, 0, t.length(), next);
                if (next[0] != t.length()) throw new SyntaxError(col, "bad index register '" + t + "'");
            }
            if (parts.length > 2) {
                col += parts[1].length() + 1;
                String t = parts[2].strip();
                if (!t.isEmpty()) {
                    ExprParser e = expr(t, 0, t.length());
                    Expr v = e.parse();
                    Long k = v.constant();
                    if (k == null || !(k == 1 || k == 2 || k == 4 || k == 8)) {
                        throw new SyntaxError(col, "scale factor of '" + t + "' must be 1, 2, 4 or 8");
                    }
                    scale = k.intValue();
                }
            }
        }
        return new Stmt.MemOp(column, segment, disp, base, index, scale);
    }

    private static Register register(String s, int p, int end, int[] next) {
        if (p >= end || s.charAt(p) != '%') throw new SyntaxError(p + 1, "expected a register");
        int q = p + 1;
        while (q < end && Character.isLetterOrDigit(s.charAt(q))) q++;
        String name = s.substring(p + 1, q).toLowerCase(Locale.ROOT);
        if (name.equals("st") && q < end && s.charAt(q) == '(') {
            int close = s.indexOf(')', q);
            if (close < 0 || close >= end) throw new SyntaxError(q + 1, "bad x87 register");
            name = "st(" + s.substring(q + 1, close).strip() + ")";
            q = close + 1;
        }
        Register r = Register.byName(name);
        if (r == null) throw new SyntaxError(p + 1, "bad register name '%" + name + "'");
        next[0] = q;
        return r;
    }

    /** Index of the first comma at parenthesis depth 0 outside strings, or -1. */
    private static int topLevelComma(String s, int p, int end) {
        int depth = 0;
        boolean inString = false;
        for (int i = p; i < end; i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '\'' -> {
                    if (i + 1 < end && s.charAt(i + 1) == '\\') i += 2;
                    else i++;
                    if (i + 1 < end && s.charAt(i + 1) == '\'') i++;
                }
                case '(' -> depth++;
                case ')' -> depth--;
                case ',' -> { if (depth == 0) return i; }
                default -> { }
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String s, int p, int end) {
        List<String> parts = new ArrayList<>();
        while (true) {
            int comma = topLevelComma(s, p, end);
            parts.add(s.substring(p, comma < 0 ? end : comma));
            if (comma < 0) return parts;
            p = comma + 1;
        }
    }
}
