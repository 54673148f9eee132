package pacifica.x86;

/**
 * Every architectural register an operand can name, with its class, number and width.
 * Names are the GNU spellings without the AT&amp;T '%' (the Intel formatter prints them as is).
 * {@link #gpr(int, int, boolean)} and friends map decoder register numbers to registers without
 * allocating.
 */
public enum Register implements pacifica.x86.encode.Operand {
    AL(Kind.GPR, 0, 1), CL(Kind.GPR, 1, 1), DL(Kind.GPR, 2, 1), BL(Kind.GPR, 3, 1),
    SPL(Kind.GPR, 4, 1), BPL(Kind.GPR, 5, 1), SIL(Kind.GPR, 6, 1), DIL(Kind.GPR, 7, 1),
    R8B(Kind.GPR, 8, 1), R9B(Kind.GPR, 9, 1), R10B(Kind.GPR, 10, 1), R11B(Kind.GPR, 11, 1),
    R12B(Kind.GPR, 12, 1), R13B(Kind.GPR, 13, 1), R14B(Kind.GPR, 14, 1), R15B(Kind.GPR, 15, 1),
    /** The legacy high-byte registers, encodable only without REX (numbers 4-7 then mean AH..BH). */
    AH(Kind.GPR_HIGH, 4, 1), CH(Kind.GPR_HIGH, 5, 1), DH(Kind.GPR_HIGH, 6, 1), BH(Kind.GPR_HIGH, 7, 1),
    AX(Kind.GPR, 0, 2), CX(Kind.GPR, 1, 2), DX(Kind.GPR, 2, 2), BX(Kind.GPR, 3, 2),
    SP(Kind.GPR, 4, 2), BP(Kind.GPR, 5, 2), SI(Kind.GPR, 6, 2), DI(Kind.GPR, 7, 2),
    R8W(Kind.GPR, 8, 2), R9W(Kind.GPR, 9, 2), R10W(Kind.GPR, 10, 2), R11W(Kind.GPR, 11, 2),
    R12W(Kind.GPR, 12, 2), R13W(Kind.GPR, 13, 2), R14W(Kind.GPR, 14, 2), R15W(Kind.GPR, 15, 2),
    EAX(Kind.GPR, 0, 4), ECX(Kind.GPR, 1, 4), EDX(Kind.GPR, 2, 4), EBX(Kind.GPR, 3, 4),
    ESP(Kind.GPR, 4, 4), EBP(Kind.GPR, 5, 4), ESI(Kind.GPR, 6, 4), EDI(Kind.GPR, 7, 4),
    R8D(Kind.GPR, 8, 4), R9D(Kind.GPR, 9, 4), R10D(Kind.GPR, 10, 4), R11D(Kind.GPR, 11, 4),
    R12D(Kind.GPR, 12, 4), R13D(Kind.GPR, 13, 4), R14D(Kind.GPR, 14, 4), R15D(Kind.GPR, 15, 4),
    RAX(Kind.GPR, 0, 8), RCX(Kind.GPR, 1, 8), RDX(Kind.GPR, 2, 8), RBX(Kind.GPR, 3, 8),
    RSP(Kind.GPR, 4, 8), RBP(Kind.GPR, 5, 8), RSI(Kind.GPR, 6, 8), RDI(Kind.GPR, 7, 8),
    R8(Kind.GPR, 8, 8), R9(Kind.GPR, 9, 8), R10(Kind.GPR, 10, 8), R11(Kind.GPR, 11, 8),
    R12(Kind.GPR, 12, 8), R13(Kind.GPR, 13, 8), R14(Kind.GPR, 14, 8), R15(Kind.GPR, 15, 8),
    /** Instruction pointer, only as the base of RIP-relative (or EIP-relative) addresses. */
    RIP(Kind.IP, 16, 8), EIP(Kind.IP, 16, 4),
    ES(Kind.SEGMENT, 0, 2), CS(Kind.SEGMENT, 1, 2), SS(Kind.SEGMENT, 2, 2), DS(Kind.SEGMENT, 3, 2),
    FS(Kind.SEGMENT, 4, 2), GS(Kind.SEGMENT, 5, 2),
    CR0(Kind.CONTROL, 0, 8), CR1(Kind.CONTROL, 1, 8), CR2(Kind.CONTROL, 2, 8), CR3(Kind.CONTROL, 3, 8),
    CR4(Kind.CONTROL, 4, 8), CR5(Kind.CONTROL, 5, 8), CR6(Kind.CONTROL, 6, 8), CR7(Kind.CONTROL, 7, 8),
    CR8(Kind.CONTROL, 8, 8), CR9(Kind.CONTROL, 9, 8), CR10(Kind.CONTROL, 10, 8), CR11(Kind.CONTROL, 11, 8),
    CR12(Kind.CONTROL, 12, 8), CR13(Kind.CONTROL, 13, 8), CR14(Kind.CONTROL, 14, 8), CR15(Kind.CONTROL, 15, 8),
    DR0(Kind.DEBUG, 0, 8), DR1(Kind.DEBUG, 1, 8), DR2(Kind.DEBUG, 2, 8), DR3(Kind.DEBUG, 3, 8),
    DR4(Kind.DEBUG, 4, 8), DR5(Kind.DEBUG, 5, 8), DR6(Kind.DEBUG, 6, 8), DR7(Kind.DEBUG, 7, 8),
    DR8(Kind.DEBUG, 8, 8), DR9(Kind.DEBUG, 9, 8), DR10(Kind.DEBUG, 10, 8), DR11(Kind.DEBUG, 11, 8),
    DR12(Kind.DEBUG, 12, 8), DR13(Kind.DEBUG, 13, 8), DR14(Kind.DEBUG, 14, 8), DR15(Kind.DEBUG, 15, 8),
    ST0(Kind.X87, 0, 10), ST1(Kind.X87, 1, 10), ST2(Kind.X87, 2, 10), ST3(Kind.X87, 3, 10),
    ST4(Kind.X87, 4, 10), ST5(Kind.X87, 5, 10), ST6(Kind.X87, 6, 10), ST7(Kind.X87, 7, 10),
    MM0(Kind.MMX, 0, 8), MM1(Kind.MMX, 1, 8), MM2(Kind.MMX, 2, 8), MM3(Kind.MMX, 3, 8),
    MM4(Kind.MMX, 4, 8), MM5(Kind.MMX, 5, 8), MM6(Kind.MMX, 6, 8), MM7(Kind.MMX, 7, 8),
    XMM0(Kind.XMM, 0, 16), XMM1(Kind.XMM, 1, 16), XMM2(Kind.XMM, 2, 16), XMM3(Kind.XMM, 3, 16),
    XMM4(Kind.XMM, 4, 16), XMM5(Kind.XMM, 5, 16), XMM6(Kind.XMM, 6, 16), XMM7(Kind.XMM, 7, 16),
    XMM8(Kind.XMM, 8, 16), XMM9(Kind.XMM, 9, 16), XMM10(Kind.XMM, 10, 16), XMM11(Kind.XMM, 11, 16),
    XMM12(Kind.XMM, 12, 16), XMM13(Kind.XMM, 13, 16), XMM14(Kind.XMM, 14, 16), XMM15(Kind.XMM, 15, 16),
    YMM0(Kind.YMM, 0, 32), YMM1(Kind.YMM, 1, 32), YMM2(Kind.YMM, 2, 32), YMM3(Kind.YMM, 3, 32),
    YMM4(Kind.YMM, 4, 32), YMM5(Kind.YMM, 5, 32), YMM6(Kind.YMM, 6, 32), YMM7(Kind.YMM, 7, 32),
    YMM8(Kind.YMM, 8, 32), YMM9(Kind.YMM, 9, 32), YMM10(Kind.YMM, 10, 32), YMM11(Kind.YMM, 11, 32),
    YMM12(Kind.YMM, 12, 32), YMM13(Kind.YMM, 13, 32), YMM14(Kind.YMM, 14, 32), YMM15(Kind.YMM, 15, 32);

