package pacifica.linux.sys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import pacifica.emu.cpu.Cpu;
import pacifica.linux.Loader;
import pacifica.linux.Proc;
import pacifica.linux.fs.Vfs;
import pacifica.x86.elf.ElfFile;

/**
 * Processes: fork/vfork/clone copy the address space and CPU into a new process on its own host
 * thread (descriptors shared, pipes work between them); execve replaces the image; wait4 reaps.
 * Threads (CLONE_VM without CLONE_VFORK) are not supported.
 */
final class ProcCalls {
    static final int CLONE_VM = 0x100, CLONE_VFORK = 0x4000, CLONE_THREAD = 0x10000, CLONE_SETTLS = 0x80000,
            CLONE_PARENT_SETTID = 0x100000, CLONE_CHILD_CLEARTID = 0x200000, CLONE_CHILD_SETTID = 0x1000000;

    private ProcCalls() {}

    static long fork(Proc p, long[] a) {
        return spawn(p, false, 0, 0, 0, 0, 0);
    }

    static long vfork(Proc p, long[] a) {
        return spawn(p, true, 0, 0, 0, 0, 0);
    }

    static long clone(Proc p, long[] a) {
        long flags = a[0];
        if ((flags & CLONE_THREAD) != 0 || ((flags & CLONE_VM) != 0 && (flags & CLONE_VFORK) == 0)) {
            p.kernel.warnOnce("threads", "threads (clone with CLONE_VM/CLONE_THREAD) are not supported");
            return -Errno.ENOSYS;
        }
        return spawn(p, (flags & CLONE_VFORK) != 0, flags, a[1], a[2], a[3], a[4]);
    }

    private static long spawn(Proc p, boolean vfork, long flags, long stack, long ptid, long ctid, long tls) {
        Proc c = new Proc(p.kernel, p.kernel.allocPid());
        c.newImage(p.mem.copy());
        copyCpu(p.cpu, c.cpu);
        c.cpu.rip = p.cpu.nextRip;
        c.cpu.gpr[Cpu.RAX] = 0;
        if (stack != 0) c.cpu.gpr[Cpu.RSP] = stack;
        c.parent = p;
        c.pgid = p.pgid;
        c.sid = p.sid;
        c.cwd = p.cwd;
        c.umask = p.umask;
        c.brkStart = p.brkStart;
        c.brk = p.brk;
        c.mmapTop = p.mmapTop;
        c.exe = p.exe;
        c.comm = p.comm;
        c.argv = p.argv;
        c.sigMask = p.sigMask;
        c.altStackSp = p.altStackSp;
        c.altStackSize = p.altStackSize;
        c.altStackFlags = p.altStackFlags;
        System.arraycopy(p.actions, 0, c.actions, 0, p.actions.length);
        synchronized (p) {
            for (int k = 0; k < p.fds.length; k++) {
                if (p.fds[k] != null) {
                    c.fds[k] = p.fds[k].retain();
                    c.cloexec[k] = p.cloexec[k];
                }
            }
        }
        if ((flags & CLONE_SETTLS) != 0) c.cpu.segBase[4] = tls;
        if ((flags & CLONE_PARENT_SETTID) != 0 && ptid != 0) U.write32(p, ptid, c.pid);
        if ((flags & CLONE_CHILD_SETTID) != 0 && ctid != 0) {
            byte[] b = new byte[4];
            U.le(b).putInt(0, c.pid);
            c.mem.write(ctid, b, 0, 4);
        }
        synchronized (p.kernel) {
            p.children.add(c);
        }
        c.vforkDone = !vfork;
        c.start();
        if (vfork) {
            synchronized (p.kernel) {
                while (!c.vforkDone) {
                    try {
                        p.kernel.wait();
                    } catch (InterruptedException e) {
                        break;
                    }
                }
            }
        }
        return c.pid;
    }

    static void copyCpu(Cpu from, Cpu to) {
        System.arraycopy(from.gpr, 0, to.gpr, 0, 16);
        to.setRflags(from.rflags());
        System.arraycopy(from.segBase, 0, to.segBase, 0, 6);
        System.arraycopy(from.xmm, 0, to.xmm, 0, from.xmm.length);
        to.mxcsr = from.mxcsr;
        System.arraycopy(from.fpMant, 0, to.fpMant, 0, 8);
        System.arraycopy(from.fpExp, 0, to.fpExp, 0, 8);
        to.fpTop = from.fpTop;
        to.fcw = from.fcw;
        to.fsw = from.fsw;
        to.ftw = from.ftw;
    }

