package pacifica.x86.asm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import pacifica.x86.Register;
import pacifica.x86.encode.EncodeException;
import pacifica.x86.encode.Encoder;
import pacifica.x86.encode.Encoding;
import pacifica.x86.encode.Imm;
import pacifica.x86.encode.Mem;
import pacifica.x86.encode.Operand;

/**
 * The GNU as (AT&amp;T syntax) text assembler. It parses the source once, then assembles it in
 * passes until every label address and every branch size is stable: branches start short and
 * grow to near forms when their target is out of range (as GNU as relaxes them), never shrink.
 *
 * <p>Sections are laid out .text (and other code sections) first, then data sections, then .bss;
 * with {@link Layout#ELF} the data group starts on the next 4 KiB page.
 */
public final class TextAssembler {
    /** How sections are placed in memory. */
    public enum Layout { FLAT, ELF }

    private static final int MAX_PASSES = 100;
    private static final long PAGE = 0x1000;

    private final String file;
    private final int initialMode;
    private final long base;
    private final Layout layout;
    private final Encoder encoder = new Encoder();
    private final Encoding enc = new Encoding();

    private List<Stmt> statements;
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, Sym> symbols = new HashMap<>();
    private final Expr.Value value = new Expr.Value();
    private final List<AsmError> errors = new ArrayList<>();
    private final Map<String, int[]> undefinedRefs = new LinkedHashMap<>();
    private int pass;
    private int mode;
    private Section current;
    private Section previous;
    private long dot;
    private boolean[] near;
    private int currentLine;

    /** A symbol: a label (section + offset) or an assigned value. */
    private static final class Sym {
        final String name;
        Section section;
        long offset;
        long value;
        boolean symbolic;
        int definedPass;
        long lastAddress = Long.MIN_VALUE;
        boolean global;
        boolean label;

        Sym(String name) {
            this.name = name;
        }

        long address() {
            return section != null ? section.base + offset : value;
        }
    }

    public TextAssembler(String file, int mode, long base, Layout layout) {
        if (mode != 16 && mode != 32 && mode != 64) throw new IllegalArgumentException("mode must be 16, 32 or 64");
        this.file = file;
        this.initialMode = mode;
        this.base = base;
        this.layout = layout;
    }

    /** Assembles; throws {@link AsmException} with every error found. */
    public static AsmResult assemble(String file, String source, int mode, long base, Layout layout) {
        return new TextAssembler(file, mode, base, layout).assemble(source);
    }

    public AsmResult assemble(String source) {
        AttParser parser = new AttParser(file);
        parser.parse(source);
        statements = parser.statements();
        List<AsmError> parseErrors = parser.errors();
        near = new boolean[statements.size()];
        section(".text");
        section(".data");
        section(".bss");
        boolean stable = false;
        for (pass = 1; pass <= MAX_PASSES && !stable; pass++) {
            runPass();
            stable = layoutAndCompare() && pass > 1;
        }
        if (!stable) errors.add(new AsmError(file, 1, 1, "branch relaxation did not converge"));
        List<AsmError> all = new ArrayList<>(parseErrors);
        all.addAll(errors);
        if (!all.isEmpty()) {
            all.sort(Comparator.comparingInt(AsmError::line).thenComparingInt(AsmError::column));
            throw new AsmException(all);
        }
        return result();
    }

    // ------------------------------------------------------------------ passes

    private void runPass() {
        errors.clear();
        undefinedRefs.clear();
        for (Section s : sections.values()) s.reset();
        mode = initialMode;
        current = sections.get(".text");
        previous = current;
        for (int i = 0; i < statements.size(); i++) {
            Stmt st = statements.get(i);
            currentLine = st.line();
            dot = current.base + current.size;
            try {
                switch (st) {
                    case Stmt.LabelDef l -> defineLabel(l);
                    case Stmt.Assign a -> assign(a);
                    case Stmt.Directive d -> directive(d);
                    case Stmt.Insn in -> instruction(in, i);
                    case Stmt.PrefixOnly p -> current.put((byte) p.prefixByte());
                }
            } catch (SyntaxError e) {
                error(st.line(), e.column, e.getMessage());
            } catch (EncodeException e) {
                error(st.line(), st.column(), e.getMessage());
            }
        }
        for (Map.Entry<String, int[]> u : undefinedRefs.entrySet()) {
            Sym s = symbols.get(u.getKey());
            if (s == null || s.definedPass != pass) {
                String shown = AttParser.isLocalInternal(u.getKey()) ? localDisplay(u.getKey()) : u.getKey();
                error(u.getValue()[0], u.getValue()[1], "undefined symbol '" + shown + "'");
            }
        }
    }

