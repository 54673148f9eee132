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

    private static Path binary;

    private NativeHarness() {}

    static synchronized Path binary() throws IOException {
        if (binary != null) return binary;
        Path dir = Files.createTempDirectory("pacifica-harness-");
        dir.toFile().deleteOnExit();
        Path src = dir.resolve("harness.c");
        try (InputStream in = NativeHarness.class.getResourceAsStream("harness.c")) {
            Files.write(src, in.readAllBytes());
        }
        Path exe = dir.resolve("harness");
        GnuTools.run(List.of("gcc", "-O1", "-o", exe.toString(), src.toString()));
        exe.toFile().deleteOnExit();
        src.toFile().deleteOnExit();
        binary = exe;
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
