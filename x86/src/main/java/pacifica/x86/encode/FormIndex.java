package pacifica.x86.encode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;
import pacifica.x86.isa.OperandKind;
import pacifica.x86.isa.OperandSize;
import pacifica.x86.isa.OperandSpec;

/**
 * The instruction table's forms indexed by the names an assembler accepts, built once at start-up:
 * the table mnemonic in lower case, its AT&amp;T name ({@code att=}), and the GNU synonyms of
 * condition codes ({@code jz} for {@code je}, {@code cmovnae} for {@code cmovb} ...).
 *
 * <p>AT&amp;T names come first: {@code fsub} is the AT&amp;T name of DC E0+i (whose table
 * mnemonic is FSUBR, the AT&amp;T operand-order quirk). A table mnemonic that is no AT&amp;T name
 * ({@code sal}, {@code movzx}, {@code fadd} with a memory operand) is looked up through the AT&amp;T
 * names of its forms.
 *
 * <p>Within a name, forms are ordered by (map, opcode, ModRM.reg): the encoder takes the first of
 * several equally short encodings, which reproduces GNU as's choices (the store form 89 for
 * {@code mov %rbx,%rax}, /4 for {@code sal}, F6 /0 for {@code test}).
 */
public final class FormIndex {
    /** GNU's condition-code synonyms: canonical table suffix -> other spellings. */
    private static final Map<String, List<String>> CC_SYNONYMS = Map.ofEntries(
            Map.entry("b", List.of("c", "nae")), Map.entry("ae", List.of("nb", "nc")),
            Map.entry("e", List.of("z")), Map.entry("ne", List.of("nz")),
            Map.entry("be", List.of("na")), Map.entry("a", List.of("nbe")),
            Map.entry("p", List.of("pe")), Map.entry("np", List.of("po")),
            Map.entry("l", List.of("nge")), Map.entry("ge", List.of("nl")),
            Map.entry("le", List.of("ng")), Map.entry("g", List.of("nle")));
    private static final List<String> CC_PREFIXES = List.of("j", "set", "cmov", "loop");
    private static final Comparator<InstructionForm> ORDER = Comparator.<InstructionForm>comparingInt(f -> f.space)
            .thenComparingInt(f -> f.map).thenComparingInt(f -> f.opcode)
            .thenComparingInt(f -> f.modrmReg).thenComparingInt(f -> f.id);

    private static final FormIndex INSTANCE = new FormIndex(InstructionTable.get());

    /** By AT&T name: the att= attribute, else the table mnemonic in lower case. */
    private final Map<String, List<InstructionForm>> byName = new HashMap<>();
    /** By table (Intel) mnemonic, the fallback for names that are not AT&T names. */
    private final Map<String, List<InstructionForm>> byIntelName = new HashMap<>();

    FormIndex(InstructionTable table) {
        Map<String, List<InstructionForm>> primary = new HashMap<>();
        Map<String, List<InstructionForm>> intelNames = new HashMap<>();
        for (InstructionForm f : table.forms()) {
            // "hint" forms (0F 18-1E NOP Ev) only exist for decoding; assemblers use 0F 1F.
            if (f.has("hint")) continue;
            // "ud" forms decode (as objdump does) but raise #UD: an assembler never produces them.
            if (f.has("ud") || f.undocumented) continue;
            if (isAlias(f, table)) continue;
            String intel = f.mnemonic.toLowerCase(Locale.ROOT);
            String att = f.attribute("att");
            add(primary, att != null ? att : intel, f);
            add(intelNames, intel, f);
            // AT&T names objdump uses only in some modes (movabs for 64-bit immediates and
            // offsets), and the waiting forms (fstsw = 9B + fnstsw).
            for (String key : List.of("att64", "atta64", "wait")) {
                if (f.attribute(key) != null) add(primary, f.attribute(key), f);
            }
        }
        for (var e : primary.entrySet()) byName.put(e.getKey(), sorted(e.getValue()));
        // Intel names: the forms of every AT&T name the Intel name's forms carry, so "sal" finds
        // the "shl" forms (GNU encodes sal as /4), "movzx" the "movz" ones.
        for (var e : intelNames.entrySet()) {
            List<InstructionForm> all = new ArrayList<>();
            for (InstructionForm f : e.getValue()) {
                String att = f.attribute("att") != null ? f.attribute("att") : e.getKey();
                for (InstructionForm g : primary.get(att)) if (!all.contains(g)) all.add(g);
            }
            byIntelName.put(e.getKey(), sorted(all));
        }
        // GNU's movsx also covers 63 /r (movsxd) with an l suffix or a 32-bit source.
        if (byIntelName.containsKey("movsx") && byIntelName.containsKey("movsxd")) {
            List<InstructionForm> sx = new ArrayList<>(byIntelName.get("movsx"));
            for (InstructionForm f : byIntelName.get("movsxd")) if (!sx.contains(f)) sx.add(f);
            byIntelName.put("movsx", sorted(sx));
        }
        for (Map<String, List<InstructionForm>> map : List.of(byName, byIntelName)) {
            for (String name : List.copyOf(map.keySet())) {
                for (String prefix : CC_PREFIXES) {
                    if (!name.startsWith(prefix)) continue;
                    List<String> syn = CC_SYNONYMS.get(name.substring(prefix.length()));
                    if (syn == null) continue;
                    for (String s : syn) map.putIfAbsent(prefix + s, map.get(name));
                }
            }
        }
    }

    /**
     * A "/r" form whose operands leave ModRM.reg free next to a /0 form of the same opcode is a
     * decoder alias (0F 0D /2-/7 are PREFETCH): assemblers write the /0 form.
     */
    private static boolean isAlias(InstructionForm f, InstructionTable table) {
        if (!f.hasModrm || f.modrmReg >= 0) return false;
        for (pacifica.x86.isa.OperandSpec o : f.operands) if (o.usesModrmReg()) return false;
        for (InstructionForm g : table.forms()) {
            if (g != f && g.space == f.space && g.map == f.map && g.opcode == f.opcode
                    && g.mandatoryPrefix == f.mandatoryPrefix && g.modrmReg == 0) return true;
        }
        return false;
    }

    private static List<InstructionForm> sorted(List<InstructionForm> l) {
        List<InstructionForm> c = new ArrayList<>(l);
        c.sort(ORDER);
        return List.copyOf(c);
    }

    private static void add(Map<String, List<InstructionForm>> map, String name, InstructionForm f) {
        List<InstructionForm> l = map.computeIfAbsent(name, k -> new ArrayList<>());
        if (!l.contains(f)) l.add(f);
    }

    public static FormIndex get() {
        return INSTANCE;
    }

    /** Forms whose AT&T name is {@code name} (lower case), or null. */
    public List<InstructionForm> forms(String name) {
        return byName.get(name);
    }

    /** Forms reached through a table (Intel) mnemonic, or null. */
    public List<InstructionForm> intelForms(String name) {
        return byIntelName.get(name);
    }

    public boolean contains(String name) {
        return byName.containsKey(name) || byIntelName.containsKey(name);
    }

    /** Every name: AT&T names, Intel names and synonyms. */
    public Set<String> names() {
        Set<String> all = new java.util.TreeSet<>(byName.keySet());
        all.addAll(byIntelName.keySet());
        return all;
    }
}