    static long execve(Proc p, long[] a) {
        String path = U.path(p, a[0]);
        if (path == null) return -Errno.EFAULT;
        List<String> argv = strings(p, a[1]), envp = strings(p, a[2]);
        if (argv == null || envp == null) return -Errno.EFAULT;
        return exec(p, path, argv, envp, 0);
    }

    /**
     * execveat(dirfd, path, argv, envp, flags): execve relative to a directory descriptor, or of
     * the descriptor itself with AT_EMPTY_PATH (fexecve).
     */
    static long execveat(Proc p, long[] a) {
        int dirfd = (int) a[0];
        String path = U.path(p, a[1]);
        if (path == null) return -Errno.EFAULT;
        int flags = (int) a[4];
        if (path.isEmpty()) {
            if ((flags & U.AT_EMPTY_PATH) == 0) return -Errno.ENOENT;
            if (p.fd(dirfd) == null) return -Errno.EBADF;
            path = "/proc/self/fd/" + dirfd;
        } else if (!path.startsWith("/") && dirfd != U.AT_FDCWD) {
            pacifica.linux.fs.OpenFile dir = p.fd(dirfd);
            if (dir == null) return -Errno.EBADF;
            if (dir.name.isEmpty()) return -Errno.ENOTDIR;
            path = dir.name + "/" + path;
        }
        List<String> argv = strings(p, a[2]), envp = strings(p, a[3]);
        if (argv == null || envp == null) return -Errno.EFAULT;
        return exec(p, path, argv, envp, 0);
    }

