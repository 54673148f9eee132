package pacifica.linux.sys;

import java.nio.ByteBuffer;

import pacifica.linux.Proc;

/** rt_sigaction, masks, kill, alarm, sigaltstack, sigsuspend, rt_sigreturn. */
final class SigCalls {
    private SigCalls() {}

    static final long UNBLOCKABLE = Signals.bit(Signals.SIGKILL) | Signals.bit(Signals.SIGSTOP);

    static long rtSigaction(Proc p, long[] a) {
        int sig = (int) a[0];
        if (sig < 1 || sig > 64 || a[3] != 8) return -Errno.EINVAL;
        Signals.Action old = p.actions[sig];
        if (a[1] != 0) {
            if (sig == Signals.SIGKILL || sig == Signals.SIGSTOP) return -Errno.EINVAL;
            ByteBuffer b = U.le(U.readBytes(p, a[1], 32));
            Signals.Action n = new Signals.Action(b.getLong(0), b.getLong(8), b.getLong(16), b.getLong(24) & ~UNBLOCKABLE);
            p.actions[sig] = n;
            if (n.handler() == 1) {
                synchronized (p) {
                    p.pending &= ~Signals.bit(sig);
                }
            }
        }
        if (a[2] != 0) {
            byte[] o = new byte[32];
            U.le(o).putLong(0, old.handler()).putLong(8, old.flags()).putLong(16, old.restorer()).putLong(24, old.mask());
            U.writeBytes(p, a[2], o);
        }
        return 0;
    }

    static long rtSigprocmask(Proc p, long[] a) {
        if (a[3] != 8) return -Errno.EINVAL;
        long old = p.sigMask;
        if (a[1] != 0) {
            long set = U.read64(p, a[1]);
            switch ((int) a[0]) {
                case 0 -> p.sigMask |= set;
                case 1 -> p.sigMask &= ~set;
                case 2 -> p.sigMask = set;
                default -> {
                    return -Errno.EINVAL;
                }
            }
            p.sigMask &= ~UNBLOCKABLE;
        }
        if (a[2] != 0) U.write64(p, a[2], old);
        if ((p.pending & ~p.sigMask) != 0) p.stopRequested = true;
        return 0;
    }

    static long rtSigreturn(Proc p, long[] a) {
        return Signals.sigreturn(p);
    }

    static long rtSigpending(Proc p, long[] a) {
        U.write64(p, a[0], p.pending & p.sigMask);
        return 0;
    }

    static long rtSigsuspend(Proc p, long[] a) {
        long set = U.read64(p, a[0]);
        long old = p.sigMask;
        p.sigMask = set & ~UNBLOCKABLE;
        while ((p.pending & ~p.sigMask) == 0 && !p.exited) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                break;
            }
        }
        p.suspendMask = old;
        p.stopRequested = true;
        return -Errno.EINTR;
    }

    static long pause(Proc p, long[] a) {
        while ((p.pending & ~p.sigMask) == 0 && !p.exited) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                break;
            }
        }
        return -Errno.EINTR;
    }

    static long sigaltstack(Proc p, long[] a) {
        if (a[1] != 0) {
            byte[] o = new byte[24];
            U.le(o).putLong(0, p.altStackSp).putInt(8, p.altStackFlags).putLong(16, p.altStackSize);
            U.writeBytes(p, a[1], o);
        }
        if (a[0] != 0) {
            ByteBuffer b = U.le(U.readBytes(p, a[0], 24));
            long sp = b.getLong(0), size = b.getLong(16);
            int flags = b.getInt(8);
            long cur = p.cpu.gpr[4];
            if (p.altStackFlags != Signals.SS_DISABLE && cur > p.altStackSp && cur <= p.altStackSp + p.altStackSize) {
                return -Errno.EPERM;
            }
            if ((flags & Signals.SS_DISABLE) != 0) {
                p.altStackFlags = Signals.SS_DISABLE;
                p.altStackSp = 0;
                p.altStackSize = 0;
            } else {
                if (flags != 0) return -Errno.EINVAL;
                if (size < 2048) return -Errno.ENOMEM;
                p.altStackSp = sp;
                p.altStackSize = size;
                p.altStackFlags = 0;
            }
        }
        return 0;
    }

    static long kill(Proc p, long[] a) {
        int pid = (int) a[0], sig = (int) a[1];
        if (sig < 0 || sig > 64) return -Errno.EINVAL;
        java.util.List<Proc> targets = new java.util.ArrayList<>();
        if (pid > 0) {
            Proc t = p.kernel.procs.get(pid);
            if (t == null || t.exited) return -Errno.ESRCH;
            targets.add(t);
        } else {
            int group = pid == 0 ? p.pgid : pid == -1 ? -1 : -pid;
            for (Proc t : p.kernel.procs.values()) {
                if (!t.exited && (group == -1 || t.pgid == group)) targets.add(t);
            }
            if (targets.isEmpty()) return -Errno.ESRCH;
        }
        if (sig == 0) return 0;
        for (Proc t : targets) Signals.send(t, sig, Signals.SI_USER, p.pid);
        return 0;
    }

    private static final java.util.Timer TIMER = new java.util.Timer("pacifica-alarm", true);

    static long alarm(Proc p, long[] a) {
        long prev = 0;
        synchronized (p) {
            if (p.alarm != null) {
                prev = Math.max(0, (p.alarmAt - System.currentTimeMillis() + 999) / 1000);
                p.alarm.cancel();
                p.alarm = null;
            }
            if (a[0] != 0) {
                p.alarmAt = System.currentTimeMillis() + 1000 * (a[0] & 0xFFFFFFFFL);
                p.alarm = new java.util.TimerTask() {
                    @Override
                    public void run() {
                        Signals.send(p, Signals.SIGALRM, Signals.SI_KERNEL, 0);
                    }
                };
                TIMER.schedule(p.alarm, 1000 * (a[0] & 0xFFFFFFFFL));
            }
        }
        return prev;
    }
}
