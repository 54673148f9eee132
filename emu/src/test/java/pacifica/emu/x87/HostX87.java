package pacifica.emu.x87;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import pacifica.x86.gnu.GnuTools;

/**
 * The host processor's x87 unit as an oracle: the C program {@code x87oracle.c} (a test resource)
 * compiled with gcc once per test run, fed batches of cases through a file and answering with one
 * record per case. Needs gcc and an x86-64 host; tests skip visibly otherwise.
 */
final class HostX87 {
    // Operation codes shared with x87oracle.c.
    static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, SQRT = 4, FCOM = 5, FUCOM = 6, FRNDINT = 7,
            FILD16 = 8, FILD32 = 9, FILD64 = 10, FIST16 = 11, FIST32 = 12, FIST64 = 13,
            FISTTP16 = 14, FISTTP32 = 15, FISTTP64 = 16, FLD32 = 17, FLD64 = 18, FST32 = 19, FST64 = 20,
            FBLD = 21, FBSTP = 22, FCOMI = 23, FUCOMI = 24,
            FSIN = 30, FCOS = 31, FSINCOS = 32, FPTAN = 33, FPATAN = 34, F2XM1 = 35, FYL2X = 36,
            FYL2XP1 = 37, FSCALE = 38, FXTRACT = 39, FPREM = 40, FPREM1 = 41;

    static final int RECORD = 56;

    /** One case: operation, control word, operands a (ST0) and b (ST1), 16 bytes of memory operand. */
    static final class Case {
        int op, cw;
        int seA, seB;
        long mA, mB;
        long mem0 = 0xA5A5_A5A5_A5A5_A5A5L, mem1 = 0xA5A5_A5A5_A5A5_A5A5L;
        // results
        int r1se, r2se, sw, eflags;
        long r1m, r2m, out0, out1;

        Case(int op, int cw, int seA, long mA, int seB, long mB) {
            this.op = op;
            this.cw = cw;
            this.seA = seA;
            this.mA = mA;
            this.seB = seB;
            this.mB = mB;
        }

        @Override
        public String toString() {
            return String.format("op %d cw %04x a=%04x:%016x b=%04x:%016x mem=%016x -> host r1=%04x:%016x"
                            + " r2=%04x:%016x mem=%04x:%016x sw=%04x",
                    op, cw, seA, mA, seB, mB, mem0, r1se, r1m, r2se, r2m, out1 & 0xFFFF, out0, sw);
        }
    }

    private static Path binary;
    private static String unavailable;

    private HostX87() {}

    /** Skips the test unless gcc is installed and the host is x86-64. */
    static synchronized void assume() {
        if (binary == null && unavailable == null) build();
        assumeTrue(unavailable == null, () -> "skipped: " + unavailable);
    }

    private static void build() {
        String arch = System.getProperty("os.arch");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            unavailable = "host is " + arch + ", not x86-64: no x87 to compare with";
            return;
        }
        if (!GnuTools.has("gcc")) {
            unavailable = "gcc not installed (needed to build the host x87 oracle)";
            return;
        }
        try {
            Path dir = Files.createTempDirectory("pacifica-x87-");
            dir.toFile().deleteOnExit();
            Path src = dir.resolve("x87oracle.c");
            try (InputStream in = HostX87.class.getResourceAsStream("x87oracle.c")) {
                Files.copy(in, src);
            }
            Path exe = dir.resolve("x87oracle");
            GnuTools.run(List.of("gcc", "-O2", "-o", exe.toString(), src.toString()));
            src.toFile().deleteOnExit();
            exe.toFile().deleteOnExit();
            binary = exe;
        } catch (IOException e) {
            unavailable = "could not build the x87 oracle: " + e.getMessage();
        }
    }

    /** Runs all cases on the host, filling in their result fields. */
    static void run(List<Case> cases) {
        assume();
        ByteBuffer in = ByteBuffer.allocate(cases.size() * RECORD).order(ByteOrder.LITTLE_ENDIAN);
        for (Case c : cases) {
            in.putInt(c.op).putInt(c.cw);
            in.putLong(c.mA).putShort((short) c.seA).putShort((short) 0).putInt(0);
            in.putLong(c.mB).putShort((short) c.seB).putShort((short) 0).putInt(0);
            in.putLong(c.mem0).putLong(c.mem1);
        }
        try {
            Path dir = Files.createTempDirectory("pacifica-x87-run-");
            Path inFile = dir.resolve("in.bin"), outFile = dir.resolve("out.bin");
            Files.write(inFile, in.array());
            Process p = new ProcessBuilder(binary.toString())
                    .redirectInput(inFile.toFile()).redirectOutput(outFile.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("x87 oracle timed out");
            }
            if (p.exitValue() != 0) throw new IOException("x87 oracle exited with " + p.exitValue());
            ByteBuffer out = ByteBuffer.wrap(Files.readAllBytes(outFile)).order(ByteOrder.LITTLE_ENDIAN);
            Files.delete(inFile);
            Files.delete(outFile);
            Files.delete(dir);
            if (out.remaining() != cases.size() * RECORD) throw new IOException("short oracle output");
            for (Case c : cases) {
                c.r1m = out.getLong();
                c.r1se = out.getShort() & 0xFFFF;
                out.position(out.position() + 6);
                c.r2m = out.getLong();
                c.r2se = out.getShort() & 0xFFFF;
                out.position(out.position() + 6);
                c.out0 = out.getLong();
                c.out1 = out.getLong();
                c.sw = out.getShort() & 0xFFFF;
                c.eflags = out.get() & 0xFF;
                out.position(out.position() + 5);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs case {@code c}'s transcendental operation (FSIN ... FYL2XP1) in the library; true when it wrote a result. */
    static boolean transcendental(FpEnv env, Case c) {
        env.control = c.cw;
        return switch (c.op) {
            case FSIN -> Float80Transcendental.fsin(env, c.seA, c.mA);
            case FCOS -> Float80Transcendental.fcos(env, c.seA, c.mA);
            case FSINCOS -> Float80Transcendental.fsincos(env, c.seA, c.mA);
            case FPTAN -> Float80Transcendental.fptan(env, c.seA, c.mA);
            case FPATAN -> Float80Transcendental.fpatan(env, c.seA, c.mA, c.seB, c.mB);
            case F2XM1 -> Float80Transcendental.f2xm1(env, c.seA, c.mA);
            case FYL2X -> Float80Transcendental.fyl2x(env, c.seA, c.mA, c.seB, c.mB);
            default -> Float80Transcendental.fyl2xp1(env, c.seA, c.mA, c.seB, c.mB);
        };
    }
}
