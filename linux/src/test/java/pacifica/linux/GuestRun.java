package pacifica.linux;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** Runs a program natively and under Pacifica with the same arguments, environment, directory and stdin. */
final class GuestRun {
    record Outcome(String out, String err, int status, long nanos) {
        String show() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static final Map<String, String> ENV = new TreeMap<>(Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C", "TZ", "UTC",
            "HOME", "/tmp"));

    private GuestRun() {}

    static Outcome pacifica(Path dir, String stdin, List<String> cmd) {
        LinuxRunner.Options o = new LinuxRunner.Options();
        o.program = cmd.get(0);
        o.args = new ArrayList<>(cmd.subList(1, cmd.size()));
        o.env = ENV;
        o.cwd = dir.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        o.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        o.out = out;
        o.err = err;
        o.timeoutMillis = 120_000;
        long t = System.nanoTime();
        int status = LinuxRunner.run(o);
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status,
                System.nanoTime() - t);
    }

    static Outcome host(Path dir, String stdin, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(ENV);
        long t = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread te = Thread.ofVirtual().start(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException e) {
                // the process ended
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        te.join();
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        return new Outcome(out, err.toString(StandardCharsets.UTF_8), p.exitValue(), System.nanoTime() - t);
    }
}
