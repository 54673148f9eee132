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
 * <p>A form's table mnemonic and its {@code att=} name are one instruction: asking for either
 * yields the forms of both (so {@code sal} competes with {@code shl}'s /4 encoding, which GNU as
 * picks, and {@code movsx} finds the {@code movs} forms).
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
    private static final FormIndex INSTANCE = new FormIndex(InstructionTable.get());

    private final Map<String, List<InstructionForm>> byName = new HashMap<>();

    FormIndex(InstructionTable table) {
        Map<String, Set<String>> group = new HashMap<>(); // name -> names sharing its forms
        Map<String, List<InstructionForm>> direct = new HashMap<>();
        Map<String, List<InstructionForm>> intelAliases = new HashMap<>();
        for (InstructionForm f : table.forms()) {
            // "hint" forms (0F 18-1E NOP Ev) only exist for decoding; assemblers use 0F 1F.
            if (f.has("hint")) continue;
            // "ud" forms decode (as objdump does) but raise #UD: an assembler never produces them.
            if (f.has("ud")) continue;
            String intel = f.mnemonic.toLowerCase(Locale.ROOT);
            String att = f.attribute("att");
            direct.computeIfAbsent(intel, k -> new ArrayList<>()).add(f);
            // AT&T names objdump uses only in some modes (movabs for 64-bit immediates and
            // offsets): the form is also found under that name, without merging the two names.
            for (String key : List.of("att64", "atta64")) {
                String conditional = f.attribute(key);
                if (conditional != null) {
                    List<InstructionForm> l = intelAliases.computeIfAbsent(conditional, k -> new ArrayList<>());
                    if (!l.contains(f)) l.add(f);
                }
            }
            if (att != null && !att.equals(intel)) {
                direct.computeIfAbsent(att, k -> new ArrayList<>()).add(f);
                group.computeIfAbsent(intel, k -> new LinkedHashSet<>()).add(att);
                group.computeIfAbsent(att, k -> new LinkedHashSet<>()).add(intel);
            }
        }
        Comparator<InstructionForm> order = Comparator.<InstructionForm>comparingInt(f -> f.space)
                .thenComparingInt(f -> f.map).thenComparingInt(f -> f.opcode)
                .thenComparingInt(f -> f.modrmReg).thenComparingInt(f -> f.id);
        for (String name : direct.keySet()) {
            Set<InstructionForm> all = new LinkedHashSet<>(direct.get(name));
            for (String other : group.getOrDefault(name, Set.of())) all.addAll(direct.get(other));
            List<InstructionForm> list = new ArrayList<>(all);
            list.sort(order);
            byName.put(name, List.copyOf(list));
        }
        for (Map.Entry<String, List<InstructionForm>> e : intelAliases.entrySet()) {
            List<InstructionForm> list = new ArrayList<>(byName.getOrDefault(e.getKey(), List.of()));
            for (InstructionForm f : e.getValue()) if (!list.contains(f)) list.add(f);
            list.sort(order);
            byName.put(e.getKey(), List.copyOf(list));
        }
        for (String name : List.copyOf(byName.keySet())) {
            for (String prefix : CC_PREFIXES) {
                if (!name.startsWith(prefix)) continue;
                List<String> syn = CC_SYNONYMS.get(name.substring(prefix.length()));
                if (syn == null) continue;
                for (String s : syn) byName.putIfAbsent(prefix + s, byName.get(name));
            }
        }
        // GNU's movsx also covers 63 /r (movsxd) with an l suffix or a 32-bit source.
        if (byName.containsKey("movsx") && byName.containsKey("movsxd")) {
            List<InstructionForm> sx = new ArrayList<>(byName.get("movsx"));
            for (InstructionForm f : byName.get("movsxd")) if (!sx.contains(f)) sx.add(f);
            sx.sort(order);
            byName.put("movsx", List.copyOf(sx));
        }
    }

    public static FormIndex get() {
        return INSTANCE;
    }

    /** Forms for a lower-case name, or null when the table has none. */
    public List<InstructionForm> forms(String name) {
        return byName.get(name);
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public Set<String> names() {
        return byName.keySet();
    }
}
