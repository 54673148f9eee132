package pacifica.x86.asm.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import pacifica.x86.encode.FormIndex;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSpec;

/**
 * Writes {@code pacifica/x86/asm/AssemblerMethods.java}: one method per mnemonic the instruction
 * table defines (table names, AT&amp;T names, condition-code synonyms) and per operand count, each
 * delegating to {@code emit(String, Operand...)}; immediate operands get an extra {@code long}
 * overload. Run after changing the table (a unit test fails while the file is out of date):
 *
 * <pre>
 * . tools/jdk25.sh &amp;&amp; ./mvnw -q -B -o -pl x86 compile &amp;&amp; "$JAVA_HOME/bin/java" -cp x86/target/classes \
 *     pacifica.x86.asm.gen.GenerateAssemblerMethods x86/src/main/java/pacifica/x86/asm/AssemblerMethods.java
 * </pre>
 */
public final class GenerateAssemblerMethods {
    public static final String COMMAND = ". tools/jdk25.sh && ./mvnw -q -B -o -pl x86 compile && "
            + "\"$JAVA_HOME/bin/java\" -cp x86/target/classes pacifica.x86.asm.gen.GenerateAssemblerMethods "
            + "x86/src/main/java/pacifica/x86/asm/AssemblerMethods.java";

    /** Java keywords and Object's final methods: such mnemonics get a trailing underscore. */
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "wait", "notify",
            "notifyAll", "getClass", "hashCode", "equals", "toString", "clone", "finalize", "emit");

    private GenerateAssemblerMethods() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateAssemblerMethods OUTPUT.java");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.writeString(out, generate(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** The complete source text of AssemblerMethods.java for the current table. */
    public static String generate() {
        FormIndex index = FormIndex.get();
        TreeMap<String, TreeSet<String>> signatures = new TreeMap<>();
        for (String name : new TreeSet<>(index.names())) {
            if (!name.matches("[a-z][a-z0-9]*")) continue;
            TreeSet<String> sigs = signatures.computeIfAbsent(name, k -> new TreeSet<>());
            List<InstructionForm> forms = new ArrayList<>();
            if (index.forms(name) != null) forms.addAll(index.forms(name));
            if (index.intelForms(name) != null) forms.addAll(index.intelForms(name));
            for (InstructionForm f : forms) {
                for (List<OperandSpec> ops : writtenOperandLists(f)) {
                    StringBuilder plain = new StringBuilder(), withLong = new StringBuilder();
                    for (int i = 0; i < ops.size(); i++) {
                        plain.append(i > 0 ? "," : "").append('O');
                        withLong.append(i > 0 ? "," : "").append(ops.get(i).kind() == OperandKind.I ? 'L' : 'O');
                    }
                    sigs.add(plain.toString());
                    sigs.add(withLong.toString());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("// Generated from the instruction table by pacifica.x86.asm.gen.GenerateAssemblerMethods -- do not edit.\n");
        sb.append("// Regenerate after changing the table:\n// ").append(COMMAND).append('\n');
        sb.append("package pacifica.x86.asm;\n\n");
        sb.append("import pacifica.x86.encode.Operand;\n\n");
        sb.append("/**\n * One method per mnemonic and operand count of the instruction table (Intel operand order,\n");
        sb.append(" * destination first), each delegating to {@link #emit(String, Operand...)}. Mnemonics that are\n");
        sb.append(" * Java keywords or Object methods end in an underscore ({@code int_}).\n */\n");
        sb.append("public abstract class AssemblerMethods {\n\n");
        sb.append("    /** Adds one instruction; operands in Intel order. */\n");
        sb.append("    public abstract void emit(String mnemonic, Operand... operands);\n");
        for (var e : signatures.entrySet()) {
            String name = e.getKey();
            String method = RESERVED.contains(name) ? name + "_" : name;
            for (String sig : e.getValue()) {
                sb.append('\n').append("    public final void ").append(method).append('(');
                String[] kinds = sig.isEmpty() ? new String[0] : sig.split(",");
                List<String> args = new ArrayList<>();
                for (int i = 0; i < kinds.length; i++) {
                    String p = "o" + (i + 1);
                    sb.append(i > 0 ? ", " : "").append(kinds[i].equals("L") ? "long " : "Operand ").append(p);
                    args.add(kinds[i].equals("L") ? "Operand.imm(" + p + ")" : p);
                }
                sb.append(") {\n        emit(\"").append(name).append('"');
                for (String a : args) sb.append(", ").append(a);
                sb.append(");\n    }\n");
            }
        }
        sb.append("}\n");
        return sb.toString();
    }

    /** The operand lists a program may write for a form: all of them, and without an implicit shift count 1. */
    private static List<List<OperandSpec>> writtenOperandLists(InstructionForm f) {
        List<List<OperandSpec>> out = new ArrayList<>();
        List<OperandSpec> all = List.of(f.operands);
        out.add(all);
        List<OperandSpec> noOne = new ArrayList<>();
        for (OperandSpec o : f.operands) if (o.kind() != OperandKind.ONE) noOne.add(o);
        if (noOne.size() != all.size()) out.add(noOne);
        boolean implicit = !all.isEmpty();
        for (OperandSpec o : f.operands) {
            if (o.kind() != OperandKind.X && o.kind() != OperandKind.Y && o.kind() != OperandKind.FIXED_GPR) implicit = false;
        }
        if (implicit) out.add(List.of());
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