    private static String localDisplay(String internal) {
        return internal.substring(2, internal.indexOf('\u0002')) + " (local label)";
    }

    private void error(int line, int column, String message) {
        errors.add(new AsmError(file, line, column, message));
    }

    /** Lays sections out from this pass's sizes; true when no label moved and no section base changed. */
    private boolean layoutAndCompare() {
        boolean same = true;
        long addr = base;
        List<Section> order = layoutOrder();
        boolean dataGroup = false;
        for (Section s : order) {
            if (!s.alloc) continue;
            if (!s.exec && !dataGroup) {
                dataGroup = true;
                if (layout == Layout.ELF) addr = alignUp(addr, PAGE);
            }
            addr = alignUp(addr, s.align);
            if (s.base != addr) same = false;
            s.base = addr;
            addr += s.size;
        }
        for (Sym sym : symbols.values()) {
            if (sym.section == null) continue;
            long a = sym.address();
            if (a != sym.lastAddress) same = false;
            sym.lastAddress = a;
        }
        return same;
    }

    private List<Section> layoutOrder() {
        List<Section> code = new ArrayList<>(), data = new ArrayList<>(), bss = new ArrayList<>();
        for (Section s : sections.values()) (s.nobits ? bss : s.exec ? code : data).add(s);
        List<Section> all = new ArrayList<>(code);
        all.addAll(data);
        all.addAll(bss);
        return all;
    }

    private static long alignUp(long v, long a) {
        return a <= 1 ? v : (v + a - 1) / a * a;
    }

    // ------------------------------------------------------------------ symbols

    private final Expr.Scope scope = new Expr.Scope() {
        @Override
        public long symbol(String name, int column, Expr.Value out) {
            Sym s = symbols.get(name);
            if (s == null || s.definedPass == 0) {
                undefinedRefs.putIfAbsent(name, new int[] {currentLine, column});
                out.symbolic = true;
                return dot; // unknown yet: a forward branch starts short, like GNU as's first guess
            }
            if (s.definedPass != pass) undefinedRefs.putIfAbsent(name, new int[] {currentLine, column});
            if (s.label || s.symbolic) out.symbolic = true;
            return s.address();
        }

        @Override
        public long dot() {
            return dot;
        }
    };

    private Sym sym(String name) {
        return symbols.computeIfAbsent(name, Sym::new);
    }

    private void defineLabel(Stmt.LabelDef l) {
        Sym s = sym(l.name());
        if (s.definedPass == pass && !AttParser.isLocalInternal(l.name())) {
            throw new SyntaxError(l.column(), "symbol '" + l.name() + "' is already defined");
        }
        s.section = current;
        s.offset = current.size;
        s.label = true;
        s.definedPass = pass;
    }

    private void assign(Stmt.Assign a) {
        value.reset();
        long v = a.value().eval(scope, value);
        Sym s = sym(a.name());
        if (s.label && s.definedPass == pass) throw new SyntaxError(a.column(), "symbol '" + a.name() + "' is already defined");
        s.label = false;
        s.section = null;
        s.value = v;
        s.symbolic = value.symbolic;
        s.definedPass = pass;
    }

    private long eval(Expr e) {
        value.reset();
        return e.eval(scope, value);
    }

    // ------------------------------------------------------------------ instructions

    private void instruction(Stmt.Insn in, int index) {
        List<Stmt.Op> src = in.operands();
        int n = src.size();
        Operand[] ops = new Operand[n];
        boolean allImmediate = n > 1;
        for (Stmt.Op o : src) if (!(o instanceof Stmt.ImmOp)) allImmediate = false;
        // AT&T lists operands source first; the encoder takes Intel order. GNU keeps the written
        // order for instructions with two immediates (enter, ljmp $seg,$off) and for bound.
        boolean keep = allImmediate || in.mnemonic().toLowerCase(Locale.ROOT).startsWith("bound");
        for (int k = 0; k < n; k++) ops[keep ? k : n - 1 - k] = operand(src.get(k));
        encoder.encodeAtt(mode, in.mnemonic(), ops, in.prefixes(), in.starred(), near[index], dot, enc);
        if (enc.grewToNear) near[index] = true;
        if (current.nobits) throw new SyntaxError(in.column(), "instruction in section '" + current.name + "'");
        current.put(enc.bytes, 0, enc.length);
    }

