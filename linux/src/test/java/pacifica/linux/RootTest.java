package pacifica.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pacifica.linux.fs.Vfs;

/** --root: no guest path (absolute, relative, "..", symbolic links) reaches a host file outside the root. */
class RootTest {
    @Test
    void resolutionStaysInside(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.writeString(tmp.resolve("secret.txt"), "OUTSIDE");
        Files.createDirectories(root.resolve("dir"));
        Files.createSymbolicLink(root.resolve("abs"), Path.of("/../../.."));
        Files.createSymbolicLink(root.resolve("rel"), Path.of("../../.."));
        Files.createSymbolicLink(root.resolve("dir/up"), Path.of("../../../"));
        Files.createSymbolicLink(root.resolve("loop"), Path.of("loop"));
        Vfs vfs = new Vfs(root);
        for (String p : List.of("/../secret.txt", "../../secret.txt", "../abs/secret.txt", "/rel/secret.txt",
                "up/secret.txt", "/dir/../../secret.txt", "/dir/up/dir/up/secret.txt")) {
            Vfs.Resolved r = vfs.resolve("/dir", p, true);
            assertTrue(r.ok(), p);
            assertEquals("/secret.txt", r.guest(), p);
            assertEquals(root.resolve("secret.txt"), r.host(), p);
        }
        assertEquals(40, vfs.resolve("/", "loop/x", true).errno()); // ELOOP
        assertEquals(2, vfs.resolve("/", "/nope/x", true).errno()); // ENOENT
        assertEquals("/dir", vfs.resolve("/", "abs/dir", true).guest());
    }

    @Test
    void busyboxCannotEscape(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(BusyboxTest.BB)), "busybox not installed");
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.writeString(tmp.resolve("secret.txt"), "OUTSIDE\n");
        Files.writeString(root.resolve("secret.txt"), "INSIDE\n");
        Files.createDirectories(root.resolve("bin"));
        Files.copy(Path.of(BusyboxTest.BB), root.resolve("bin/busybox"));
        Files.createDirectories(root.resolve("dir"));
        Files.createSymbolicLink(root.resolve("abs"), Path.of("/../.."));
        Files.createSymbolicLink(root.resolve("rel"), Path.of("../.."));
        Files.createSymbolicLink(root.resolve("dir/up"), Path.of("../../../"));
        Files.createSymbolicLink(root.resolve("hostpath"), tmp.resolve("secret.txt"));
        String script = "cat /../secret.txt ../../../secret.txt ../abs/secret.txt /rel/secret.txt up/secret.txt; "
                + "cd /; cd ..; cd ..; pwd; cat secret.txt; cat hostpath 2>&1; ls / | tr '\\n' ' '; echo; "
                + "ln -s /../../ esc && cat esc/secret.txt; readlink -f rel; cd /dir/up/../..; pwd";
        LinuxRunner.Options o = new LinuxRunner.Options();
        o.program = "/bin/busybox";
        o.args = List.of("sh", "-c", script);
        o.env = Map.of("PATH", "/bin");
        o.root = root;
        o.cwd = "/dir";
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        o.in = new ByteArrayInputStream(new byte[0]);
        o.out = out;
        o.err = err;
        o.timeoutMillis = 60_000;
        int status = LinuxRunner.run(o);
        String text = out.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("OUTSIDE"), text);
        assertEquals("INSIDE\n".repeat(5) + "/\nINSIDE\ncat: can't open 'hostpath': No such file or directory\n"
                + "abs bin dir hostpath rel secret.txt \nINSIDE\n/\n/\n", text, err.toString());
        assertEquals(0, status);
    }
}
