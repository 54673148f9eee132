package pacifica.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code pacifica bench [ARGS...]}: runs {@code bench/run.sh ARGS...} of the source checkout this
 * jar was built in (the workload benchmarks: native vs qemu-x86_64 vs {@code pacifica run}) and
 * exits with its status. All arguments, {@code --help} included, go to the script.
 */
@Command(
        name = "bench",
        description = "Run the workload benchmarks (bench/run.sh); 'pacifica bench --help' shows its options.")
final class BenchCommand implements Callable<Integer> {

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path script = findScript();
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd)
                .directory(script.getParent().getParent().toFile())
                .inheritIO()
                .start();
        return p.waitFor();
    }

    /** bench/run.sh beside the jar's checkout (cli/target/pacifica.jar), else above the current directory. */
    private static Path findScript() {
        List<Path> starts = new ArrayList<>();
        try {
            starts.add(Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no usable code source: fall back to the current directory
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
                Path s = p.resolve("bench/run.sh");
                if (Files.isRegularFile(s)) {
                    return s;
                }
            }
        }
        throw new Main.UserException("bench/run.sh not found: 'pacifica bench' needs the Pacifica source checkout");
    }
}
