package pacifica.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loader errors and exit statuses, --strace lines, --trace lines, -E/--cwd. */
class RunnerTest {
    record Result(int status, String out, String err) { }

    static Result run(Path dir, String program, List<String> args, boolean strace, Path trace) {
        LinuxRunner.Options o = new LinuxRunner.Options();
        o.program = program;
        o.args = args;
        o.env = Map.of("PATH", "/bin:/usr/bin", "GREETING", "hi there");
        o.cwd = dir.toString();
        o.strace = strace;
        o.trace = trace;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        o.in = new ByteArrayInputStream(new byte[0]);
        o.out = out;
        o.err = err;
        o.timeoutMillis = 60_000;
        int s = LinuxRunner.run(o);
        return new Result(s, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void loaderErrorsLikeAShell(@TempDir Path tmp) throws Exception {
        Result r = run(tmp, "./missing", List.of(), false, null);
        assertEquals(127, r.status());
        assertEquals("pacifica: ./missing: No such file or directory\n", r.err());
        Path text = tmp.resolve("script.txt");
        Files.writeString(text, "just text\n");
        Files.setPosixFilePermissions(text, PosixFilePermissions.fromString("rwxr-xr-x"));
        r = run(tmp, text.toString(), List.of(), false, null);
        assertEquals(126, r.status());
        assertTrue(r.err().contains("not an ELF executable"), r.err());
        Path noexec = tmp.resolve("noexec");
        Files.writeString(noexec, "x");
        r = run(tmp, noexec.toString(), List.of(), false, null);
        assertEquals(126, r.status());
        assertTrue(r.err().endsWith("Permission denied\n"), r.err());
        // A minimal ELF32 header (e_ident class 1).
        byte[] elf32 = new byte[52];
        elf32[0] = 0x7f;
        elf32[1] = 'E';
        elf32[2] = 'L';
        elf32[3] = 'F';
        elf32[4] = 1;
        elf32[5] = 1;
        elf32[6] = 1;
        elf32[16] = 2;
        elf32[18] = 3;
        elf32[20] = 1;
        elf32[40] = 52;
        Path e32 = tmp.resolve("e32");
        Files.write(e32, elf32);
        Files.setPosixFilePermissions(e32, PosixFilePermissions.fromString("rwxr-xr-x"));
        r = run(tmp, e32.toString(), List.of(), false, null);
        assertEquals(126, r.status());
        assertTrue(r.err().contains("32-bit"), r.err());
        Path dyn = Path.of("/bin/ls");
        assumeTrue(Files.exists(dyn));
        r = run(tmp, dyn.toString(), List.of(), false, null);
        assertEquals(126, r.status());
        assertTrue(r.err().contains("dynamically linked"), r.err());
    }

    @Test
    void straceLines(@TempDir Path tmp) {
        assumeTrue(Files.isExecutable(Path.of(BusyboxTest.BB)), "busybox not installed");
        Result r = run(tmp, BusyboxTest.BB, List.of("cat", "/nonexistent"), true, null);
        assertEquals(1, r.status());
        assertTrue(r.err().contains("openat(AT_FDCWD, \"/nonexistent\", O_RDONLY) = -1 ENOENT (No such file or directory)\n"),
                r.err());
        assertTrue(r.err().contains("write(2, \"cat: can't open '/nonexistent': \"..., 58) = 58\n"), r.err());
        assertTrue(r.err().endsWith("exit_group(1) = ?\n+++ exited with 1 +++\n"), r.err());
    }

    @Test
    void environmentAndCwd(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(BusyboxTest.BB)), "busybox not installed");
        Files.createDirectories(tmp.resolve("sub"));
        Result r = run(tmp.resolve("sub"), BusyboxTest.BB, List.of("sh", "-c", "echo \"$GREETING\"; pwd; env | sort"),
                false, null);
        assertEquals("hi there\n" + tmp.resolve("sub") + "\nGREETING=hi there\nPATH=/bin:/usr/bin\n"
                + "PWD=" + tmp.resolve("sub") + "\n", r.out().replaceAll("(?m)^SHLVL=.*\n", ""));
    }

    @Test
    void instructionTrace(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(BusyboxTest.BB)), "busybox not installed");
        Path trace = tmp.resolve("trace.txt");
        Result r = run(tmp, BusyboxTest.BB, List.of("true"), false, trace);
        assertEquals(0, r.status());
        List<String> lines = Files.readAllLines(trace);
        assertTrue(lines.size() > 1000, "only " + lines.size() + " lines");
        // The first instruction is the ELF entry point: "pid address: bytes text".
        long entry = pacifica.x86.elf.ElfFile.read(Path.of(BusyboxTest.BB)).entry();
        assertTrue(lines.get(0).matches("\\d+ " + String.format("%016x", entry) + ": [0-9a-f]+ +\\S.*"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).contains("syscall"), lines.get(lines.size() - 1));
    }
}
