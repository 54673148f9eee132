package pacifica.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunFlatCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result run(String hex, String... args) throws IOException {
        Path f = dir.resolve("p.bin");
        Files.write(f, HexFormat.of().parseHex(hex.replace(" ", "")));
        String[] all = new String[args.length + 2];
        all[0] = "run-flat";
        all[1] = f.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void runsToHltAndPrintsJson() throws IOException {
        // mov $5,%rax; add $7,%rax; push %rax; mov (%rsp),%rbx; hlt
        Result r = run("48 c7 c0 05 00 00 00 48 83 c0 07 50 48 8b 1c 24 f4",
                "--map", "0x80000:0x10000", "--set", "RSP=0x90000", "--json");
        assertEquals(0, r.code(), r.err());
        String j = r.out().strip();
        assertTrue(j.startsWith("{") && j.endsWith("}") && j.indexOf('\n') < 0, j);
        assertTrue(j.contains("\"RAX\":\"0xc\""), j);
        assertTrue(j.contains("\"RBX\":\"0xc\""), j);
        assertTrue(j.contains("\"RSP\":\"0x8fff8\""), j);
        assertTrue(j.contains("\"RIP\":\"0x10011\""), j);
        assertTrue(j.contains("\"RFLAGS\":\"0x206\""), j);
        assertTrue(j.contains("\"XMM15\":[\"0x0\",\"0x0\"]"), j);
        assertTrue(j.contains("\"MM7\":[\"0x0\",\"0x0\"]"), j);
        assertTrue(j.contains("\"FCW\":\"0x37f\"") && j.contains("\"FTW\":\"0xffff\"") && j.contains("\"MXCSR\":\"0x1f80\""), j);
    }

    @Test
    void x87StateInPhysicalOrderWithTheTagWord() throws IOException {
        // fldz; fld1; hlt -- physical 7 holds +0 (tag 01), physical 6 holds 1.0 (tag 00), TOP = 6
        Result r = run("d9 ee d9 e8 f4", "--json");
        assertEquals(0, r.code(), r.err());
        String j = r.out();
        assertTrue(j.contains("\"MM6\":[\"0x8000000000000000\",\"0x3fff\"]"), j);
        assertTrue(j.contains("\"MM7\":[\"0x0\",\"0x0\"]"), j);
        assertTrue(j.contains("\"FSW\":\"0x3000\""), j);
        assertTrue(j.contains("\"FTW\":\"0x4fff\""), j);
    }

    @Test
    void memOptionAndBase() throws IOException {
        // mov 0x200000,%rax; hlt at base 0x400000
        Result r = run("48 8b 04 25 00 00 20 00 f4", "--base", "0x400000", "--map", "0x200000:0x1000",
                "--mem", "0x200000:efbeadde", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"RAX\":\"0xdeadbeef\""), r.out());
    }

    @Test
    void exceptionAndLimitExitNonZero() throws IOException {
        Result r = run("48 31 c9 48 f7 f1"); // xor %rcx,%rcx; div %rcx
        assertEquals(RunFlatCommand.EXIT_EXCEPTION, r.code());
        assertTrue(r.err().contains("#DE (vector 0)") && r.err().contains("RIP=0x10003"), r.err());
        r = run("eb fe", "--max-insns", "500");
        assertEquals(RunFlatCommand.EXIT_LIMIT, r.code());
        assertTrue(r.err().contains("no HLT after 500 instructions"), r.err());
        r = run("8b 04 25 00 00 40 00"); // unmapped read
        assertTrue(r.err().contains("#PF (vector 14) error code 0x0 address 0x400000"), r.err());
    }

    @Test
    void badArgumentsAreOneLineErrors() throws IOException {
        Result r = run("f4", "--set", "NOPE=1");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        r = run("f4", "--map", "zz:10");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not a number"), r.err());
        r = run("f4", "--map", "0x10000:0x1000");
        assertTrue(r.err().contains("overlaps"), r.err());
    }
}