    private Operand operand(Stmt.Op op) {
        switch (op) {
            case Stmt.RegOp r -> {
                return r.register();
            }
            case Stmt.ImmOp i -> {
                value.reset();
                long v = i.value().eval(scope, value);
                return new Imm(v, null, value.symbolic);
            }
            case Stmt.MemOp m -> {
                value.reset();
                long v = m.disp() == null ? 0 : m.disp().eval(scope, value);
                Register b = m.base();
                return new Mem(m.segment(), b, m.index(), m.scale(), v, null, value.symbolic, 0);
            }
        }
    }

    // ------------------------------------------------------------------ directives

    private Section section(String name) {
        return sections.computeIfAbsent(name, n -> {
            Section s = new Section(n, sections.size());
            switch (n) {
                case ".text" -> s.exec = true;
                case ".data" -> s.write = true;
                case ".bss" -> { s.write = true; s.nobits = true; }
                default -> {
                    if (n.startsWith(".text")) s.exec = true;
                    else if (n.startsWith(".bss")) { s.write = true; s.nobits = true; }
                    else if (!n.startsWith(".rodata")) s.write = true;
                }
            }
            return s;
        });
    }

    private void switchTo(Section s) {
        if (s != current) {
            previous = current;
            current = s;
        }
    }

    private void directive(Stmt.Directive d) {
        List<Expr> x = d.exprs();
        switch (d.name()) {
            case ".byte" -> data(d, 1);
            case ".word", ".short", ".hword", ".value", ".2byte" -> data(d, 2);
            case ".long", ".int", ".4byte" -> data(d, 4);
            case ".quad", ".8byte" -> data(d, 8);
            case ".ascii", ".asciz", ".string" -> {
                for (byte[] b : d.strings()) {
                    nonZeroCheck(d, b.length > 0);
                    current.put(b, 0, b.length);
                    if (!d.name().equals(".ascii")) current.put((byte) 0);
                }
            }
            case ".zero" -> {
                long n = count(d, arg(d, 0, true));
                current.fill((int) n, (byte) 0);
            }
            case ".skip", ".space" -> {
                long n = count(d, arg(d, 0, true));
                long fill = x.size() > 1 && x.get(1) != null ? eval(x.get(1)) : 0;
                nonZeroCheck(d, fill != 0);
                current.fill((int) n, (byte) fill);
            }
            case ".fill" -> {
                long repeat = count(d, arg(d, 0, true));
                long size = x.size() > 1 && x.get(1) != null ? eval(x.get(1)) : 1;
                long v = x.size() > 2 && x.get(2) != null ? eval(x.get(2)) : 0;
                if (size < 0) throw new SyntaxError(d.column(), ".fill size must not be negative");
                size = Math.min(size, 8);
                nonZeroCheck(d, v != 0);
                for (long i = 0; i < repeat; i++) current.putLittle(v & 0xFFFFFFFFL, (int) size);
            }
            case ".align", ".balign" -> align(d, arg(d, 0, true), false);
            case ".p2align" -> align(d, arg(d, 0, true), true);
            case ".org" -> {
                value.reset();
                long target = eval(arg(d, 0, true));
                if (value.symbolic) target -= current.base;
                long fill = x.size() > 1 && x.get(1) != null ? eval(x.get(1)) : 0;
                if (target < current.size) throw new SyntaxError(d.column(), "attempt to move .org backwards");
                current.fill((int) (target - current.size), (byte) fill);
            }
            case ".text" -> switchTo(section(".text"));
            case ".data" -> switchTo(section(".data"));
            case ".bss" -> switchTo(section(".bss"));
            case ".section" -> sectionDirective(d);
            case ".previous" -> switchTo(previous);
            case ".code16" -> mode = 16;
            case ".code32" -> mode = 32;
            case ".code64" -> mode = 64;
            case ".globl", ".global", ".weak" -> {
                for (String w : d.words()) sym(w).global = true;
            }
            case ".local" -> {
                for (String w : d.words()) sym(w).global = false;
            }
            case ".type", ".size", ".file", ".ident", ".hidden" -> { }
            case ".att_syntax" -> {
                if (d.words().contains("noprefix")) {
                    throw new SyntaxError(d.column(), ".att_syntax noprefix is not supported (registers need '%')");
                }
            }
            case ".intel_syntax" -> throw new SyntaxError(d.column(),
                    "Intel syntax is not supported: this assembler reads AT&T syntax only");
            default -> {
                if (d.name().startsWith(".cfi_")) return; // call-frame info: no .eh_frame is produced
                throw new SyntaxError(d.column(), "unknown directive '" + d.name() + "'");
            }
        }
    }

