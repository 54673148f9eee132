package pacifica.x86.conformance;

import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.gnu.GnuObjdump;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Developer tool: random-bytes disagreements with objdump (length/validity), for chasing them. Args: mode count. */
public final class RandomReport {
    public static void main(String[] args) throws IOException {
        int mode = Integer.parseInt(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 30000;
        List<byte[]> enc = RandomBytesTest.randomEncodings(1000 + mode, count);
        List<String> labels = new ArrayList<>();
        Decoder d = new Decoder();
        Instruction insn = new Instruction();
        for (byte[] b : enc) {
            d.decode(b, 0, b.length, 0, mode, insn);
            labels.add(insn.form == null ? "invalid " + insn.invalid : insn.form.mnemonic + " @" + insn.form.origin);
        }
        boolean text = args.length > 2 && args[2].equals("text");
        ObjdumpComparison.Result r = ObjdumpComparison.compare(enc, labels, mode, GnuObjdump.Syntax.ATT, text);
        HexFormat hex = HexFormat.ofDelimiter(" ");
        int real = 0;
        for (ObjdumpComparison.Mismatch m : r.mismatches()) {
            if (KnownDifferences.covers(hex.parseHex(m.bytes()), mode, m.objdump())) continue;
            real++;
            System.out.println(m);
        }
        System.out.printf("compared %d, mismatches %d (not known)%n", r.compared(), real);
    }
}
