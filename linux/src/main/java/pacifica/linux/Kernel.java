package pacifica.linux;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import pacifica.linux.fs.Vfs;

/**
 * What the guest processes of one {@code pacifica run} share: the file system view, the process
 * table, pid numbering, the strace and instruction-trace sinks, and the host identity reported
 * to the guest.
 */
public final class Kernel {
    public final Vfs vfs;
    /** strace output (stderr), or null. */
    public volatile PrintStream strace;
    /** Instruction trace, or null. */
    public volatile InstructionTrace trace;
    public final Map<Integer, Proc> procs = new ConcurrentHashMap<>();
    private final AtomicInteger nextPid = new AtomicInteger(ProcessHandle.current().pid() > 100000 ? 1000
            : (int) ProcessHandle.current().pid() + 1);
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    public final PrintStream err;
    /** The pid of the first guest process (strace prints no [pid N] prefix for it). */
    public volatile int firstPid;
    /** Set when the run is being torn down (timeout): every process stops at its next check. */
    public volatile boolean killed;
    public final long startNanos = System.nanoTime();
    public final int uid, gid;
    /** Host process id, reported as the first guest's parent. */
    public final int hostPid = (int) ProcessHandle.current().pid();

    public Kernel(Vfs vfs, PrintStream err) {
        this.vfs = vfs;
        this.err = err;
        int u = 0, g = 0;
        try {
            u = ((Number) java.nio.file.Files.getAttribute(java.nio.file.Path.of(System.getProperty("user.home")),
                    "unix:uid")).intValue();
            g = ((Number) java.nio.file.Files.getAttribute(java.nio.file.Path.of(System.getProperty("user.home")),
                    "unix:gid")).intValue();
        } catch (Exception e) {
            // keep root ids
        }
        this.uid = "root".equals(System.getProperty("user.name")) ? 0 : u;
        this.gid = "root".equals(System.getProperty("user.name")) ? 0 : g;
    }

    /** "bytes  text" of the instruction at the CPU's RIP, for diagnostics. */
    public String describeInstruction(pacifica.emu.cpu.Cpu c) {
        byte[] buf = new byte[15];
        int n = c.mem.fetch(c.rip, buf, 0, 15);
        if (n == 0) return "(no code at RIP)";
        pacifica.x86.decode.Instruction i = new pacifica.x86.decode.Instruction();
        int len = new pacifica.x86.decode.Decoder().decode(buf, 0, n, c.rip, 64, i);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < Math.max(1, len) && k < n; k++) sb.append(String.format("%02x ", buf[k] & 0xFF));
        return sb + (i.form == null ? "(bad)" : new pacifica.x86.format.AttFormatter().format(i));
    }

    public int allocPid() {
        return nextPid.getAndIncrement();
    }

    /** Prints a one-line warning once per key. */
    public void warnOnce(String key, String message) {
        if (warned.add(key)) {
            err.println("pacifica: " + message);
            err.flush();
        }
    }
}