    static long exec(Proc p, String path, List<String> argv, List<String> envp, int depth) {
        String target = ProcFs.redirect(p, U.AT_FDCWD, path);
        Vfs.Resolved r = U.resolve(p, U.AT_FDCWD, target, true);
        if (!r.ok()) return -r.errno();
        if (!Files.exists(r.host())) return -Errno.ENOENT;
        if (Files.isDirectory(r.host()) || !Files.isExecutable(r.host())) return -Errno.EACCES;
        byte[] head = new byte[256];
        int n;
        try (var in = Files.newInputStream(r.host())) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return -Errno.EACCES;
        }
        if (n >= 2 && head[0] == '#' && head[1] == '!') {
            if (depth > 4) return -Errno.ELOOP;
            String line = new String(head, 2, n - 2, StandardCharsets.ISO_8859_1);
            int nl = line.indexOf('\n');
            if (nl < 0) return -Errno.ENOEXEC;
            line = line.substring(0, nl).strip();
            int sp = line.indexOf(' ');
            String interp = sp < 0 ? line : line.substring(0, sp);
            String arg = sp < 0 ? null : line.substring(sp + 1).strip();
            List<String> nargv = new ArrayList<>();
            nargv.add(interp);
            if (arg != null && !arg.isEmpty()) nargv.add(arg);
            nargv.add(path);
            if (argv.size() > 1) nargv.addAll(argv.subList(1, argv.size()));
            return exec(p, interp, nargv, envp, depth + 1);
        }
        ElfFile elf;
        try {
            elf = Loader.check(r.host(), path);
        } catch (Loader.LoadException e) {
            if (e.errno == Errno.ENOEXEC) p.kernel.warnOnce("exec" + path, "execve " + e.getMessage());
            return -e.errno;
        }
        synchronized (p) {
            for (int k = 0; k < p.fds.length; k++) {
                if (p.fds[k] != null && p.cloexec[k]) p.closeFd(k);
            }
        }
        try {
            Loader.load(p, elf, r.guest().equals(target) ? path : path, argv, envp);
        } catch (Loader.LoadException e) {
            p.exit(pacifica.linux.sys.Signals.SIGSEGV);
            return 0;
        }
        p.exe = r.guest();
        for (int s = 1; s < p.actions.length; s++) {
            if (p.actions[s].handler() != 1) p.actions[s] = Signals.Action.DEFAULT;
        }
        p.altStackFlags = Signals.SS_DISABLE;
        p.altStackSp = p.altStackSize = 0;
        synchronized (p.kernel) {
            p.vforkDone = true;
            p.kernel.notifyAll();
        }
        return 0;
    }

    private static List<String> strings(Proc p, long addr) {
        List<String> out = new ArrayList<>();
        if (addr == 0) return out;
        for (int k = 0; k < 100000; k++) {
            long ptr = U.read64(p, addr + 8L * k);
            if (ptr == 0) return out;
            String s = U.bytes(p, ptr);
            if (s == null) return null;
            out.add(s);
        }
        return null;
    }

    static long exit(Proc p, long[] a) {
        p.exit(((int) a[0] & 0xFF) << 8);
        return 0;
    }

    static long wait4(Proc p, long[] a) {
        int pid = (int) a[0];
        int options = (int) a[2];
        synchronized (p.kernel) {
            while (true) {
                boolean any = false;
                for (Proc c : p.children) {
                    boolean match = pid > 0 ? c.pid == pid : pid == -1 || (pid == 0 ? c.pgid == p.pgid : c.pgid == -pid);
                    if (!match) continue;
                    any = true;
                    if (c.exited) {
                        p.children.remove(c);
                        p.kernel.procs.remove(c.pid);
                        if (a[1] != 0) U.write32(p, a[1], c.waitStatus);
                        if (a[3] != 0) U.writeBytes(p, a[3], new byte[144]);
                        return c.pid;
                    }
                }
                if (!any) return -Errno.ECHILD;
                if ((options & 1) != 0) return 0;
                try {
                    p.kernel.wait(50);
                } catch (InterruptedException e) {
                    return -Errno.EINTR;
                }
            }
        }
    }

    /**
     * waitid(idtype, id, infop, options, rusage): like wait4, but reports through a siginfo_t
     * (si_signo SIGCHLD, si_code CLD_EXITED/CLD_KILLED/CLD_DUMPED, si_pid, si_uid, si_status).
     * WNOWAIT leaves the child waitable; only WEXITED is supported (no stop/continue reports).
     */
    static long waitid(Proc p, long[] a) {
        int idtype = (int) a[0];
        int id = (int) a[1];
        int options = (int) a[3];
        final int wNoHang = 1, wExited = 4, wNoWait = 0x01000000, pAll = 0, pPid = 1, pPgid = 2;
        if (idtype != pAll && idtype != pPid && idtype != pPgid) return -Errno.EINVAL;
        if ((options & wExited) == 0) return -Errno.EINVAL;
        synchronized (p.kernel) {
            while (true) {
                boolean any = false;
                for (Proc c : p.children) {
                    boolean match = idtype == pAll || (idtype == pPid ? c.pid == id : c.pgid == id);
                    if (!match) continue;
                    any = true;
                    if (c.exited) {
                        if ((options & wNoWait) == 0) {
                            p.children.remove(c);
                            p.kernel.procs.remove(c.pid);
                        }
                        if (a[2] != 0) {
                            byte[] info = new byte[128];
                            int status = c.waitStatus;
                            int signal = status & 0x7F;
                            putInt(info, 0, 17); // SIGCHLD
                            putInt(info, 8, signal == 0 ? 1 : (status & 0x80) != 0 ? 3 : 2);
                            putInt(info, 16, c.pid);
                            putInt(info, 20, 0);
                            putInt(info, 24, signal == 0 ? (status >> 8) & 0xFF : signal);
                            U.writeBytes(p, a[2], info);
                        }
                        if (a[4] != 0) U.writeBytes(p, a[4], new byte[144]);
                        return 0;
                    }
                }
                if (!any) return -Errno.ECHILD;
                if ((options & wNoHang) != 0) {
                    if (a[2] != 0) U.writeBytes(p, a[2], new byte[128]); // si_pid 0: nothing to report
                    return 0;
                }
                try {
                    p.kernel.wait(50);
                } catch (InterruptedException e) {
                    return -Errno.EINTR;
                }
            }
        }
    }

    private static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >> 8);
        b[off + 2] = (byte) (v >> 16);
        b[off + 3] = (byte) (v >> 24);
    }

    static long setpgid(Proc p, long[] a) {
        Proc t = a[0] == 0 ? p : p.kernel.procs.get((int) a[0]);
        if (t == null) return -Errno.ESRCH;
        t.pgid = a[1] == 0 ? t.pid : (int) a[1];
        return 0;
    }

    static long getpgid(Proc p, long[] a) {
        Proc t = a[0] == 0 ? p : p.kernel.procs.get((int) a[0]);
        return t == null ? -Errno.ESRCH : t.pgid;
    }

}
