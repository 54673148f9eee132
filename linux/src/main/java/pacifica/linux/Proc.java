package pacifica.linux;

import java.util.ArrayList;
import java.util.List;

import pacifica.emu.cpu.Cpu;
import pacifica.emu.cpu.Interpreter;
import pacifica.emu.cpu.RunResult;
import pacifica.linux.fs.OpenFile;
import pacifica.linux.mem.ProcessMemory;
import pacifica.linux.sys.Signals;
import pacifica.linux.sys.Syscalls;

/**
 * One guest process (one thread): its address space, CPU, descriptor table, working directory,
 * signal state, and its place in the process tree. Each process runs on its own host thread;
 * {@link #runLoop} runs the CPU, performs system calls and delivers signals until the process exits.
 */
public final class Proc {
    public final Kernel kernel;
    public final int pid;
    public volatile Proc parent;
    public int pgid, sid;
    public ProcessMemory mem;
    public Cpu cpu;
    public Interpreter interp;

    // ---- files
    public OpenFile[] fds = new OpenFile[1024];
    public boolean[] cloexec = new boolean[1024];
    public String cwd = "/";
    public int umask = 022;

    // ---- memory layout
    public long brkStart, brk;
    public long mmapTop = 0x7ffff7fff000L;

    // ---- program
    public String exe = "";
    public String comm = "";
    public List<String> argv = List.of();
    public long clearChildTid;

    // ---- signals
    public final Signals.Action[] actions = new Signals.Action[65];
    public long sigMask;
    public volatile long pending;
    public final long[] pendingInfo = new long[65];
    public final long[] pendingFault = new long[65];
    /** The mask rt_sigsuspend replaced (saved in the next frame), or -1. */
    public long suspendMask = -1;
    public long faultErr, faultTrapno, faultCr2;
    public java.util.TimerTask alarm;
    public long alarmAt;
    public long altStackSp, altStackSize;
    public int altStackFlags = 2; // SS_DISABLE

    // ---- lifetime
    public final List<Proc> children = new ArrayList<>();
    public volatile boolean exited;
    /** wait status (exit code << 8, or signal number). */
    public int waitStatus;
    public boolean reaped;
    /** A vfork parent waits until this child execs or exits. */
    public volatile boolean vforkDone = true;
    /** Set by a syscall that needs the run loop to stop (exit, execve, pending signal). */
    public boolean stopRequested;
    public Thread thread;
    public long startNanos = System.nanoTime();

    public Proc(Kernel kernel, int pid) {
        this.kernel = kernel;
        this.pid = pid;
        this.pgid = pid;
        this.sid = pid;
        for (int s = 0; s < actions.length; s++) actions[s] = Signals.Action.DEFAULT;
        kernel.procs.put(pid, this);
    }

    /** Installs a fresh CPU over {@code m} (at start and on execve). */
    public void newImage(ProcessMemory m) {
        mem = m;
        cpu = new Cpu(m);
        cpu.mode = 64;
        cpu.cpl = 3;
        cpu.cr0 |= 0x40000; // CR0.AM, as Linux sets it: RFLAGS.AC turns on alignment checking
        cpu.modeChanged();
        cpu.setRflags(0x202);
        cpu.fninit();
        cpu.mxcsr = 0x1F80;
        cpu.syscallHandler = c -> Syscalls.dispatch(this, c);
        interp = new Interpreter(cpu);
    }

    // ================================================================ descriptors

    public synchronized OpenFile fd(long fd) {
        if (fd < 0 || fd >= fds.length) return null;
        return fds[(int) fd];
    }

    public synchronized int allocFd(OpenFile f, int min, boolean cloexecFlag) {
        for (int k = Math.max(0, min); k < fds.length; k++) {
            if (fds[k] == null) {
                fds[k] = f;
                cloexec[k] = cloexecFlag;
                return k;
            }
        }
        f.release();
        return -pacifica.linux.sys.Errno.EMFILE;
    }

    public synchronized void setFd(int k, OpenFile f, boolean cloexecFlag) {
        OpenFile old = fds[k];
        fds[k] = f;
        cloexec[k] = cloexecFlag;
        if (old != null) old.release();
    }

    public synchronized boolean closeFd(long fd) {
        if (fd < 0 || fd >= fds.length || fds[(int) fd] == null) return false;
        OpenFile f = fds[(int) fd];
        fds[(int) fd] = null;
        f.release();
        return true;
    }

    public synchronized void closeAll() {
        for (int k = 0; k < fds.length; k++) closeFd(k);
    }

    // ================================================================ running

    /** Runs the process until it exits; returns the wait status. */
    public int runLoop() {
        InstructionTrace tr = kernel.trace;
        while (!exited) {
            if (kernel.killed) {
                exit(9);
                break;
            }
            Signals.deliverPending(this);
            if (exited) break;
            RunResult r;
            if (tr != null) {
                tr.before(pid, cpu);
                r = interp.run(1);
            } else {
                r = interp.run(200_000);
            }
            switch (r.stop()) {
                case HALT, INSTRUCTION_LIMIT, STOPPED -> { }
                case EXCEPTION -> Signals.fault(this, r);
                case INTERNAL_ERROR -> {
                    kernel.err.println("pacifica: internal error in pid " + pid + ": " + r.describe());
                    kernel.err.flush();
                    exit(70 << 8);
                }
            }
            stopRequested = false;
        }
        if (System.getenv("PACIFICA_DEBUG") != null) {
            kernel.err.println("pacifica: pid " + pid + ": " + cpu.instructions + " instructions, "
                    + interp.blocks.blocksBuilt + " blocks decoded, " + interp.blocks.invalidations + " code-page writes");
            kernel.err.flush();
        }
        return waitStatus;
    }

    /** Ends the process with wait status {@code status}: closes files, wakes the parent, SIGCHLD. */
    public void exit(int status) {
        if (exited) return;
        closeAll();
        Proc par = parent;
        synchronized (kernel) {
            waitStatus = status;
            exited = true;
            vforkDone = true;
            for (Proc c : children) c.parent = null;
            kernel.notifyAll();
        }
        stopRequested = true;
        if (par != null) Signals.send(par, Signals.SIGCHLD, Signals.SI_KERNEL, pid);
        if (par == null) kernel.procs.remove(pid);
    }

    /** Runs this (forked) process on its own daemon thread. */
    public void start() {
        thread = new Thread(this::runLoop, "pacifica-pid-" + pid);
        thread.setDaemon(true);
        thread.start();
    }
}
