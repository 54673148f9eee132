package pacifica.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code pacifica run}: exit statuses and option parsing (the guest's options follow PROGRAM). */
class RunCommandTest {
    static final String BB = "/bin/busybox";

    @Test
    void missingProgramIs127() {
        assertEquals(127, Main.run("run", "/nonexistent/program"));
    }

    @Test
    void exitStatusAndGuestOptions() {
        assumeTrue(Files.isExecutable(Path.of(BB)), "busybox not installed");
        assertEquals(5, Main.run("run", BB, "sh", "-c", "exit 5"));
        assertEquals(0, Main.run("run", "-E", "X=1", "-U", "HOME", "--cwd", "/", BB, "test", "-d", "/"));
        assertEquals(1, Main.run("run", BB, "test", "-n", ""));
        assertEquals(143, Main.run("run", BB, "sh", "-c", "kill -TERM $$"));
    }

    @Test
    void badEnvironmentOptionIsUsageError() {
        assertEquals(Main.EXIT_USAGE, Main.run("run", "-E", "novalue", BB));
    }
}
