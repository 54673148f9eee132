package pacifica.x86.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No two forms of the whole table (all files) claim the same encoding: with the table split over
 * files by family, an instruction at a family border (CLWB, CLDEMOTE ...) could otherwise be listed
 * twice, and the decoder would silently take whichever sorts first.
 */
class TableDuplicatesTest {

    static String encodingKey(InstructionForm f) {
        return String.join(" ", "space" + f.space, "map" + f.map, "op" + f.opcode, "plus" + f.plusRegister,
                "pfx" + f.mandatoryPrefix, "reg" + f.modrmReg, "rm" + f.modrmRm, "mod" + f.modConstraint,
                "osz" + f.operandSizeConstraint, "asz" + f.addressSizeConstraint, "w" + f.w, "l" + f.vexL,
                "modes" + f.modes, "no66" + f.no66, "noRexB" + f.noRexB);
    }

    @Test
    void noEncodingIsListedTwice() {
        Map<String, List<InstructionForm>> byKey = new LinkedHashMap<>();
        for (InstructionForm f : InstructionTable.get().forms()) {
            byKey.computeIfAbsent(encodingKey(f), k -> new ArrayList<>()).add(f);
        }
        List<String> duplicates = new ArrayList<>();
        byKey.values().stream().filter(l -> l.size() > 1).forEach(l -> duplicates.add(l.toString()));
        assertEquals(List.of(), duplicates, "forms with identical encodings");
    }
}
