package pacifica.x86.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code intercept=} name in the whole instruction table is one the SVM manual defines
 * (AMD "Secure Virtual Machine Architecture Reference Manual", 33047 rev. 3.02, Dec. 2005).
 */
class InterceptNamesTest {

    /**
     * The manual's intercept names with where it defines them: the exit codes of table D-1 (written
     * there with a VMEXIT_ prefix) and the names the intercept vector of table C-1 uses where they
     * differ. CR_READ/CR_WRITE/DR_READ/DR_WRITE stand for the ranges VMEXIT_CR[0–15]_READ etc.,
     * with the register number taken from the instruction's ModRM.reg.
     */
    static final Map<String, String> MANUAL_NAMES = new LinkedHashMap<>();
    static {
        for (int i = 0; i < 16; i++) {
            MANUAL_NAMES.put("CR" + i + "_READ", "table D-1 code " + i + "h; section 2.5.1-2.5.3");
            MANUAL_NAMES.put("CR" + i + "_WRITE", "table D-1 code " + (0x10 + i) + "; section 2.5.1-2.5.3");
            MANUAL_NAMES.put("DR" + i + "_READ", "table D-1 codes 20h-2Fh; section 2.5.4");
            MANUAL_NAMES.put("DR" + i + "_WRITE", "table D-1 codes 30h-3Fh; section 2.5.4");
        }
        MANUAL_NAMES.put("CR_READ", "table D-1 VMEXIT_CR[0-15]_READ, n from ModRM.reg; section 2.5.3");
        MANUAL_NAMES.put("CR_WRITE", "table D-1 VMEXIT_CR[0-15]_WRITE, n from ModRM.reg; section 2.5.3");
        MANUAL_NAMES.put("DR_READ", "table D-1 VMEXIT_DR[0-15]_READ; section 2.5.4");
        MANUAL_NAMES.put("DR_WRITE", "table D-1 VMEXIT_DR[0-15]_WRITE; section 2.5.4");
        for (int i = 0; i < 32; i++) MANUAL_NAMES.put("EXCP" + i, "table D-1 codes 40h-5Fh; section 2.8");
        String[][] named = {
            {"INTR", "60h"}, {"NMI", "61h"}, {"SMI", "62h"}, {"INIT", "63h"}, {"VINTR", "64h"},
            {"CR0_SEL_WRITE", "65h; section 2.5.5"}, {"IDTR_READ", "66h; section 2.5.6"},
            {"GDTR_READ", "67h; section 2.5.6"}, {"LDTR_READ", "68h; section 2.5.6"}, {"TR_READ", "69h; section 2.5.6"},
            {"IDTR_WRITE", "6Ah; section 2.5.6"}, {"GDTR_WRITE", "6Bh; section 2.5.6"},
            {"LDTR_WRITE", "6Ch; section 2.5.6"}, {"TR_WRITE", "6Dh; section 2.5.6"},
            {"RDTSC", "6Eh; section 2.5.7"}, {"RDPMC", "6Fh; section 2.5.8"}, {"PUSHF", "70h; section 2.5.9"},
            {"POPF", "71h; section 2.5.10"}, {"CPUID", "72h; section 2.5.11"}, {"RSM", "73h; section 2.5.12"},
            {"IRET", "74h; section 2.5.13"}, {"SWINT", "75h; section 2.5.14"}, {"INVD", "76h; section 2.5.15"},
            {"PAUSE", "77h; section 2.5.16"}, {"HLT", "78h; section 2.5.17"}, {"INVLPG", "79h; section 2.5.18"},
            {"INVLPGA", "7Ah; section 2.5.19"}, {"IOIO", "7Bh; section 2.6"}, {"MSR", "7Ch; section 2.7"},
            {"TASK_SWITCH", "7Dh"}, {"FERR_FREEZE", "7Eh"}, {"SHUTDOWN", "7Fh"},
            {"VMRUN", "80h; section 2.5.20"}, {"VMMCALL", "81h; section 2.5.23"}, {"VMLOAD", "82h; section 2.5.21"},
            {"VMSAVE", "83h; section 2.5.22"}, {"STGI", "84h; section 2.5.24"}, {"CLGI", "85h; section 2.5.25"},
            {"SKINIT", "86h; section 2.5.26"}, {"RDTSCP", "87h; section 2.5.27"}, {"ICEBP", "88h; section 2.5.28"},
            {"WBINVD", "89h; section 2.5.29"}, {"NPF", "400h"},
        };
        for (String[] n : named) MANUAL_NAMES.put(n[0], "table D-1 code " + n[1]);
        // The intercept vector (table C-1, VMCB offset 00Ch) names the software-interrupt intercept
        // "INTn" (bit 21) and the I/O and MSR intercepts IOIO_PROT (bit 27) and MSR_PROT (bit 28).
        MANUAL_NAMES.put("INTn", "table C-1 offset 00Ch bit 21 (exit code VMEXIT_SWINT)");
        MANUAL_NAMES.put("IOIO_PROT", "table C-1 offset 00Ch bit 27");
        MANUAL_NAMES.put("MSR_PROT", "table C-1 offset 00Ch bit 28");
    }

