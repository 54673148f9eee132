package pacifica.x86.isa;

/**
 * RFLAGS bits as the table names them in its {@code fr=} (read), {@code fw=} (written) and
 * {@code fu=} (left undefined) attributes: one letter each, O S Z A P C D I T.
 * Masks use the architectural bit positions.
 */
public final class Flags {
    public static final int CF = 1;
    public static final int PF = 1 << 2;
    public static final int AF = 1 << 4;
    public static final int ZF = 1 << 6;
    public static final int SF = 1 << 7;
    public static final int TF = 1 << 8;
    public static final int IF = 1 << 9;
    public static final int DF = 1 << 10;
    public static final int OF = 1 << 11;
    /** The six arithmetic status flags. */
    public static final int STATUS = CF | PF | AF | ZF | SF | OF;

    private Flags() {}

    public static int parse(String letters) {
        int mask = 0;
        for (char c : letters.toCharArray()) {
            mask |= switch (c) {
                case 'O' -> OF;
                case 'S' -> SF;
                case 'Z' -> ZF;
                case 'A' -> AF;
                case 'P' -> PF;
                case 'C' -> CF;
                case 'D' -> DF;
                case 'I' -> IF;
                case 'T' -> TF;
                default -> throw new IllegalArgumentException("unknown flag letter '" + c + "' in '" + letters + "'");
            };
        }
        return mask;
    }

    public static String format(int mask) {
        StringBuilder sb = new StringBuilder();
        String letters = "OSZAPCDIT";
        int[] bits = {OF, SF, ZF, AF, PF, CF, DF, IF, TF};
        for (int i = 0; i < bits.length; i++) {
            if ((mask & bits[i]) != 0) sb.append(letters.charAt(i));
        }
        return sb.toString();
    }
}
