package pacifica.x86.asm;

/** Development helper: assembles its arguments (one line each) and prints the bytes. */
public final class Dev {
    public static void main(String[] args) {
        int mode = Integer.parseInt(args[0]);
        for (int i = 1; i < args.length; i++) {
            try {
                byte[] b = TextAssembler.assemble("t.s", args[i], mode, 0, TextAssembler.Layout.FLAT).section(".text").data();
                System.out.println(args[i] + "  =>  " + java.util.HexFormat.ofDelimiter(" ").formatHex(b));
            } catch (AsmException e) {
                System.out.println(args[i] + "  =>  " + e.errors());
            }
        }
    }
}
