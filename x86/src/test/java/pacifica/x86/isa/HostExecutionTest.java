package pacifica.x86.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pacifica.x86.conformance.EncodingGenerator;
import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.gnu.GnuTools;

/**
 * The host processor as the oracle for the table's {@code ud} attribute: every VEX form marked
 * {@code ud} (objdump decodes it, the CPU must raise #UD) faults with SIGILL when executed on the
 * host, and its NP twin (same encoding with VEX.pp = 00) executes. Needs gcc and an x86-64 host
 * with AVX; skips visibly otherwise.
 */
class HostExecutionTest {

    /** Runs each hex-encoded instruction on the host; returns "ok" or "sig N" per instruction. */
    static Map<String, String> execute(List<String> hexes) throws IOException {
        String arch = System.getProperty("os.arch");
        assumeTrue(arch.equals("amd64") || arch.equals("x86_64"), "skipped: host is " + arch + ", not x86-64");
        GnuTools.assumeTool("gcc");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path src = dir.resolve("hostexec.c");
            try (InputStream in = HostExecutionTest.class.getResourceAsStream("hostexec.c")) {
                Files.write(src, in.readAllBytes());
            }
            Path exe = dir.resolve("hostexec");
            GnuTools.run(List.of("gcc", "-O1", "-o", exe.toString(), src.toString()));
            List<String> argv = new ArrayList<>();
            argv.add(exe.toString());
            argv.addAll(hexes);
            String out = GnuTools.run(argv).stdout();
            Map<String, String> result = new LinkedHashMap<>();
            for (String line : out.split("\n")) {
                if (line.isBlank()) continue;
                int sp = line.indexOf(' ');
                result.put(line.substring(0, sp), line.substring(sp + 1));
            }
            return result;
        }
    }

    static boolean hostHasAvx() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        return Files.isReadable(cpuinfo) && Files.readString(cpuinfo).contains(" avx ");
    }

    /** A register (or RIP-relative, for memory-only forms) encoding of a ud form, 3-byte VEX. */
    static String encode(InstructionForm f, int pp) {
        int b1 = 0xE0 | f.map; // R X B clear (inverted), map
        int b2 = (f.w == 1 ? 0x80 : 0) | 0x78 | (f.vexL == 1 ? 4 : 0) | pp; // vvvv = 1111
        StringBuilder sb = new StringBuilder(String.format("c4%02x%02x%02x", b1, b2, f.opcode));
        if (f.hasModrm) {
            int reg = f.modrmReg >= 0 ? f.modrmReg : 0;
            if (f.modConstraint == InstructionForm.MOD_MEM) {
                // RIP-relative to page offset 0x800: the instruction is 9 bytes, so disp = 0x800 - 9.
                sb.append(String.format("%02x", reg << 3 | 5)).append("f7070000");
            } else {
                sb.append(String.format("%02x", 0xC0 | reg << 3));
            }
        }
        return sb.toString();
    }

    @Test
    void udFormsFaultOnTheHostAndTheirNpTwinsDoNot() throws IOException {
        assumeTrue(hostHasAvx(), "skipped: host has no AVX");
        Decoder decoder = new Decoder();
        Instruction insn = new Instruction();
        Map<String, InstructionForm> ud = new LinkedHashMap<>();
        Map<String, InstructionForm> twins = new LinkedHashMap<>();
        for (InstructionForm f : InstructionTable.get().forms()) {
            // Legacy-encoded ud forms are checked by SimdHostCpuTest; this test covers the VEX ones.
            if (!f.has("ud") || f.space != InstructionForm.SPACE_VEX) continue;
            String hex = encode(f, f.mandatoryPrefix);
            // The encoding decodes to the ud form itself (objdump agrees: VexTableTest).
            byte[] bytes = HexFormat.of().parseHex(hex);
            decoder.decode(bytes, 0, bytes.length, 0, 64, insn);
            assertEquals(f, insn.form, hex);
            ud.put(hex, f);
            twins.put(encode(f, InstructionForm.PREFIX_NP), f);
        }
        assertFalse(ud.isEmpty());
        List<String> all = new ArrayList<>(ud.keySet());
        all.addAll(twins.keySet());
        Map<String, String> host = execute(all);
        ud.forEach((hex, f) -> assertEquals("sig 4", host.get(hex), "host should raise #UD for " + hex + " " + f));
        twins.forEach((hex, f) -> assertEquals("ok", host.get(hex), "host should execute " + hex));
    }

    /**
     * Every BMI1/BMI2 form executes on the host in its register encoding (rax, rcx, rdx only: the
     * harness may clobber caller-saved registers), and the same bytes with VEX.L = 1, which the
     * table (LZ) and objdump reject, fault with #UD. Also: VZEROUPPER with VEX.vvvv != 1111b, which
     * the decoder rejects, faults.
     */
    @Test
    void bmiValidityMatchesTheHost() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        assumeTrue(Files.isReadable(cpuinfo) && Files.readString(cpuinfo).contains(" bmi2 "), "skipped: host has no BMI2");
        Decoder decoder = new Decoder();
        Instruction insn = new Instruction();
        Map<String, String> expected = new LinkedHashMap<>();
        for (InstructionForm f : InstructionTable.get().forms()) {
            if (f.space != InstructionForm.SPACE_VEX || !f.feature.startsWith("BMI")) continue;
            for (int l = 0; l < 2; l++) {
                byte[] bytes = EncodingGenerator.userModeVexProbe(f, l);
                String hex = HexFormat.of().formatHex(bytes);
                decoder.decode(bytes, 0, bytes.length, 0, 64, insn);
                assertEquals(l == 0 ? f : null, insn.form, hex);
                expected.put(hex, l == 0 ? "ok" : "sig 4");
            }
        }
        // VZEROUPPER with vvvv = 0001b: (bad) for objdump and the decoder.
        byte[] vz = HexFormat.of().parseHex("c4e17077");
        decoder.decode(vz, 0, vz.length, 0, 64, insn);
        assertEquals(null, insn.form);
        expected.put("c4e17077", "sig 4");
        Map<String, String> host = execute(new ArrayList<>(expected.keySet()));
        expected.forEach((hex, want) -> assertEquals(want, host.get(hex), "host result for " + hex));
    }

    /**
     * Every legacy form the table marks {@code cpl0} faults when the host runs it at CPL 3 (#GP, or
     * #UD where the host lacks or disables the feature): an instruction that ran would mean a wrong
     * cpl0. Forms that only exist outside 64-bit mode are not tried.
     */
    @Test
    void cpl0FormsFaultInUserMode() throws IOException {
        Decoder decoder = new Decoder();
        Instruction insn = new Instruction();
        Map<String, InstructionForm> probes = new LinkedHashMap<>();
        for (InstructionForm f : InstructionTable.get().forms()) {
            if (!f.cpl0 || f.space != InstructionForm.SPACE_LEGACY || f.modes == InstructionForm.MODES_NOT64) continue;
            byte[] code = EncodingGenerator.userModeProbe(f);
            decoder.decode(code, 0, code.length, 0, 64, insn);
            if (insn.form != f) continue; // e.g. an operand-size form the simple probe does not reach
            probes.put(HexFormat.of().formatHex(code), f);
        }
        assertTrue(probes.size() > 50, "probes: " + probes.size());
        Map<String, String> host = execute(new ArrayList<>(probes.keySet()));
        List<String> ran = new ArrayList<>();
        probes.forEach((hex, f) -> {
            if ("ok".equals(host.get(hex))) ran.add(hex + " " + f);
        });
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        host.values().forEach(v -> outcomes.merge(v, 1, Integer::sum));
        System.out.println("cpl0 forms run at CPL 3 on the host: " + probes.size() + " probes, outcomes " + outcomes
                + " (sig 4 = #UD, sig 11 = #GP)");
        assertEquals(List.of(), ran, "cpl0 forms the host executed at CPL 3");
    }
}
