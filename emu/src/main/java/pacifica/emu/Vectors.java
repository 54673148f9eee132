package pacifica.emu;

/** Exception vector numbers (AMD64 APM vol. 2, 8.2) and their mnemonics. */
public final class Vectors {
    public static final int DE = 0, DB = 1, NMI = 2, BP = 3, OF = 4, BR = 5, UD = 6, NM = 7, DF = 8,
            TS = 10, NP = 11, SS = 12, GP = 13, PF = 14, MF = 16, AC = 17, MC = 18, XM = 19, VE = 20, CP = 21;

    private static final String[] NAMES = {"#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM", "#DF",
        "#9", "#TS", "#NP", "#SS", "#GP", "#PF", "#15", "#MF", "#AC", "#MC", "#XM", "#VE", "#CP"};

    /** Page-fault error code bits (APM vol. 2, 8.4.2). */
    public static final int PF_P = 1, PF_W = 2, PF_U = 4, PF_RSV = 8, PF_I = 16;

    private Vectors() {}

    public static String name(int vector) {
        return vector >= 0 && vector < NAMES.length ? NAMES[vector] : "#" + vector;
    }

    /** True when the vector pushes an error code. */
    public static boolean hasErrorCode(int vector) {
        return vector == DF || vector == TS || vector == NP || vector == SS || vector == GP || vector == PF
                || vector == AC || vector == CP;
    }
}
