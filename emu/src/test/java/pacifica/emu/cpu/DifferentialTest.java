package pacifica.emu.cpu;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import pacifica.x86.gnu.GnuTools;
import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;

/**
 * Differential testing against the host CPU: every implemented general-purpose form, with random
 * operands, registers and flags, runs natively (harness.c) and in the emulator; final registers,
 * the six status flags and DF (including flags the manuals leave undefined: we match this
 * processor), exceptions and scratch memory must agree bit for bit.
 *
 * <p>{@code -Dpacifica.fuzz.count=N} sets the number of cases (default 100,000);
 * {@code -Dpacifica.fuzz.seed=S} the seed.
 */
class DifferentialTest {
    static final long FLAG_MASK = 0xCD5;

    @Test
    void emulatorMatchesHostCpu() throws IOException {
        GnuTools.assumeTool("gcc");
        assumeTrue(System.getProperty("os.arch").matches("amd64|x86_64") && System.getProperty("os.name").equals("Linux"),
                "skipped: the native harness needs an x86-64 Linux host");
        int count = Integer.getInteger("pacifica.fuzz.count", 100_000);
        long seed = Long.getLong("pacifica.fuzz.seed", 20261122L);
        List<InstructionForm> forms = CaseGenerator.eligibleForms();
        CaseGenerator gen = new CaseGenerator(seed);
        List<DiffCase> cases = new ArrayList<>(count);
        int attempts = 0;
        while (cases.size() < count && attempts < count * 20) {
            InstructionForm f = forms.get(attempts++ % forms.size());
            DiffCase c = gen.generate(f);
            if (c != null) cases.add(c);
        }
        Map<Integer, Integer> covered = new TreeMap<>();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        EmuSide emu = new EmuSide();
        int failed = 0;
        for (int from = 0; from < cases.size(); from += 20_000) {
            List<DiffCase> batch = cases.subList(from, Math.min(cases.size(), from + 20_000));
            List<String> nativeLines = NativeHarness.run(batch);
            for (int k = 0; k < batch.size(); k++) {
                DiffCase c = batch.get(k);
                covered.merge(c.formId(), 1, Integer::sum);
                String e = emu.run(c);
                String n = nativeLines.get(k);
                String why = compare(n, e, c);
                if (why != null) {
                    failed++;
                    List<String> l = failures.computeIfAbsent(c.label(), x -> new ArrayList<>());
                    if (l.size() < 3) {
                        l.add(why + "\n      code " + c.hex() + " regs " + regs(c) + " rflags " + Long.toHexString(c.rflags())
                                + "\n      native " + n + "\n      emu    " + e);
                    }
                }
            }
        }
        List<String> uncovered = new ArrayList<>();
        for (InstructionForm f : InstructionTable.get().forms()) {
            if (CaseGenerator.eligible(f) && !covered.containsKey(f.id)) uncovered.add(f.toString());
        }
        System.out.printf("differential: %d cases over %d forms, %d mismatching cases in %d forms; %d eligible forms not covered%n",
                cases.size(), covered.size(), failed, failures.size(), uncovered.size());
        uncovered.forEach(u -> System.out.println("  not covered: " + u));
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            failures.forEach((label, l) -> {
                sb.append(label).append('\n');
                l.forEach(x -> sb.append("    ").append(x).append('\n'));
            });
            System.out.println(sb);
            fail(failed + " of " + cases.size() + " cases differ from the host CPU in " + failures.size() + " forms:\n"
                    + sb.substring(0, Math.min(sb.length(), 20000)));
        }
    }

    private static String regs(DiffCase c) {
        StringBuilder sb = new StringBuilder();
        for (long r : c.regs()) sb.append(Long.toHexString(r)).append(' ');
        return sb.toString().trim();
    }

    /** Null when the native and emulated result lines agree, else what differs. */
    static String compare(String nativeLine, String emuLine, DiffCase c) {
        String[] n = nativeLine.split(" ");
        String[] e = emuLine.split(" ");
        if (!n[0].equals(e[0])) return "outcome " + n[0] + " vs " + e[0];
        if (n[0].equals("F")) {
            if (!n[1].equals(e[1])) return "vector " + n[1] + " vs " + e[1];
            int vector = Integer.parseInt(n[1]);
            if (!n[2].equals(e[2])) return "error code " + n[2] + " vs " + e[2];
            if (vector == 14 && !n[3].equals(e[3])) return "fault address " + n[3] + " vs " + e[3];
            long nrip = Long.parseUnsignedLong(n[4], 16), erip = Long.parseUnsignedLong(e[4], 16);
            if (vector == 3) erip = NativeHarness.CODE + c.code().length; // #BP is a trap: the host reports the next RIP
            if (nrip != erip) return "rip " + n[4] + " vs " + Long.toHexString(erip);
        }
        for (int k = 0; k < 16; k++) {
            if (!n[5 + k].equals(e[5 + k])) return "register " + k + " " + n[5 + k] + " vs " + e[5 + k];
        }
        long nf = Long.parseUnsignedLong(n[21], 16) & FLAG_MASK, ef = Long.parseUnsignedLong(e[21], 16) & FLAG_MASK;
        if (nf != ef) return "flags " + Long.toHexString(nf) + " vs " + Long.toHexString(ef) + " (xor " + Long.toHexString(nf ^ ef) + ")";
        String nm = String.join(" ", java.util.Arrays.copyOfRange(n, 22, n.length));
        String em = String.join(" ", java.util.Arrays.copyOfRange(e, 22, e.length));
        if (!nm.equals(em)) return "memory [" + nm + "] vs [" + em + "]";
        return null;
    }
}
