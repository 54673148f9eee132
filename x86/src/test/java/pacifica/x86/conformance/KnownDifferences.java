package pacifica.x86.conformance;

/**
 * The deliberate differences between Pacifica's decoder/formatters and GNU objdump 2.40, each
 * with its reason. Every entry is exercised by {@link KnownDifferencesTest}; nothing else may
 * differ in the conformance tests.
 */
public final class KnownDifferences {
    private KnownDifferences() {}

    /**
     * True when {@code bytes} fall in a documented difference:
     * <ul>
     *   <li><b>MPX</b> (0F 1A / 0F 1B with a 66, F2 or F3 prefix, or NP memory forms): objdump
     *   decodes Intel MPX (bndmov, bndcl ...). AMD processors never implemented MPX; on AMD64 these
     *   opcodes are hint NOPs (APM vol. 3, "NOP"), which is how Pacifica decodes and executes them.
     *   <li><b>FWAIT after a prefix</b> (e.g. {@code 48 9b}): objdump treats 9B as a prefix of the
     *   following x87 instruction and prints the earlier prefixes as a line of their own. The
     *   processor executes one FWAIT instruction whose REX/66 prefixes are ignored.
     *   <li><b>REX before another prefix</b> (e.g. {@code 41 66 01 c0}): the processor ignores a REX
     *   that does not immediately precede the opcode (APM vol. 3, 1.2.7) and executes one
     *   instruction; objdump prints the REX as an instruction of its own ("rex.B").
     *   <li><b>VEX after REX</b> ({@code 48 c5 ...}): #UD on the processor (APM vol. 3, 1.8); objdump
     *   sometimes decodes the VEX instruction and sometimes not.
     *   <li><b>VEX after 66/F2/F3/F0</b>: #UD on the processor (APM vol. 3, 1.8); objdump decodes
     *   some of these (e.g. {@code f3 c5 c5 eb f4} as "repz vpor").
     *   <li><b>EVEX</b> ({@code 62} in 64-bit mode): AVX-512 is not decoded yet; both sides call it
     *   invalid, but objdump's length for its EVEX attempts varies.
     *   <li><b>MOV to/from test registers</b> ({@code 0f 24}, {@code 0f 26}): 386/486 only, #UD on
     *   AMD64 processors; objdump decodes them outside 64-bit mode.
     *   <li><b>VIA PadLock</b> ({@code 0f a6}, {@code 0f a7}: xcrypt, xsha1, montmul): not AMD.
     *   <li><b>F2 before BSF/BSR/WBINVD</b> ({@code f2 0f bc}): the processor ignores the prefix;
     *   objdump prints (bad) because only F3 selects another form there (TZCNT, LZCNT, WBNOINVD).
     *   <li><b>3DNow!</b> ({@code 0f 0f}, {@code 0f 0e} FEMMS): Pacifica models a processor without 3DNow! (CPUID
     *   8000_0001h EDX[31:30] clear, as on AMD family 17h and later), where 0F 0F is undefined;
     *   objdump decodes the 3DNow! instructions.
     *   <li><b>A register-only operand encoded as memory</b> (e.g. {@code 0f c5 00}, PEXTRW with
     *   mod != 11b): #UD on the processor; objdump prints the mnemonic with a "(bad)" operand.
     *   <li><b>Prefix words before "(bad)"</b>: for an encoding both sides call invalid, with the
     *   same length, which prefixes objdump names before "(bad)" follows the layout of its internal
     *   tables (e.g. {@code 66 0f 77} prints "(bad)", {@code 66 0f 52 /r} "data16"-less "(bad)" but
     *   keeps "rex.R"); the comparison ignores those words (ObjdumpComparison.stripPrefixWords).
     *   <li><b>LOCK MOV CR0</b> ({@code f0 0f 20/22}): AMD processors read LOCK as CR8 here
     *   (APM vol. 2, 6.4.2 "CR8"); objdump prints {@code lock mov %cr0}.
     * </ul>
     */
    public static boolean covers(byte[] bytes, int mode) {
        int i = 0;
        boolean prefix = false, lock = false, rex = false;
        while (i < bytes.length && isPrefix(bytes[i] & 0xFF, mode)) {
            if ((bytes[i] & 0xFF) == 0xF0) lock = true;
            if (rex) return true; // a REX followed by any prefix
            rex = mode == 64 && (bytes[i] & 0xF0) == 0x40;
            prefix = true;
            i++;
        }
        if (i >= bytes.length) return false;
        int op = bytes[i] & 0xFF;
        if (op == 0x9B && prefix) return true;
        if (bytes.length > 1 && (bytes[0] & 0xFF) == 0x9B && isPrefix(bytes[1] & 0xFF, mode)) {
            return true; // 9B then prefixes (not before an x87 escape): objdump prints them on one line
        }
        if (op == 0x62 && (mode == 64 || (i + 1 < bytes.length && (bytes[i + 1] & 0xC0) == 0xC0))) return true;
        if ((op == 0xC4 || op == 0xC5) && (rex || legacyBeforeVex(bytes, i))) return true;
        if (op == 0x0F && i + 1 < bytes.length) {
            int op2 = bytes[i + 1] & 0xFF;
            if (op2 == 0x1A || op2 == 0x1B) return true;
            if (op2 == 0x0F || op2 == 0x0E) return true;
            if (mode != 64 && (op2 == 0x24 || op2 == 0x26)) return true;
            if (op2 == 0xA6 || op2 == 0xA7) return true;
            if ((op2 == 0xBC || op2 == 0xBD || op2 == 0x09) && lastRepIsF2(bytes, i)) return true;
            if (lock && (op2 == 0x20 || op2 == 0x22)) return true;
        }
        return false;
    }

    private static boolean lastRepIsF2(byte[] bytes, int opcodeIndex) {
        int last = 0;
        for (int i = 0; i < opcodeIndex; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0xF2 || b == 0xF3) last = b;
        }
        return last == 0xF2;
    }

    private static final java.util.Set<String> PREFIX_WORDS = java.util.Set.of("lock", "rep", "repz", "repnz", "cs", "ds",
            "es", "ss", "fs", "gs", "data16", "data32", "addr16", "addr32", "notrack", "bnd", "fwait");

    private static boolean legacyBeforeVex(byte[] bytes, int opcodeIndex) {
        for (int i = 0; i < opcodeIndex; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0x66 || b == 0xF2 || b == 0xF3 || b == 0xF0) return true;
        }
        return false;
    }

    /** Also judged by objdump's text: a "(bad)" operand inside an otherwise decoded instruction. */
    public static boolean covers(byte[] bytes, int mode, String objdumpText) {
        String t = objdumpText.replaceAll("\\s*\\[len \\d+\\]$", "");
        if (covers(bytes, mode)) return true;
        if (!t.contains("(bad)")) return false;
        for (String word : t.split("\\s+")) {
            if (PREFIX_WORDS.contains(word) || word.startsWith("rex")) continue;
            return !word.equals("(bad)"); // a mnemonic with a "(bad)" operand
        }
        return false;
    }

    private static boolean isPrefix(int b, int mode) {
        return switch (b) {
            case 0xF0, 0xF2, 0xF3, 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x66, 0x67 -> true;
            default -> mode == 64 && (b & 0xF0) == 0x40;
        };
    }
}
