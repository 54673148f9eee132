package pacifica.emu.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;

/**
 * CPUID advertises exactly what executes: every feature bit that is set has all of the table's forms
 * of that feature implemented in 64-bit user code, and every feature whose forms are all implemented
 * has its bit set. Bit positions from the AMD APM vol. 3, appendix E (and the Intel SDM for the bits
 * AMD documents by reference).
 */
class CpuidModelTest {
    private static final int EBX = 1, ECX = 2, EDX = 3;

    private record Bit(int leaf, int register, int bit) {}

    /** Table feature name -> its CPUID bit. */
    private static final Map<String, Bit> BITS = new LinkedHashMap<>();

    static {
        BITS.put("X87", new Bit(1, EDX, 0));
        BITS.put("CX8", new Bit(1, EDX, 8));
        BITS.put("CLFSH", new Bit(1, EDX, 19));
        BITS.put("MMX", new Bit(1, EDX, 23));
        BITS.put("FXSR", new Bit(1, EDX, 24));
        BITS.put("SSE", new Bit(1, EDX, 25));
        BITS.put("SSE2", new Bit(1, EDX, 26));
        BITS.put("SSE3", new Bit(1, ECX, 0));
        BITS.put("PCLMULQDQ", new Bit(1, ECX, 1));
        BITS.put("SSSE3", new Bit(1, ECX, 9));
        BITS.put("FMA", new Bit(1, ECX, 12));
        BITS.put("CX16", new Bit(1, ECX, 13));
        BITS.put("SSE4_1", new Bit(1, ECX, 19));
        BITS.put("SSE4_2", new Bit(1, ECX, 20));
        BITS.put("MOVBE", new Bit(1, ECX, 22));
        BITS.put("POPCNT", new Bit(1, ECX, 23));
        BITS.put("AES", new Bit(1, ECX, 25));
        BITS.put("XSAVE", new Bit(1, ECX, 26));
        BITS.put("AVX", new Bit(1, ECX, 28));
        BITS.put("F16C", new Bit(1, ECX, 29));
        BITS.put("RDRAND", new Bit(1, ECX, 30));
        BITS.put("FSGSBASE", new Bit(7, EBX, 0));
        BITS.put("BMI1", new Bit(7, EBX, 3));
        BITS.put("AVX2", new Bit(7, EBX, 5));
        BITS.put("BMI2", new Bit(7, EBX, 8));
        BITS.put("RDSEED", new Bit(7, EBX, 18));
        BITS.put("ADX", new Bit(7, EBX, 19));
        BITS.put("CLFLUSHOPT", new Bit(7, EBX, 23));
        BITS.put("CLWB", new Bit(7, EBX, 24));
        BITS.put("SHA", new Bit(7, EBX, 29));
        BITS.put("GFNI", new Bit(7, ECX, 8));
        BITS.put("VAES", new Bit(7, ECX, 9));
        BITS.put("VPCLMULQDQ", new Bit(7, ECX, 10));
        BITS.put("RDPID", new Bit(7, ECX, 22));
        BITS.put("LAHF64", new Bit(0x80000001, ECX, 0));
        BITS.put("SVM", new Bit(0x80000001, ECX, 2));
        BITS.put("ABM", new Bit(0x80000001, ECX, 5));
        BITS.put("SSE4A", new Bit(0x80000001, ECX, 6));
        BITS.put("PREFETCHW", new Bit(0x80000001, ECX, 8));
        BITS.put("FMA4", new Bit(0x80000001, ECX, 16));
        BITS.put("RDTSCP", new Bit(0x80000001, EDX, 27));
    }

    private static boolean advertised(Bit b) {
        int[] r = new CpuidModel().query(b.leaf(), 0);
        return (r[b.register()] >>> b.bit() & 1) != 0;
    }

    /**
     * The forms of {@code feature} that 64-bit user code can execute (system and legacy-mode forms
     * aside). VEX forms of the SSE-era features (VAESENC, VPCLMULQDQ) also need AVX: they count only
     * while AVX is advertised.
     */
    private static List<InstructionForm> userForms(String feature) {
        boolean avx = advertised(BITS.get("AVX"));
        List<InstructionForm> out = new ArrayList<>();
        for (InstructionForm f : InstructionTable.get().forms()) {
            if (!feature.equals(f.feature) || f.cpl0 || f.modes == InstructionForm.MODES_NOT64 || f.has("ud")) continue;
            if (f.space == InstructionForm.SPACE_VEX && !VEX_FEATURES.contains(feature) && !avx) continue;
            out.add(f);
        }
        return out;
    }

    /** Features whose instructions are VEX-encoded by definition (their own bit is enough). */
    private static final java.util.Set<String> VEX_FEATURES = java.util.Set.of("AVX", "AVX2", "FMA", "F16C", "BMI1", "BMI2");

    @Test
    void everyAdvertisedFeatureIsFullyImplemented() {
        Dispatch d = Dispatch.get();
        List<String> wrong = new ArrayList<>();
        BITS.forEach((feature, bit) -> {
            if (!advertised(bit)) return;
            for (InstructionForm f : userForms(feature)) if (!d.implemented(f)) wrong.add(feature + ": " + f);
        });
        assertEquals(List.of(), wrong, "advertised but not executed");
    }

    @Test
    void everyFullyImplementedFeatureIsAdvertised() {
        Dispatch d = Dispatch.get();
        List<String> missing = new ArrayList<>();
        BITS.forEach((feature, bit) -> {
            List<InstructionForm> forms = userForms(feature);
            if (!forms.isEmpty() && forms.stream().allMatch(d::implemented) && !advertised(bit)) missing.add(feature);
        });
        assertEquals(List.of(), missing, "executed but not advertised");
    }

    @Test
    void vendorFamilyAndLongMode() {
        CpuidModel m = new CpuidModel();
        int[] r = m.query(0, 0);
        assertEquals("AuthenticAMD", word(r[1]) + word(r[3]) + word(r[2]));
        assertEquals(0x17, ((m.query(1, 0)[0] >> 8) & 0xF) + ((m.query(1, 0)[0] >> 20) & 0xFF), "family 17h");
        assertTrue((m.query(0x80000001, 0)[EDX] >>> 29 & 1) != 0, "LM");
    }

    private static String word(int v) {
        return new String(new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)});
    }
}