    public enum Kind { GPR, GPR_HIGH, IP, SEGMENT, CONTROL, DEBUG, X87, MMX, XMM, YMM }

    public final Kind kind;
    /** Encoding number (0-15), including the REX/VEX extension bit. */
    public final int number;
    /** Width in bytes. */
    public final int size;
    /** Lower-case name as GNU tools print it (without '%'); x87 registers as st(i). */
    public final String gnuName;

    Register(Kind kind, int number, int size) {
        this.kind = kind;
        this.number = number;
        this.size = size;
        this.gnuName = kind == Kind.X87 ? "st(" + number + ")" : name().toLowerCase(java.util.Locale.ROOT);
    }

    private static final Register[] BY_SIZE_1 = new Register[16], BY_SIZE_2 = new Register[16],
            BY_SIZE_4 = new Register[16], BY_SIZE_8 = new Register[16], HIGH = new Register[8],
            SEG = new Register[8], CR = new Register[16], DR = new Register[16], MMX = new Register[8],
            XMM = new Register[16], YMM = new Register[16];

    static {
        for (Register r : values()) {
            switch (r.kind) {
                case GPR -> (r.size == 1 ? BY_SIZE_1 : r.size == 2 ? BY_SIZE_2 : r.size == 4 ? BY_SIZE_4 : BY_SIZE_8)[r.number] = r;
                case GPR_HIGH -> HIGH[r.number] = r;
                case SEGMENT -> SEG[r.number] = r;
                case CONTROL -> CR[r.number] = r;
                case DEBUG -> DR[r.number] = r;
                case MMX -> MMX[r.number] = r;
                case XMM -> XMM[r.number] = r;
                case YMM -> YMM[r.number] = r;
                default -> { }
            }
        }
    }

    /**
     * The general register with this number and width. For byte registers 4-7 the answer depends
     * on whether the instruction has a REX prefix: with one they are SPL..DIL, without AH..BH.
     */
    public static Register gpr(int number, int size, boolean rexPresent) {
        return switch (size) {
            case 1 -> !rexPresent && number >= 4 && number < 8 ? HIGH[number] : BY_SIZE_1[number];
            case 2 -> BY_SIZE_2[number];
            case 4 -> BY_SIZE_4[number];
            default -> BY_SIZE_8[number];
        };
    }

    public static Register segment(int number) {
        return SEG[number & 7];
    }

    public static Register control(int number) {
        return CR[number & 15];
    }

    public static Register debug(int number) {
        return DR[number & 15];
    }

    public static Register mmx(int number) {
        return MMX[number & 7];
    }

    public static Register xmm(int number) {
        return XMM[number & 15];
    }

    public static Register ymm(int number) {
        return YMM[number & 15];
    }

    public static Register st(int number) {
        return values()[ST0.ordinal() + (number & 7)];
    }

    public boolean isGpr() {
        return kind == Kind.GPR || kind == Kind.GPR_HIGH;
    }

    /** Looks a register up by its GNU name ("rax", "r8d", "xmm3", "st(1)", "st"), or null. */
    public static Register byName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.equals("st")) return ST0;
        for (Register r : values()) if (r.gnuName.equals(n)) return r;
        return null;
    }
}
