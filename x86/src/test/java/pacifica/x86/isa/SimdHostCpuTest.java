package pacifica.x86.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import pacifica.x86.gnu.GnuTools;
import pacifica.x86.conformance.EncodingGenerator;
import pacifica.x86.conformance.EncodingGenerator.Sample;

/**
 * Runs the 64-bit test encodings of every simd.isa form on the host processor (through a small C
 * probe, hwprobe.c) and checks the table against it: a form whose feature the host has must not
 * raise #UD, and on an AMD host every form marked {@code ud} must raise #UD (those are the
 * encodings objdump decodes but AMD processors reject; other vendors were not checked).
 *
 * <p>Skipped unless the host is x86-64 Linux with gcc. Only the decision "#UD or not" is used:
 * #UD is raised before memory is touched, so the probe points all registers at unmapped memory.
 */
class SimdHostCpuTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    /** The table's feat= names and the Linux /proc/cpuinfo flags that announce them. */
    private static final Map<String, String> CPUINFO_FLAG = Map.ofEntries(
            Map.entry("MMX", "mmx"), Map.entry("SSE", "sse"), Map.entry("SSE2", "sse2"),
            Map.entry("SSE3", "pni"), Map.entry("SSSE3", "ssse3"), Map.entry("SSE4_1", "sse4_1"),
            Map.entry("SSE4_2", "sse4_2"), Map.entry("SSE4A", "sse4a"), Map.entry("AES", "aes"),
            Map.entry("PCLMULQDQ", "pclmulqdq"), Map.entry("SHA", "sha_ni"), Map.entry("GFNI", "gfni"),
            Map.entry("FXSR", "fxsr"), Map.entry("CLFSH", "clflush"), Map.entry("CLFLUSHOPT", "clflushopt"),
            Map.entry("CLWB", "clwb"));

    @Test
    void hostProcessorAgreesWithTheTable() throws IOException {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "needs Linux");
        assumeTrue(System.getProperty("os.arch").equals("amd64"), "needs an x86-64 host");
        GnuTools.assumeTool("gcc");
        String cpuinfo = Files.readString(Path.of("/proc/cpuinfo"));
        Set<String> flags = Set.of(cpuinfo.lines().filter(l -> l.startsWith("flags")).findFirst()
                .orElse("").replaceFirst("^flags\\s*:", "").trim().split("\\s+"));
        boolean amd = cpuinfo.contains("AuthenticAMD");

        List<Sample> encodings = new ArrayList<>();
        int skippedForms = 0;
        for (InstructionForm f : SimdTableTest.simdForms()) {
            String flag = CPUINFO_FLAG.get(f.feature);
            assertTrue(flag != null, () -> "no cpuinfo flag known for feat=" + f.feature + " of " + f);
            if (!flags.contains(flag) || (f.has("ud") && !amd)) {
                skippedForms++;
                continue;
            }
            encodings.addAll(EncodingGenerator.legacy(f, 64, 0x01, 0x02));
            encodings.addAll(EncodingGenerator.legacyWithExtraPrefixes(f, 64, 0x01, 0x02));
        }
        List<String> outcomes = runProbe(encodings);
        assertEquals(encodings.size(), outcomes.size(), "one probe outcome per encoding");

        Map<String, List<String>> wrong = new TreeMap<>();
        for (int i = 0; i < encodings.size(); i++) {
            Sample e = encodings.get(i);
            boolean ud = outcomes.get(i).equals("ud");
            boolean expectUd = e.form().has("ud");
            // An unexpected signal elsewhere than at the instruction means the probe is confused.
            boolean odd = outcomes.get(i).startsWith("sig") && !outcomes.get(i).endsWith("@+0");
            if (ud != expectUd || odd) {
                wrong.computeIfAbsent(e.form().toString(), k -> new ArrayList<>())
                        .add(HEX.formatHex(e.bytes()) + " -> " + outcomes.get(i));
            }
        }
        StringBuilder sb = new StringBuilder(encodings.size() + " encodings run, " + skippedForms
                + " forms skipped (feature not on this host), " + wrong.size() + " forms disagree:\n");
        wrong.forEach((k, v) -> sb.append(k).append(' ').append(v.size()).append("x, e.g. ")
                .append(v.getFirst()).append('\n'));
        System.out.print(sb);
        assertTrue(wrong.isEmpty(), sb::toString);
    }

    /** Compiles hwprobe.c and runs every encoding through it; returns one outcome per encoding. */
    private static List<String> runProbe(List<Sample> encodings) throws IOException {
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path source = dir.resolve("hwprobe.c");
            Path binary = dir.resolve("hwprobe");
            try (InputStream in = SimdHostCpuTest.class.getResourceAsStream("hwprobe.c")) {
                Files.write(source, in.readAllBytes());
            }
            GnuTools.run(List.of("gcc", "-O1", "-o", binary.toString(), source.toString()));
            StringBuilder input = new StringBuilder();
            for (Sample e : encodings) input.append(HEX.formatHex(e.bytes())).append('\n');
            GnuTools.ProcessResult r = GnuTools.run(List.of(binary.toString()),
                    input.toString().getBytes(StandardCharsets.US_ASCII), GnuTools.DEFAULT_TIMEOUT, true);
            return r.stdout().lines().toList();
        }
    }
}
