package pacifica.linux.sys;

import pacifica.emu.Vectors;
import pacifica.emu.cpu.Cpu;
import pacifica.emu.cpu.RunResult;
import pacifica.linux.Proc;

/**
 * Signal delivery as Linux does it on x86-64: an rt_sigframe (return address = sa_restorer,
 * ucontext with the sigcontext the handler may read and change, siginfo, and an FXSAVE-layout
 * FP area) is pushed below the red zone or on the alternate stack; rt_sigreturn restores it.
 * CPU exceptions become synchronous signals; default actions terminate, ignore or (stop/continue
 * being meaningless here) ignore.
 */
public final class Signals {
    public static final int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGBUS = 7,
            SIGFPE = 8, SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13, SIGALRM = 14,
            SIGTERM = 15, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22,
            SIGURG = 23, SIGXCPU = 24, SIGXFSZ = 25, SIGWINCH = 28, SIGSYS = 31;
    public static final int SA_SIGINFO = 4, SA_ONSTACK = 0x08000000, SA_RESTART = 0x10000000,
            SA_NODEFER = 0x40000000, SA_RESETHAND = 0x80000000, SA_RESTORER = 0x04000000;
    public static final int SI_USER = 0, SI_KERNEL = 0x80, SI_TKILL = -6;
    public static final int SS_ONSTACK = 1, SS_DISABLE = 2;

    /** sigaction: handler (0 = SIG_DFL, 1 = SIG_IGN), flags, restorer, mask. */
    public record Action(long handler, long flags, long restorer, long mask) {
        public static final Action DEFAULT = new Action(0, 0, 0, 0);
    }

