package pacifica.emu.cpu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import pacifica.x86.gnu.GnuTools;

/**
 * The native side of differential testing: {@code harness.c} compiled with gcc once per JVM, fed
 * batches of {@link DiffCase}s on stdin; returns one result line per case.
 */
final class NativeHarness {
    static final long CODE = 0x20000000L;
    static final long SCRATCH = 0x10000000L;
    static final int SCRATCH_SIZE = 0x2000;

    /** The harness binaries: [0] general registers only, [1] built with -DFX_STATE (x87/SSE state too). */
    private static final Path[] BINARIES = new Path[2];

    private NativeHarness() {}

    static Path binary() throws IOException {
        return binary(false);
    }

    /** harness.c compiled once per JVM; {@code fxState} adds the FXSAVE image to each record and line. */
    static synchronized Path binary(boolean fxState) throws IOException {
        int k = fxState ? 1 : 0;
        if (BINARIES[k] != null) return BINARIES[k];
        Path dir = Files.createTempDirectory("pacifica-harness-");
        dir.toFile().deleteOnExit();
        Path src = dir.resolve("harness.c");
        try (InputStream in = NativeHarness.class.getResourceAsStream("harness.c")) {
            Files.write(src, in.readAllBytes());
        }
        Path exe = dir.resolve(fxState ? "harness-fx" : "harness");
        List<String> cc = new ArrayList<>(List.of("gcc", "-O1"));
        if (fxState) cc.add("-DFX_STATE");
        cc.addAll(List.of("-o", exe.toString(), src.toString()));
        GnuTools.run(cc);
        exe.toFile().deleteOnExit();
        src.toFile().deleteOnExit();
        BINARIES[k] = exe;
        return exe;
    }

    static byte[] encode(List<DiffCase> cases) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cases.size() * 200);
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        for (DiffCase c : cases) {
            b.clear();
            b.putInt(c.code().length).put(c.code()).putLong(c.seed());
            for (long r : c.regs()) b.putLong(r);
            b.putLong(c.rflags()).putInt(c.pokeOffset()).putLong(c.pokeValue());
            out.write(b.array(), 0, b.position());
        }
        out.write(0);
        out.write(0);
        out.write(0);
        out.write(0);
        return out.toByteArray();
    }

    static List<String> run(List<DiffCase> cases) throws IOException {
        GnuTools.ProcessResult r = GnuTools.run(List.of(binary().toString()), encode(cases), Duration.ofMinutes(5), true);
        List<String> lines = new ArrayList<>(cases.size());
        for (String l : r.stdout().split("\n")) if (!l.isEmpty()) lines.add(l);
        if (lines.size() != cases.size()) {
            throw new IOException("harness returned " + lines.size() + " lines for " + cases.size() + " cases");
        }
        return lines;
    }
}