    private Expr arg(Stmt.Directive d, int i, boolean required) {
        if (i < d.exprs().size() && d.exprs().get(i) != null) return d.exprs().get(i);
        if (required) throw new SyntaxError(d.column(), d.name() + " needs an argument");
        return null;
    }

    private long count(Stmt.Directive d, Expr e) {
        long n = eval(e);
        if (n < 0 || n > 1 << 28) throw new SyntaxError(d.column(), d.name() + " count " + n + " out of range");
        return n;
    }

    private void nonZeroCheck(Stmt.Directive d, boolean nonZero) {
        if (current.nobits && nonZero) {
            throw new SyntaxError(d.column(), "attempt to store non-zero value in section '" + current.name + "'");
        }
    }

    private void data(Stmt.Directive d, int size) {
        for (Expr e : d.exprs()) {
            if (e == null) throw new SyntaxError(d.column(), "missing value in " + d.name());
            long v = eval(e);
            nonZeroCheck(d, v != 0);
            current.putLittle(v, size);
        }
    }

    private void align(Stmt.Directive d, Expr amount, boolean power) {
        long a = eval(amount);
        if (power) {
            if (a < 0 || a > 30) throw new SyntaxError(d.column(), "alignment too large: " + a);
            a = 1L << a;
        } else if (a <= 0 || (a & (a - 1)) != 0) {
            throw new SyntaxError(d.column(), "alignment not a power of 2: " + a);
        }
        List<Expr> x = d.exprs();
        Expr fillExpr = x.size() > 1 ? x.get(1) : null;
        Expr maxExpr = x.size() > 2 ? x.get(2) : null;
        long pad = (a - (current.base + current.size) % a) % a;
        if (maxExpr != null && pad > eval(maxExpr)) return;
        current.align = Math.max(current.align, a);
        if (fillExpr == null && current.exec) {
            NopFill.fill(current, (int) pad, mode);
        } else {
            long fill = fillExpr == null ? 0 : eval(fillExpr);
            nonZeroCheck(d, fill != 0 && pad > 0);
            current.fill((int) pad, (byte) fill);
        }
    }

    private void sectionDirective(Stmt.Directive d) {
        if (d.words().isEmpty()) throw new SyntaxError(d.column(), ".section needs a name");
        String name = d.words().get(0);
        Section s = section(name);
        if (d.words().size() > 1) {
            String flags = d.words().get(1).replace("\"", "");
            s.alloc = flags.contains("a");
            s.exec = flags.contains("x");
            s.write = flags.contains("w");
            for (String w : d.words()) if (w.equals("@nobits") || w.equals("%nobits")) s.nobits = true;
        }
        switchTo(s);
    }

    // ------------------------------------------------------------------ result

    private AsmResult result() {
        List<AsmResult.OutSection> out = new ArrayList<>();
        for (Section s : layoutOrder()) {
            if (!s.alloc) continue;
            if (s.size == 0 && !s.name.equals(".text")) continue;
            out.add(new AsmResult.OutSection(s.name, s.base, s.bytes(), s.align, s.exec, s.write, s.nobits));
        }
        List<AsmResult.OutSymbol> syms = new ArrayList<>();
        for (Sym s : symbols.values()) {
            if (!s.label || s.definedPass == 0 || AttParser.isLocalInternal(s.name) || s.name.startsWith(".L")) continue;
            if (!s.section.alloc) continue;
            syms.add(new AsmResult.OutSymbol(s.name, s.address(), s.global, s.section.name));
        }
        syms.sort(Comparator.comparingLong(AsmResult.OutSymbol::address).thenComparing(AsmResult.OutSymbol::name));
        Sym start = symbols.get("_start");
        long entry = start != null && start.label && start.definedPass > 0 ? start.address() : sections.get(".text").base;
        return new AsmResult(out, syms, entry);
    }
}
