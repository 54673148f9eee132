package pacifica.x86.gnu;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds the GNU tools used as test oracles (objdump, as, objcopy, ld, gcc) and runs them.
 *
 * <p>Oracle tests must skip, not fail, on machines without binutils, so every test that needs a
 * tool calls {@link #assumeTool(String)} first; the skip reason names the missing tool.
 */
public final class GnuTools {

    /** Generous default: bulk runs over 100,000 instructions take a few seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    private static final Map<String, Optional<Path>> FOUND = new ConcurrentHashMap<>();

    private GnuTools() {}

    /** The executable called {@code tool} on PATH, if any (looked up once per tool). */
    public static Optional<Path> find(String tool) {
        return FOUND.computeIfAbsent(tool, GnuTools::searchPath);
    }

    public static boolean has(String tool) {
        return find(tool).isPresent();
    }

    /** Skips the calling test (JUnit assumption) when {@code tool} is not on PATH. */
    public static void assumeTool(String tool) {
        assumeTrue(has(tool), "skipped: " + tool + " not installed");
    }

    /** The tool's path, or an IOException naming the missing tool. */
    public static Path require(String tool) throws IOException {
        return find(tool).orElseThrow(() -> new IOException(tool + " not installed (not found on PATH)"));
    }

    private static Optional<Path> searchPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, tool);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- process runner

    /** What a finished process left behind. {@code stdout} is empty when it was sent to a file. */
    public record ProcessResult(List<String> argv, int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs {@code argv} with no stdin and the default timeout; throws on a nonzero exit. */
    public static ProcessResult run(List<String> argv) throws IOException {
        return run(argv, null, DEFAULT_TIMEOUT, true);
    }

    /**
     * Runs {@code argv}, feeding {@code stdin} (may be null) and capturing stdout and stderr.
     *
     * @param checkExit when true, a nonzero exit becomes an IOException carrying stderr
     */
    public static ProcessResult run(List<String> argv, byte[] stdin, Duration timeout, boolean checkExit)
            throws IOException {
        return run(argv, stdin, timeout, checkExit, null, null);
    }

    /**
     * The general form: also a working directory (may be null) and a file to receive stdout (may be
     * null). Bulk objdump output runs to tens of megabytes, so it goes to a file that is then read as
     * a stream instead of one huge String.
     */
    static ProcessResult run(List<String> argv, byte[] stdin, Duration timeout, boolean checkExit,
                             Path workDir, Path stdoutFile) throws IOException {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty argv");
        }
        String program = argv.getFirst();
        if (!program.contains("/")) {
            require(program); // a clear "not installed" rather than ProcessBuilder's errno text
        }
        ProcessBuilder pb = new ProcessBuilder(argv);
        // binutils translate their messages; the parsers here expect the untranslated "Error:" form.
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        if (stdoutFile != null) {
            pb.redirectOutput(stdoutFile.toFile());
        }
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        }
        Process process = pb.start();

        // Drain both pipes (and feed stdin) concurrently so that a full pipe never blocks the child.
        Drain out = stdoutFile == null ? new Drain(process.getInputStream()) : null;
        Drain err = new Drain(process.getErrorStream());
        Thread feeder = null;
        if (stdin != null) {
            feeder = Thread.ofVirtual().start(() -> {
                try (OutputStream os = process.getOutputStream()) {
                    os.write(stdin);
                } catch (IOException ignored) {
                    // The child may exit without reading all input; its exit code tells the story.
                }
            });
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + argv, e);
        }
        if (!finished) {
            process.destroyForcibly();
            throw new IOException("timed out after " + timeout + ": " + String.join(" ", argv));
        }
        if (feeder != null) {
            joinQuietly(feeder);
        }
        String stdout = out == null ? "" : out.text();
        String stderr = err.text();
        ProcessResult result = new ProcessResult(List.copyOf(argv), process.exitValue(), stdout, stderr);
        if (checkExit && !result.ok()) {
            throw new IOException(String.join(" ", argv) + " exited with " + result.exitCode()
                    + (stderr.isBlank() ? "" : ":\n" + stderr.strip()));
        }
        return result;
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads one child stream to the end on a virtual thread. */
    private static final class Drain {
        private final Thread thread;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private volatile IOException failure;

        Drain(InputStream in) {
            thread = Thread.ofVirtual().start(() -> {
                try (in) {
                    in.transferTo(buffer);
                } catch (IOException e) {
                    failure = e;
                }
            });
        }

        String text() throws IOException {
            joinQuietly(thread);
            if (failure != null) {
                throw failure;
            }
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------- temporary directories

    /** Creates a fresh temporary directory; close it (try-with-resources) to delete it and its files. */
    public static TempDir tempDir() throws IOException {
        return new TempDir(Files.createTempDirectory("pacifica-gnu-"));
    }

    /** A temporary directory deleted recursively on {@link #close()}. */
    public static final class TempDir implements AutoCloseable {
        private final Path path;

        private TempDir(Path path) {
            this.path = path;
        }

        public Path path() {
            return path;
        }

        public Path resolve(String name) {
            return path.resolve(name);
        }

        @Override
        public void close() {
            try (Stream<Path> walk = Files.walk(path)) {
                // Deepest first, so that directories are empty when their turn comes.
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete temporary directory " + path, e);
            }
        }
    }
}