    /**
     * Names outside this file's ownership (general.isa) that are not manual names, with the fix the
     * lead should make. Remove an entry when general.isa is fixed; the test then insists.
     */
    static final Map<String, String> PENDING_GENERAL_FIXES = Map.of();

    /** The manual lives in shared/docs beside the checkout (../shared from the repository root). */
    static final Path MANUAL = findManual();

    private static Path findManual() {
        Path dir = Path.of("").toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared/docs/amd-svm-architecture-manual-rev3.02.txt");
            if (Files.isReadable(p)) return p;
        }
        return Path.of("shared/docs/amd-svm-architecture-manual-rev3.02.txt");
    }

    static Map<String, List<String>> tableIntercepts() {
        Map<String, List<String>> names = new TreeMap<>();
        for (InstructionForm f : InstructionTable.get().forms()) {
            if (f.intercept == null) continue;
            for (String n : f.intercept.split(",")) {
                names.computeIfAbsent(n, k -> new ArrayList<>()).add(f.mnemonic + " [" + f.origin + "]");
            }
        }
        return names;
    }

    @Test
    void everyInterceptNameIsTheManuals() {
        Map<String, List<String>> used = tableIntercepts();
        List<String> unknown = new ArrayList<>();
        used.forEach((name, where) -> {
            if (MANUAL_NAMES.containsKey(name)) return;
            if (PENDING_GENERAL_FIXES.containsKey(name)) {
                System.out.println("pending general.isa fix: intercept=" + name + " " + where + ": "
                        + PENDING_GENERAL_FIXES.get(name));
                return;
            }
            unknown.add(name + " used by " + where);
        });
        assertEquals(List.of(), unknown, "intercept names the SVM manual does not define");
        for (String pending : PENDING_GENERAL_FIXES.keySet()) {
            assertTrue(used.containsKey(pending), "general.isa no longer uses " + pending
                    + ": remove it from PENDING_GENERAL_FIXES");
        }
    }

    @Test
    void theInstructionInterceptsOfSection25AreAllInTheTable() {
        // Section 2.5 lists the instruction intercepts; each must be on some instruction.
        Set<String> used = tableIntercepts().keySet();
        for (String n : List.of("CR0_READ", "CR_READ", "CR_WRITE", "CR0_SEL_WRITE", "DR_READ", "DR_WRITE",
                "IDTR_READ", "GDTR_READ", "LDTR_READ", "TR_READ", "IDTR_WRITE", "GDTR_WRITE", "LDTR_WRITE",
                "TR_WRITE", "RDTSC", "RDPMC", "PUSHF", "POPF", "CPUID", "RSM", "IRET", "INTn", "INVD", "PAUSE", "HLT",
                "INVLPG", "INVLPGA", "VMRUN", "VMLOAD", "VMSAVE", "VMMCALL", "STGI", "CLGI", "SKINIT", "RDTSCP",
                "ICEBP", "WBINVD", "IOIO", "MSR")) {
            assertTrue(used.contains(n), "no instruction carries intercept=" + n);
        }
    }

    /** Cross-checks the list above against the manual's text, when the manual is at hand. */
    @Test
    void theListMatchesTheManualText() throws IOException {
        assumeTrue(Files.isReadable(MANUAL), "skipped: SVM manual text not at " + MANUAL);
        String text = Files.readString(MANUAL);
        Set<String> fromManual = new TreeSet<>();
        Matcher m = Pattern.compile("VMEXIT_([A-Z0-9_]+(?:\\[\\d+[–-]\\d+\\])?[A-Z0-9_]*)").matcher(text);
        while (m.find()) {
            String name = m.group(1);
            Matcher range = Pattern.compile("(.*)\\[(\\d+)[–-](\\d+)\\](.*)").matcher(name);
            if (range.matches()) {
                for (int i = Integer.parseInt(range.group(2)); i <= Integer.parseInt(range.group(3)); i++) {
                    fromManual.add(range.group(1) + i + range.group(4));
                }
            } else {
                fromManual.add(name);
            }
        }
        // Table D-1 prints code 89h without its prefix: "89h WBINVD WBINVD instruction".
        assertTrue(text.contains("89h WBINVD WBINVD instruction"));
        fromManual.add("WBINVD");
        fromManual.remove("INVALID"); // an error code, not an intercept
        assertTrue(text.contains("21 Intercept INTn instruction."));
        assertTrue(text.contains("IOIO_PROT") && text.contains("MSR_PROT"));
        Set<String> listed = new TreeSet<>(MANUAL_NAMES.keySet());
        listed.removeAll(Set.of("CR_READ", "CR_WRITE", "DR_READ", "DR_WRITE", "INTn", "IOIO_PROT", "MSR_PROT"));
        assertEquals(fromManual, listed);
    }
}
