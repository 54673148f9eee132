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
        if (op == 0x0F && i + 1 < bytes.length) {
            int op2 = bytes[i + 1] & 0xFF;
            if (op2 == 0x1A || op2 == 0x1B) return true;
            if (lock && (op2 == 0x20 || op2 == 0x22)) return true;
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
