package pacifica.x86.isa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The instruction table: every instruction form Pacifica knows, read from the text resources in
 * {@code pacifica/x86/isa/} (one file per instruction family; together they are one table).
 * Decoder, formatters, encoder, assembler and the CPU's dispatch are all built from it.
 *
 * <p>The line format is documented at the top of {@code general.isa}.
 */
public final class InstructionTable {
    /** The table's files, in load order. */
    public static final List<String> FILES = List.of(
            "general.isa", "system.isa", "x87.isa", "simd.isa", "vex.isa");

    private static final InstructionTable INSTANCE = load();

    private final List<InstructionForm> forms;
    /** Candidates per (space, map, opcode): index {@code (space * 4 + map) * 256 + opcode}. */
    private final InstructionForm[][] slots = new InstructionForm[3 * 4 * 256][];

    private InstructionTable(List<InstructionForm> forms) {
        this.forms = List.copyOf(forms);
        @SuppressWarnings("unchecked")
        List<InstructionForm>[] lists = new List[slots.length];
        for (InstructionForm f : forms) {
            int count = f.plusRegister ? 8 : 1;
            for (int i = 0; i < count; i++) {
                int slot = slotIndex(f.space, f.map, f.opcode + i);
                if (lists[slot] == null) lists[slot] = new ArrayList<>();
                lists[slot].add(f);
            }
        }
        for (int i = 0; i < slots.length; i++) {
            if (lists[i] == null) continue;
            List<InstructionForm> l = lists[i];
            boolean modrm = l.get(0).hasModrm;
            for (InstructionForm f : l) {
                if (f.hasModrm != modrm) {
                    throw new IllegalStateException("forms sharing an opcode disagree on ModRM: "
                            + l.get(0) + " and " + f);
                }
            }
            // Most specific first, so that e.g. "F3 90 PAUSE" is tried before "90 NOP".
            l.sort(Comparator.comparingInt(InstructionTable::specificity).reversed());
            slots[i] = l.toArray(new InstructionForm[0]);
        }
    }

    public static InstructionTable get() {
        return INSTANCE;
    }

    public List<InstructionForm> forms() {
        return forms;
    }

    public InstructionForm form(int id) {
        return forms.get(id);
    }

    public int size() {
        return forms.size();
    }

    /** The candidate forms for an opcode, most specific first, or null when none. */
    public InstructionForm[] candidates(int space, int map, int opcode) {
        return slots[slotIndex(space, map, opcode)];
    }

    private static int slotIndex(int space, int map, int opcode) {
        return (space * 4 + map) * 256 + opcode;
    }

    private static int specificity(InstructionForm f) {
        int s = 0;
        if (f.modrmRm >= 0) s += 16;
        if (f.mandatoryPrefix != InstructionForm.PREFIX_ANY) s += 8;
        if (f.modrmReg >= 0) s += 4;
        if (f.modConstraint != InstructionForm.MOD_ANY) s += 2;
        if (f.operandSizeConstraint != 0 || f.addressSizeConstraint != 0 || f.w >= 0 || f.vexL >= 0) s += 1;
        if (f.modes != InstructionForm.MODES_ALL) s += 1;
        if (f.no66 || f.noRexB) s += 8;
        return s;
    }

    private static InstructionTable load() {
        List<InstructionForm> forms = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = InstructionTable.class.getResourceAsStream(file)) {
                if (in == null) throw new IllegalStateException("instruction table file missing: " + file);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int number = 0;
                while ((line = r.readLine()) != null) {
                    number++;
                    InstructionForm f = TableLineParser.parse(line, forms.size(), file + ":" + number);
                    if (f != null) forms.add(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new InstructionTable(Collections.unmodifiableList(forms));
    }
}