    private static final String[] NAMES = {"0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
        "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
        "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
        "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};

    private Signals() {}

    public static String name(int sig) {
        return sig > 0 && sig < NAMES.length ? NAMES[sig] : "SIGRT_" + (sig - 32);
    }

    static long bit(int sig) {
        return 1L << (sig - 1);
    }

    static boolean ignoredByDefault(int sig) {
        return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT || sig == SIGSTOP
                || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
    }

    static boolean dumpsCore(int sig) {
        return sig == SIGQUIT || sig == SIGILL || sig == SIGTRAP || sig == SIGABRT || sig == SIGBUS || sig == SIGFPE
                || sig == SIGSEGV || sig == SIGXCPU || sig == SIGXFSZ || sig == SIGSYS;
    }

    /** Marks {@code sig} pending on {@code p} with si_code and si_pid (or the fault address). */
    public static void send(Proc p, int sig, int code, long value) {
        if (sig <= 0 || sig > 64 || p.exited) return;
        Action a = p.actions[sig];
        if (sig != SIGKILL && a.handler() == 1) return;
        if (sig != SIGKILL && a.handler() == 0 && ignoredByDefault(sig)) return;
        synchronized (p) {
            p.pendingInfo[sig] = ((long) code << 32) ^ (value & 0xFFFFFFFFL);
            p.pendingFault[sig] = value;
            p.pending |= bit(sig);
        }
        p.stopRequested = true;
    }

    /** A CPU exception (the run loop's result) becomes a synchronous signal, delivered now. */
    public static void fault(Proc p, RunResult r) {
        Cpu c = p.cpu;
        int sig, code;
        long addr = 0;
        switch (r.vector()) {
            case Vectors.PF -> {
                sig = SIGSEGV;
                code = (r.errorCode() & Vectors.PF_P) != 0 ? 2 : 1; // SEGV_ACCERR : SEGV_MAPERR
                addr = r.faultAddress();
            }
            case Vectors.UD -> {
                sig = SIGILL;
                code = 2; // ILL_ILLOPN
                addr = c.rip;
            }
            case Vectors.DE -> {
                sig = SIGFPE;
                code = 1; // FPE_INTDIV
                addr = c.rip;
            }
            case Vectors.MF, Vectors.XM -> {
                sig = SIGFPE;
                code = 0;
                addr = c.rip;
            }
            case Vectors.BP, Vectors.DB -> {
                sig = SIGTRAP;
                if (r.singleStep()) { // RFLAGS.TF: RIP is already at the next instruction
                    code = 2; // TRAP_TRACE
                    addr = c.rip;
                } else {
                    code = SI_KERNEL;
                    c.rip += 1; // a trap: RIP after INT3 / INT1
                }
            }
            case Vectors.AC -> {
                sig = SIGBUS;
                code = 1; // BUS_ADRALN, no address
            }
            default -> {
                sig = SIGSEGV;
                code = SI_KERNEL;
            }
        }
        if (p.kernel.strace != null || System.getenv("PACIFICA_DEBUG") != null) {
            p.kernel.err.println("pacifica: pid " + p.pid + ": " + r.describe() + " -> " + name(sig) + " "
                    + p.kernel.describeInstruction(c));
        }
        p.faultTrapno = r.vector();
        p.faultErr = Math.max(0, r.errorCode());
        p.faultCr2 = r.vector() == Vectors.PF ? r.faultAddress() : 0;
        Action a = p.actions[sig];
        if ((p.sigMask & bit(sig)) != 0 || a.handler() == 1) {
            // A blocked or ignored synchronous fault kills (force_sig_fault).
            p.actions[sig] = Action.DEFAULT;
            p.sigMask &= ~bit(sig);
        }
        synchronized (p) {
            p.pendingInfo[sig] = ((long) code << 32);
            p.pendingFault[sig] = addr;
            p.pending |= bit(sig);
        }
        deliverPending(p);
    }

    /** Delivers the lowest-numbered deliverable pending signal(s): default action or a handler frame. */
    public static void deliverPending(Proc p) {
        while (true) {
            int sig;
            long info, value;
            synchronized (p) {
                long ready = p.pending & ~(p.sigMask & ~(bit(SIGKILL) | bit(SIGSTOP)));
                if (ready == 0) return;
                sig = Long.numberOfTrailingZeros(ready) + 1;
                p.pending &= ~bit(sig);
                info = p.pendingInfo[sig];
                value = p.pendingFault[sig];
            }
            Action a = p.actions[sig];
            if (sig == SIGKILL || a.handler() == 0) {
                if (ignoredByDefault(sig)) continue;
                p.exit(sig | (dumpsCore(sig) ? 0x80 : 0));
                return;
            }
            if (a.handler() == 1) continue;
            if (!pushFrame(p, sig, a, (int) (info >> 32), value)) {
                p.actions[SIGSEGV] = Action.DEFAULT;
                p.exit(SIGSEGV | 0x80);
                return;
            }
            return; // one frame at a time; the handler runs before the next is delivered
        }
    }

    private static final int UC_SIZE = 304, INFO_SIZE = 128, FP_SIZE = 512;

    private static boolean pushFrame(Proc p, int sig, Action a, int code, long value) {
        Cpu c = p.cpu;
        long sp = c.gpr[Cpu.RSP];
        boolean onAlt = p.altStackFlags != SS_DISABLE && sp > p.altStackSp && sp <= p.altStackSp + p.altStackSize;
        if ((a.flags() & SA_ONSTACK) != 0 && p.altStackFlags != SS_DISABLE && !onAlt) {
            sp = p.altStackSp + p.altStackSize;
        } else {
            sp -= 128; // red zone
        }
        long fp = (sp - FP_SIZE) & ~63L;
        long frame = ((fp - (8 + UC_SIZE + INFO_SIZE)) & ~15L) - 8;
        long uc = frame + 8, si = uc + UC_SIZE;
        byte[] b = new byte[(int) (sp - frame)];
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        bb.putLong(0, a.restorer());
        int u = 8;
        bb.putLong(u, 0); // uc_flags
        bb.putLong(u + 8, 0); // uc_link
        bb.putLong(u + 16, p.altStackSp);
        bb.putInt(u + 24, p.altStackFlags == SS_DISABLE ? SS_DISABLE : onAlt ? SS_ONSTACK : 0);
        bb.putLong(u + 32, p.altStackSize);
        int m = u + 40;
        long[] g = c.gpr;
        long[] regs = {g[8], g[9], g[10], g[11], g[12], g[13], g[14], g[15], g[7], g[6], g[5], g[3], g[2], g[0],
            g[1], g[4], c.rip, c.rflags(), 0x33L | (0x2bL << 48), p.faultErr, p.faultTrapno, p.sigMask, p.faultCr2};
        for (int k = 0; k < regs.length; k++) bb.putLong(m + 8 * k, regs[k]);
        bb.putLong(m + 184, fp);
        long saveMask = p.suspendMask != -1 ? p.suspendMask : p.sigMask;
        p.suspendMask = -1;
        bb.putLong(m + 256, saveMask);
        int s = (int) (si - frame);
        bb.putInt(s, sig);
        bb.putInt(s + 4, 0);
        bb.putInt(s + 8, code);
        if (sig == SIGSEGV || sig == SIGILL || sig == SIGFPE || sig == SIGBUS || sig == SIGTRAP) {
            bb.putLong(s + 16, value);
        } else {
            bb.putInt(s + 16, (int) value); // si_pid
            bb.putInt(s + 20, p.kernel.uid);
        }
        int f = (int) (fp - frame);
        bb.putShort(f, (short) c.fcw);
        bb.putShort(f + 2, (short) c.fsw);
        bb.putInt(f + 24, c.mxcsr);
        bb.putInt(f + 28, 0xFFFF);
        for (int k = 0; k < 32; k++) bb.putLong(f + 160 + 8 * k, c.xmm[k]);
        if (!p.mem.write(frame, b, 0, b.length)) return false;
        p.faultErr = 0;
        p.faultTrapno = 0;
        p.faultCr2 = 0;
        if ((a.flags() & SA_NODEFER) == 0) p.sigMask |= bit(sig);
        p.sigMask |= a.mask();
        p.sigMask &= ~(bit(SIGKILL) | bit(SIGSTOP));
        if ((a.flags() & SA_RESETHAND) != 0) p.actions[sig] = Action.DEFAULT;
        g[7] = sig;
        g[6] = si;
        g[2] = uc;
        g[0] = 0;
        g[4] = frame;
        c.rip = a.handler();
        c.setRflags(c.rflags() & ~(0x400L | 0x100L));
        return true;
    }

    /** rt_sigreturn: restores the state saved by {@link #pushFrame} (as changed by the handler). */
    public static long sigreturn(Proc p) {
        Cpu c = p.cpu;
        long frame = c.gpr[Cpu.RSP] - 8;
        long uc = frame + 8;
        byte[] b = new byte[UC_SIZE];
        if (!p.mem.read(uc, b, 0, b.length)) {
            p.exit(SIGSEGV | 0x80);
            return 0;
        }
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int m = 40;
        long[] g = c.gpr;
        int[] order = {8, 9, 10, 11, 12, 13, 14, 15, 7, 6, 5, 3, 2, 0, 1, 4};
        for (int k = 0; k < 16; k++) g[order[k]] = bb.getLong(m + 8 * k);
        c.nextRip = bb.getLong(m + 128);
        long fl = bb.getLong(m + 136);
        c.setRflags((c.rflags() & ~0x44DD5L) | (fl & 0x44DD5L)); // FIX_EFLAGS
        long fp = bb.getLong(m + 184);
        p.sigMask = bb.getLong(m + 256) & ~(bit(SIGKILL) | bit(SIGSTOP));
        if (fp != 0) {
            byte[] f = new byte[FP_SIZE];
            if (p.mem.read(fp, f, 0, f.length)) {
                java.nio.ByteBuffer fb = java.nio.ByteBuffer.wrap(f).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                c.fcw = fb.getShort(0) & 0xFFFF;
                c.mxcsr = fb.getInt(24);
                for (int k = 0; k < 32; k++) c.xmm[k] = fb.getLong(160 + 8 * k);
            }
        }
        p.stopRequested = true; // newly unblocked signals
        return g[0];
    }
}
