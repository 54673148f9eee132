package pacifica.x86.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static pacifica.x86.Register.*;
import static pacifica.x86.encode.Operand.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import pacifica.x86.asm.gen.GenerateAssemblerMethods;
import pacifica.x86.encode.EncodeException;
import pacifica.x86.encode.Label;

/** The typed API; expected bytes are GNU as 2.40's for the same instructions (noted in comments). */
class AssemblerApiTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void generatedMethodsAreUpToDate() throws IOException {
        Path file = Path.of("src/main/java/pacifica/x86/asm/AssemblerMethods.java");
        String current = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(GenerateAssemblerMethods.generate(), current,
                "AssemblerMethods.java is out of date with the instruction table; regenerate it with: "
                        + GenerateAssemblerMethods.COMMAND);
    }

    @Test
    void briefExample() {
        Assembler asm = new Assembler(64);
        asm.mov(RAX, mem(RBX, 8));           // 48 8b 43 08
        Label l = asm.newLabel();
        asm.jne(l);                          // 75 00
        asm.bind(l);
        asm.add(EAX, 1);                     // 83 c0 01
        asm.add(EAX, 0x1000);                // 05 00 10 00 00
        asm.mov(RAX, RBX);                   // 48 89 d8
        asm.mov(RAX, 1);                     // 48 c7 c0 01 00 00 00
        asm.mov(RAX, 0x100000000L);          // 48 b8 00 00 00 00 01 00 00 00
        asm.push(1);                         // 6a 01
        asm.shl(EAX);                        // d1 e0
        asm.shl(EAX, 1);                     // d1 e0
        asm.inc(EAX);                        // ff c0
        asm.test(mem(RAX), EBX);             // 85 18
        asm.xchg(EAX, EBX);                  // 93
        asm.int_(0x80);                      // cd 80
        asm.lock();
        asm.add(mem(RAX).withSize(4), 1);    // f0 83 00 01
        assertEquals("48 8b 43 08 75 00 83 c0 01 05 00 10 00 00 48 89 d8 48 c7 c0 01 00 00 00 "
                        + "48 b8 00 00 00 00 01 00 00 00 6a 01 d1 e0 d1 e0 ff c0 85 18 93 cd 80 f0 83 00 01",
                HEX.formatHex(asm.assemble(0x401000)));
    }

    @Test
    void labelsAndRelaxation() {
        Assembler asm = new Assembler(64);
        Label top = asm.newLabel(), far = asm.newLabel(), data = asm.newLabel();
        asm.bind(top);
        asm.jmp(far);                        // grows to e9: the target is 200 bytes away
        asm.bytes(new byte[200]);
        asm.bind(far);
        asm.je(top);                         // 0f 84 rel32 backwards (GNU as + ld: 0f 84 2d ff ff ff)
        asm.lea(RSI, rip(data));             // 48 8d 35 rel32
        asm.mov(EDI, imm(data, 0));          // bf imm32
        asm.bind(data);
        byte[] code = asm.assemble(0x1000);
        assertEquals("e9 c8 00 00 00", HEX.formatHex(code, 0, 5));
        assertEquals("0f 84 2d ff ff ff 48 8d 35 05 00 00 00 bf df 10 00 00", HEX.formatHex(code, 205, code.length));
    }

    @Test
    void unboundLabelIsAnError() {
        Assembler asm = new Assembler(64);
        asm.jmp(asm.newLabel("nowhere"));
        EncodeException e = assertThrows(EncodeException.class, () -> asm.assemble(0));
        assertEquals("label 'nowhere' is used but never bound", e.getMessage());
    }

    @Test
    void operandMismatchIsAnError() {
        Assembler asm = new Assembler(64);
        asm.mov(EAX, RBX);
        EncodeException e = assertThrows(EncodeException.class, () -> asm.assemble(0));
        assertEquals("instruction 1 (mov): operand size mismatch for 'mov'", e.getMessage());
    }

    @Test
    void alignUsesGnuNops() {
        Assembler asm = new Assembler(64);
        asm.nop();
        asm.align(8);
        asm.ret();
        assertArrayEquals(HEX.parseHex("90 0f 1f 80 00 00 00 00 c3"), asm.assemble(0));
    }
}
