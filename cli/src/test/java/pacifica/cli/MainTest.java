package pacifica.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private record Result(int code, String out, String err) {}

    @CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Parameters(index = "0")
        String kind;

        @Override
        public Integer call() throws Exception {
            switch (kind) {
                case "user" -> throw new Main.UserException("bad input: nope.bin", 3);
                case "io" -> throw new java.nio.file.NoSuchFileException("missing.bin");
                default -> throw new IllegalStateException("bug");
            }
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.addSubcommand(new Boom());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpExitsZero() {
        Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: pacifica"), r.out());
    }

    @Test
    void versionCommandPrintsPomVersion() {
        Result r = run("version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("pacifica "), r.out());
        assertFalse(r.out().contains("unknown"), r.out());
        assertFalse(r.out().contains("${"), r.out());
    }

    @Test
    void versionOption() {
        Result r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("pacifica "), r.out());
    }

    @Test
    void unknownOptionIsOneLineAndExitCode2() {
        Result r = run("--no-such-option");
        assertEquals(Main.EXIT_USAGE, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("at pacifica."), r.err());
    }

    @Test
    void unknownSubcommandIsOneLineAndExitCode2() {
        Result r = run("frobnicate", "x");
        assertEquals(Main.EXIT_USAGE, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void subcommandErrorHintsAtHelp() {
        Result r = run("version", "extra");
        assertEquals(Main.EXIT_USAGE, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("pacifica help version"), r.err());
    }

    @Test
    void userErrorIsOneLineWithItsExitCode() {
        Result r = run("boom", "user");
        assertEquals(3, r.code());
        assertEquals("pacifica boom: bad input: nope.bin", r.err().strip());
    }

    @Test
    void ioErrorIsOneLine() {
        Result r = run("boom", "io");
        assertEquals(1, r.code());
        assertEquals("pacifica boom: I/O error: no such file: missing.bin", r.err().strip());
    }

    @Test
    void internalErrorHasStackTrace() {
        Result r = run("boom", "bug");
        assertEquals(Main.EXIT_INTERNAL, r.code());
        assertTrue(r.err().startsWith("pacifica boom: internal error: IllegalStateException: bug"), r.err());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void noArgumentsIsUsageError() {
        Result r = run();
        assertEquals(Main.EXIT_USAGE, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
