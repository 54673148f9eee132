package pacifica.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Entry point of the {@code pacifica} command (fat jar {@code cli/target/pacifica.jar}).
 *
 * <p>Error policy: picocli parameter errors print one line on stderr and exit with 2;
 * {@link UserException}s and I/O errors print one line and exit with their code (default 1);
 * no stack trace is printed for either. Anything else is an internal error: one line plus a
 * stack trace, exit 70. Set {@code PACIFICA_DEBUG=1} to get stack traces for every error.
 *
 * <p>Subcommands ({@code disasm}, {@code asm}, {@code run-flat}, {@code run}) are added to
 * {@code subcommands} below.
 */
@Command(
        name = "pacifica",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Pacifica: a pure-Java AMD64 emulator, x86-64 assembler and disassembler.",
        subcommands = {
            Main.VersionCommand.class,
            DisasmCommand.class,
            AsmCommand.class,
            RunFlatCommand.class,
            RunCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {

    /** Exit code for invalid command-line usage. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for an internal error (a bug in Pacifica). */
    public static final int EXIT_INTERNAL = 70;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (never calls {@link System#exit}). */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /** The configured picocli command line; tests may set its out/err writers. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler(Main::handleParameterError);
        cl.setExecutionExceptionHandler(Main::handleExecutionError);
        cl.getSubcommands().get("run").setStopAtPositional(true); // the guest's options follow PROGRAM
        return cl;
    }

    /** A user error (bad input file, unsupported option combination, ...): one line, no trace. */
    public static class UserException extends RuntimeException {
        private final int exitCode;

        public UserException(String message) {
            this(message, 1);
        }

        public UserException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public UserException(String message, Throwable cause) {
            super(message, cause);
            this.exitCode = 1;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private static boolean debug() {
        String d = System.getenv("PACIFICA_DEBUG");
        return d != null && !d.isEmpty() && !d.equals("0");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static int handleParameterError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        String msg = oneLine(ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException u
                && !cl.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            msg = "unknown command '" + u.getUnmatched().get(0) + "'";
        }
        CommandLine root = cl;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        String hint = root == cl ? name + " --help" : root.getCommandName() + " help " + cl.getCommandName();
        err.println(name + ": " + msg + " (try '" + hint + "')");
        if (debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_USAGE;
    }

    private static int handleExecutionError(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        int code;
        if (ex instanceof UserException ue) {
            err.println(name + ": " + oneLine(ue.getMessage()));
            code = ue.exitCode();
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable io = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
            err.println(name + ": I/O error: " + oneLine(describe(io)));
            code = 1;
        } else {
            err.println(name + ": internal error: " + oneLine(describe(ex)));
            ex.printStackTrace(err);
            err.flush();
            return EXIT_INTERNAL;
        }
        if (debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + m;
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + m;
        }
        return m == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + m;
    }

    /** The Pacifica version from the build (filtered {@code version.properties}). */
    public static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException ignored) {
            // fall through
        }
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "unknown";
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"pacifica " + version()};
        }
    }

    @Command(name = "version", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
            description = "Print the Pacifica version and exit.")
    static final class VersionCommand implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().getOut().println("pacifica " + version());
            spec.commandLine().getOut().flush();
        }
    }
}
