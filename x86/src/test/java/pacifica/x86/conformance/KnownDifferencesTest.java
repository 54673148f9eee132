package pacifica.x86.conformance;

import org.junit.jupiter.api.Test;
import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.format.AttFormatter;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pins down what Pacifica does where it deliberately differs from objdump (see KnownDifferences). */
class KnownDifferencesTest {
    private static String att(String hex, int mode) {
        byte[] code = HexFormat.of().parseHex(hex);
        assertTrue(KnownDifferences.covers(code, mode));
        Instruction insn = new Instruction();
        new Decoder().decode(code, 0, code.length, 0, mode, insn);
        assertEquals(code.length, insn.length, "one instruction");
        return new AttFormatter().format(insn);
    }

    @Test
    void mpxOpcodesAreHintNops() {
        // objdump: "bndmov (%rax),%bnd0"; AMD64: a hint NOP with a memory operand.
        assertEquals("nopw   (%rax)", att("660f1a00", 64));
        assertEquals("repz nopl (%rax)", att("f30f1b00", 64));
    }

    @Test
    void fwaitAfterRexIsOneInstruction() {
        // objdump prints "rex.W" and "fwait" as two lines.
        assertEquals("rex.W fwait", att("489b", 64));
    }
}
