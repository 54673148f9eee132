package pacifica.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AsmCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Result(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void flatBinaryAtBase() throws Exception {
        Path src = dir.resolve("a.s"), out = dir.resolve("a.bin");
        Files.writeString(src, "start: jmp start\n mov $start, %eax\n .data\n .byte 7\n");
        Result r = run("asm", src.toString(), "-o", out.toString(), "--base", "0x1000");
        assertEquals(0, r.code(), r.err());
        // instructions as GNU as + ld -Ttext=0x1000 encode them; the flat image puts .data right after .text
        assertArrayEquals(HexFormat.ofDelimiter(" ").parseHex("eb fe b8 00 10 00 00 07"), Files.readAllBytes(out));
    }

    @Test
    void elfExecutable() throws Exception {
        Path src = dir.resolve("e.s"), out = dir.resolve("e");
        Files.writeString(src, ".globl _start\n_start: mov $60,%eax\n mov $42,%edi\n syscall\n");
        Result r = run("asm", src.toString(), "-o", out.toString(), "--format", "elf");
        assertEquals(0, r.code(), r.err());
        byte[] elf = Files.readAllBytes(out);
        assertEquals(0x7F, elf[0]);
        assertEquals('E', elf[1]);
        assertTrue(Files.isExecutable(out));
    }

    @Test
    void errorsOneLineEachNonZeroExit() throws Exception {
        Path src = dir.resolve("t.s");
        Files.writeString(src, "nop\n\n        mvo %eax, %ebx\n jmp nowhere\n");
        Result r = run("asm", src.toString(), "-o", dir.resolve("t.bin").toString());
        assertEquals(1, r.code());
        assertEquals(src + ":3:9: unknown mnemonic 'mvo'\n" + src + ":4:6: undefined symbol 'nowhere'\n",
                r.err().replace("\r\n", "\n"));
    }
}
