package pacifica.linux;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import pacifica.linux.fs.StreamFile;
import pacifica.linux.fs.Vfs;
import pacifica.linux.sys.Errno;
import pacifica.x86.elf.ElfFile;

/**
 * Runs a static x86-64 Linux program like qemu-x86_64: loads it, gives it stdin/stdout/stderr,
 * runs it (and the processes it forks) to completion, and returns its exit status the way a shell
 * reports it (the exit code, 128+n after a fatal signal n, 127 when the program is not found,
 * 126 when it cannot be executed).
 */
public final class LinuxRunner {
    /** Everything {@code pacifica run} takes. */
    public static final class Options {
        public String program;
        public List<String> args = new ArrayList<>();
        /** Environment; null: the host's. */
        public Map<String, String> env;
        public String cwd;
        public Path root = Path.of("/");
        public InputStream in = System.in;
        public OutputStream out = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        public OutputStream err = new java.io.FileOutputStream(java.io.FileDescriptor.err);
        public boolean strace;
        public Path trace;
        /** Kill every guest process after this many milliseconds (0: never); tests use it. */
        public long timeoutMillis;
    }

    private LinuxRunner() {}

    public static int run(Options o) {
        PrintStream err = new PrintStream(o.err, true);
        Vfs vfs = new Vfs(o.root);
        Kernel k = new Kernel(vfs, err);
        if (o.strace) k.strace = err;
        if (o.trace != null) {
            try {
                k.trace = new InstructionTrace(new java.io.PrintWriter(Files.newBufferedWriter(o.trace)));
            } catch (java.io.IOException e) {
                err.println("pacifica: cannot write " + o.trace + ": " + e.getMessage());
                return 1;
            }
        }
        Proc p = new Proc(k, k.allocPid());
        k.firstPid = p.pid;
        String cwd = o.cwd;
        if (cwd == null) {
            String host = Path.of("").toAbsolutePath().toString();
            cwd = vfs.isHostRoot() ? host : (vfs.guestPath(Path.of(host)) != null ? vfs.guestPath(Path.of(host)) : "/");
        }
        Vfs.Resolved cr = vfs.resolve("/", cwd, true);
        if (!cr.ok() || !Files.isDirectory(cr.host())) {
            err.println("pacifica: --cwd " + cwd + ": not a directory");
            return 1;
        }
        p.cwd = cr.guest();
        Map<String, String> env = o.env != null ? o.env : new TreeMap<>(System.getenv());
        String program = o.program;
        if (!program.contains("/")) program = searchPath(vfs, p.cwd, env.getOrDefault("PATH", ""), program);
        Vfs.Resolved r = vfs.resolve(p.cwd, program, true);
        try {
            if (!r.ok()) {
                throw new Loader.LoadException(r.errno() == Errno.ENOENT ? Errno.ENOENT : Errno.EACCES,
                        o.program + ": " + (r.errno() == Errno.ENOENT ? "No such file or directory" : "cannot resolve path"));
            }
            ElfFile elf = Loader.check(r.host(), o.program);
            List<String> argv = new ArrayList<>();
            argv.add(bytes(o.program));
            for (String a : o.args) argv.add(bytes(a));
            List<String> envp = new ArrayList<>();
            for (Map.Entry<String, String> e : env.entrySet()) envp.add(bytes(e.getKey() + "=" + e.getValue()));
            Loader.load(p, elf, program, argv, envp);
            p.exe = r.guest();
        } catch (Loader.LoadException e) {
            err.println("pacifica: " + e.getMessage());
            return e.errno == Errno.ENOENT ? 127 : 126;
        }
        p.fds[0] = new StreamFile(o.in, null, 0, "/dev/stdin");
        p.fds[1] = new StreamFile(null, o.out, 1, "/dev/stdout");
        p.fds[2] = new StreamFile(null, o.err, 1, "/dev/stderr");
        java.util.Timer timer = null;
        if (o.timeoutMillis > 0) {
            timer = new java.util.Timer("pacifica-timeout", true);
            timer.schedule(new java.util.TimerTask() {
                @Override
                public void run() {
                    err.println("pacifica: timed out after " + o.timeoutMillis + " ms");
                    k.killed = true;
                    for (Proc q : k.procs.values()) pacifica.linux.sys.Signals.send(q, 9, 0, 0);
                }
            }, o.timeoutMillis);
        }
        int status = p.runLoop();
        if (timer != null) timer.cancel();
        if (k.trace != null) k.trace.close();
        err.flush();
        if ((status & 0x7F) != 0) return 128 + (status & 0x7F);
        return (status >> 8) & 0xFF;
    }

    /** Host strings (UTF-16) become guest byte strings (one char per byte). */
    static String bytes(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String searchPath(Vfs vfs, String cwd, String path, String name) {
        for (String dir : path.split(":")) {
            String cand = (dir.isEmpty() ? "." : dir) + "/" + name;
            Vfs.Resolved r = vfs.resolve(cwd, cand, true);
            if (r.ok() && Files.isRegularFile(r.host()) && Files.isExecutable(r.host())) return cand;
        }
        return "./" + name;
    }
}
