package pacifica.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import pacifica.emu.cpu.Cpu;
import pacifica.emu.cpu.RunResult;
import pacifica.emu.flat.FlatMachine;
import pacifica.emu.mem.FlatMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pacifica run-flat}: runs a flat 64-bit binary on the emulated CPU until HLT and prints the
 * final architectural state.
 */
@Command(name = "run-flat", description = {
    "Run a flat 64-bit binary until the first HLT and print the final CPU state.",
    "The file is mapped read/write/execute at --base; execution starts there at CPL 0 in 64-bit mode",
    "with all GPRs 0 (RSP too, unless set), RFLAGS 0x202, x87 after FNINIT and MXCSR 0x1F80.",
    "Exit status: 0 after HLT, 3 after an exception, 4 at the instruction limit."})
public final class RunFlatCommand implements Callable<Integer> {
    static final int EXIT_EXCEPTION = 3, EXIT_LIMIT = 4;
    static final String[] GPR = {"RAX", "RCX", "RDX", "RBX", "RSP", "RBP", "RSI", "RDI",
        "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15"};
    /** Output order of the general registers: architectural, RAX RCX RDX RBX RSP RBP RSI RDI R8-R15. */
    static final int[] PRINT_ORDER = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the flat binary")
    Path file;

    @Option(names = "--base", paramLabel = "ADDR", description = "load and start address (default 0x10000)")
    String base = "0x10000";

    @Option(names = "--map", paramLabel = "ADDR:SIZE", description = "map zeroed read/write/execute memory (repeatable)")
    List<String> maps = new ArrayList<>();

    @Option(names = "--mem", paramLabel = "ADDR:HEXBYTES", description = "store bytes into mapped memory (repeatable)")
    List<String> mems = new ArrayList<>();

    @Option(names = "--set", paramLabel = "REG=VALUE",
            description = "initial register value: RAX..R15, RIP, RFLAGS, MXCSR, FSBASE, GSBASE, XMM0..XMM15 (128-bit)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--max-insns", paramLabel = "N", description = "stop after N instructions (default 100000000)")
    long maxInsns = 100_000_000L;

    @Option(names = "--json", description = "print exactly one JSON object")
    boolean json;

    @Override
    public Integer call() throws IOException {
        byte[] code;
        try {
            code = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Main.UserException("no such file: " + file);
        }
        if (code.length == 0) throw new Main.UserException("empty file: " + file);
        if (maxInsns <= 0) throw new Main.UserException("--max-insns must be positive");
        FlatMachine m = new FlatMachine();
        long b = number(base, "--base");
        try {
            m.loadProgram(b, code);
            for (String s : maps) {
                String[] p = split(s, "--map", "ADDR:SIZE");
                long size = number(p[1], "--map size");
                if (size <= 0) throw new Main.UserException("--map size must be positive: " + s);
                m.memory.map(number(p[0], "--map address"), size, FlatMemory.RWX);
            }
            for (String s : mems) {
                String[] p = split(s, "--mem", "ADDR:HEXBYTES");
                byte[] bytes;
                try {
                    bytes = HexFormat.of().parseHex(p[1].replace(" ", ""));
                } catch (IllegalArgumentException e) {
                    throw new Main.UserException("--mem: bad hex bytes in '" + s + "'");
                }
                m.memory.load(number(p[0], "--mem address"), bytes);
            }
        } catch (Main.UserException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new Main.UserException(e.getMessage());
        }
        for (String s : sets) set(m.cpu, s);
        RunResult r = m.run(maxInsns);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(json ? StateFormat.json(m.cpu) : StateFormat.text(m.cpu));
        out.flush();
        switch (r.stop()) {
            case HALT -> {
                return 0;
            }
            case EXCEPTION -> {
                err.println("run-flat: " + r.describe());
                err.flush();
                return EXIT_EXCEPTION;
            }
            case INSTRUCTION_LIMIT -> {
                err.println("run-flat: no HLT after " + maxInsns + " instructions (--max-insns); stopped at RIP=0x"
                        + Long.toHexString(r.rip()));
                err.flush();
                return EXIT_LIMIT;
            }
            default -> {
                err.println("run-flat: " + r.describe());
                err.flush();
                return Main.EXIT_INTERNAL;
            }
        }
    }

    private static String[] split(String s, String option, String form) {
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) throw new Main.UserException(option + " expects " + form + ": " + s);
        return new String[] {s.substring(0, colon), s.substring(colon + 1)};
    }

    static long number(String s, String what) {
        String t = s.trim().replace("_", "");
        try {
            boolean neg = t.startsWith("-");
            if (neg) t = t.substring(1);
            long v = t.startsWith("0x") || t.startsWith("0X") ? Long.parseUnsignedLong(t.substring(2), 16)
                    : Long.parseUnsignedLong(t);
            return neg ? -v : v;
        } catch (NumberFormatException e) {
            throw new Main.UserException(what + ": not a number: '" + s + "'");
        }
    }

    private static void set(Cpu c, String s) {
        int eq = s.indexOf('=');
        if (eq <= 0) throw new Main.UserException("--set expects REG=VALUE: " + s);
        String reg = s.substring(0, eq).trim().toUpperCase(Locale.ROOT);
        String value = s.substring(eq + 1).trim();
        for (int k = 0; k < 16; k++) {
            if (GPR[k].equals(reg)) {
                c.gpr[k] = number(value, reg);
                return;
            }
        }
        switch (reg) {
            case "RIP" -> c.rip = number(value, reg);
            case "RFLAGS" -> c.setRflags(number(value, reg));
            case "MXCSR" -> c.mxcsr = (int) number(value, reg);
            case "FSBASE" -> c.segBase[4] = number(value, reg);
            case "GSBASE" -> c.segBase[5] = number(value, reg);
            default -> {
                if (reg.matches("XMM([0-9]|1[0-5])")) {
                    int n = Integer.parseInt(reg.substring(3));
                    String h = value.startsWith("0x") || value.startsWith("0X") ? value.substring(2) : value;
                    if (!h.matches("[0-9a-fA-F]{1,32}")) throw new Main.UserException(reg + ": expects up to 32 hex digits: " + value);
                    String full = "0".repeat(32 - h.length()) + h;
                    c.xmm[2 * n + 1] = Long.parseUnsignedLong(full.substring(0, 16), 16);
                    c.xmm[2 * n] = Long.parseUnsignedLong(full.substring(16), 16);
                } else {
                    throw new Main.UserException("--set: unknown register '" + reg + "'");
                }
            }
        }
    }
}
