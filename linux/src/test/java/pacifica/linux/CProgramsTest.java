package pacifica.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * C programs from test resources (memory.c is glibc-only: musl's sbrk refuses to grow the heap), built with {@code gcc -static -O2} at test time, run natively and
 * under Pacifica in fresh directories: stdout, stderr and the exit status must be equal.
 */
class CProgramsTest {
    static final String[] COMPILERS = {"gcc", "musl-gcc"};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"files", "procs", "signals", "memory", "time", "floats", "sse", "auxv", "traps",
        "auxv:gcc-static-pie", "files:musl-gcc", "procs:musl-gcc", "traps:musl-gcc",
        "time:musl-gcc"})
    void sameAsNative(String spec, @TempDir Path tmp) throws Exception {
        String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        String cc = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : "gcc";
        Path exe = compile(cc, name, tmp);
        Path a = Files.createDirectories(tmp.resolve("native")), b = Files.createDirectories(tmp.resolve("emu"));
        List<String> cmd = List.of(exe.toString(), "one", "two words", "");
        GuestRun.Outcome want = GuestRun.host(a, "", cmd);
        GuestRun.Outcome got = GuestRun.pacifica(b, "", cmd);
        System.out.printf("%s (%s): native %.3f s, pacifica %.3f s%n", name, cc, want.nanos() / 1e9, got.nanos() / 1e9);
        assertEquals(want.show(), got.show());
    }

    static Path compile(String cc, String name, Path dir) throws IOException, InterruptedException {
        boolean pie = cc.endsWith("-static-pie");
        if (pie) cc = cc.substring(0, cc.length() - "-static-pie".length());
        assumeTrue(onPath(cc), cc + " not installed: C program tests skipped");
        Path src = dir.resolve(name + ".c");
        try (InputStream in = CProgramsTest.class.getResourceAsStream("c/" + name + ".c")) {
            Files.copy(in, src);
        }
        Path exe = dir.resolve(name + "-" + cc);
        Process p = new ProcessBuilder(cc, pie ? "-static-pie" : "-static", "-O2", "-w", "-o", exe.toString(),
                src.toString(), "-lm")
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        p.waitFor(120, TimeUnit.SECONDS);
        assumeTrue(p.exitValue() == 0, cc + " could not build " + name + ": " + log);
        return exe;
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) return true;
        }
        return false;
    }
}
