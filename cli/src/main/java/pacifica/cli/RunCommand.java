package pacifica.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import pacifica.linux.LinuxRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pacifica run}: runs a static x86-64 Linux program in user mode, like qemu-x86_64. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, description = {
    "Run a static x86-64 Linux program (ELF64, static or static-PIE) in user mode, like qemu-x86_64.",
    "The exit status is the program's; 128+n when a signal n ends it; 127 when PROGRAM is not found;",
    "126 when it cannot be run (not ELF, 32-bit, dynamically linked)."})
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--strace", description = "print each system call on stderr, as strace does")
    boolean strace;

    @Option(names = "--trace", paramLabel = "FILE", description = "write every executed instruction (address, bytes, AT&T text) to FILE")
    Path trace;

    @Option(names = "-E", paramLabel = "VAR=VAL", description = "set an environment variable (repeatable)")
    List<String> set = new ArrayList<>();

    @Option(names = "-U", paramLabel = "VAR", description = "remove an environment variable (repeatable)")
    List<String> unset = new ArrayList<>();

    @Option(names = "--cwd", paramLabel = "DIR", description = "the guest's working directory")
    String cwd;

    @Option(names = "--root", paramLabel = "DIR", description = "guest file system root: every guest path resolves inside DIR")
    Path root;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "the program")
    String program;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "its arguments")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        LinuxRunner.Options o = new LinuxRunner.Options();
        o.program = program;
        o.args = args;
        Map<String, String> env = new TreeMap<>(System.getenv());
        for (String u : unset) env.remove(u);
        for (String s : set) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new Main.UserException("-E expects VAR=VAL: " + s, Main.EXIT_USAGE);
            env.put(s.substring(0, eq), s.substring(eq + 1));
        }
        o.env = env;
        o.cwd = cwd;
        if (root != null) {
            if (!Files.isDirectory(root)) throw new Main.UserException("--root " + root + ": not a directory");
            o.root = root;
        }
        o.strace = strace;
        o.trace = trace;
        return LinuxRunner.run(o);
    }
}
