package pacifica.linux.sys;

import java.util.List;

import pacifica.emu.cpu.Cpu;
import pacifica.linux.Proc;

/**
 * The system call table: one row per call with its Linux x86-64 number, name, strace argument
 * formats and handler. Handlers return the result or -errno (RAX). An unknown number returns
 * -ENOSYS and warns once.
 *
 * <p>Argument formats (one letter each): d int, l long, u unsigned, x hex, p pointer, f fd,
 * D dirfd (AT_FDCWD), s path string, b input buffer (length in the next argument), B output buffer
 * (length = result), o open flags, m octal mode, S signal, a at-flags, - not shown.
 */
public final class Syscalls {
    @FunctionalInterface
    public interface Handler {
        long call(Proc p, long[] a);
    }

    /** One table row. */
    public record Sys(int nr, String name, String args, Handler handler) { }

    static Sys row(int nr, String name, String args, Handler h) {
        return new Sys(nr, name, args, h);
    }

    static final List<Sys> ROWS = List.of(
        row(0, "read", "fBu", FileCalls::read),
        row(1, "write", "fbu", FileCalls::write),
        row(2, "open", "som", FileCalls::open),
        row(3, "close", "f", FileCalls::close),
        row(4, "stat", "sp", FileCalls::stat),
        row(5, "fstat", "fp", FileCalls::fstat),
        row(6, "lstat", "sp", FileCalls::lstat),
        row(7, "poll", "pdd", FileCalls::poll),
        row(8, "lseek", "fld", FileCalls::lseek),
        row(9, "mmap", "xxxxfx", MemCalls::mmap),
        row(10, "mprotect", "xxx", MemCalls::mprotect),
        row(11, "munmap", "xx", MemCalls::munmap),
        row(12, "brk", "x", MemCalls::brk),
        row(13, "rt_sigaction", "Sppu", SigCalls::rtSigaction),
        row(14, "rt_sigprocmask", "dppu", SigCalls::rtSigprocmask),
        row(15, "rt_sigreturn", "", SigCalls::rtSigreturn),
        row(16, "ioctl", "fxp", FileCalls::ioctl),
        row(17, "pread64", "fBul", FileCalls::pread),
        row(18, "pwrite64", "fbul", FileCalls::pwrite),
        row(19, "readv", "fpd", FileCalls::readv),
        row(20, "writev", "fpd", FileCalls::writev),
        row(21, "access", "so", FileCalls::access),
        row(22, "pipe", "p", FileCalls::pipe),
        row(23, "select", "dpppp", FileCalls::select),
        row(24, "sched_yield", "", (p, a) -> { Thread.yield(); return 0; }),
        row(25, "mremap", "xxxxx", MemCalls::mremap),
        row(26, "msync", "xxx", (p, a) -> 0),
        row(27, "mincore", "xxp", (p, a) -> -Errno.ENOSYS),
        row(28, "madvise", "xxd", (p, a) -> 0),
        row(32, "dup", "f", FileCalls::dup),
        row(33, "dup2", "ff", FileCalls::dup2),
        row(34, "pause", "", SigCalls::pause),
        row(35, "nanosleep", "pp", TimeCalls::nanosleep),
        row(37, "alarm", "u", SigCalls::alarm),
        row(39, "getpid", "", (p, a) -> p.pid),
        row(40, "sendfile", "ffpu", FileCalls::sendfile),
        row(41, "socket", "ddd", (p, a) -> a[0] == 1 ? -Errno.EACCES : -Errno.EAFNOSUPPORT),
        row(42, "connect", "fpd", (p, a) -> -Errno.EACCES),
        row(56, "clone", "xpppp", ProcCalls::clone),
        row(57, "fork", "", ProcCalls::fork),
        row(58, "vfork", "", ProcCalls::vfork),
        row(59, "execve", "spp", ProcCalls::execve),
        row(60, "exit", "d", ProcCalls::exit),
        row(61, "wait4", "dppp", ProcCalls::wait4),
        row(62, "kill", "dS", SigCalls::kill),
        row(63, "uname", "p", MiscCalls::uname),
        row(72, "fcntl", "fdx", FileCalls::fcntl),
        row(74, "fsync", "f", FileCalls::fsync),
        row(75, "fdatasync", "f", FileCalls::fsync),
        row(76, "truncate", "sl", FileCalls::truncate),
        row(77, "ftruncate", "fl", FileCalls::ftruncate),
        row(78, "getdents", "fpu", (p, a) -> -Errno.ENOSYS),
        row(79, "getcwd", "pu", FileCalls::getcwd),
        row(80, "chdir", "s", FileCalls::chdir),
        row(81, "fchdir", "f", FileCalls::fchdir),
        row(82, "rename", "ss", (p, a) -> FileCalls.renameat(p, new long[] {-100, a[0], -100, a[1], 0, 0})),
        row(83, "mkdir", "sm", (p, a) -> FileCalls.mkdirat(p, new long[] {-100, a[0], a[1], 0, 0, 0})),
        row(84, "rmdir", "s", (p, a) -> FileCalls.unlinkat(p, new long[] {-100, a[0], 0x200, 0, 0, 0})),
        row(86, "link", "ss", (p, a) -> FileCalls.linkat(p, new long[] {-100, a[0], -100, a[1], 0, 0})),
        row(87, "unlink", "s", (p, a) -> FileCalls.unlinkat(p, new long[] {-100, a[0], 0, 0, 0, 0})),
        row(88, "symlink", "ss", (p, a) -> FileCalls.symlinkat(p, new long[] {a[0], -100, a[1], 0, 0, 0})),
        row(89, "readlink", "sBu", (p, a) -> FileCalls.readlinkat(p, new long[] {-100, a[0], a[1], a[2], 0, 0})),
        row(90, "chmod", "sm", (p, a) -> FileCalls.fchmodat(p, new long[] {-100, a[0], a[1], 0, 0, 0})),
        row(91, "fchmod", "fm", FileCalls::fchmod),
        row(92, "chown", "sdd", (p, a) -> 0),
        row(93, "fchown", "fdd", (p, a) -> 0),
        row(94, "lchown", "sdd", (p, a) -> 0),
        row(95, "umask", "m", (p, a) -> { int o = p.umask; p.umask = (int) a[0] & 0777; return o; }),
        row(96, "gettimeofday", "pp", TimeCalls::gettimeofday),
        row(97, "getrlimit", "dp", MiscCalls::getrlimit),
        row(98, "getrusage", "dp", MiscCalls::getrusage),
        row(99, "sysinfo", "p", MiscCalls::sysinfo),
        row(100, "times", "p", MiscCalls::times),
        row(102, "getuid", "", (p, a) -> p.kernel.uid),
        row(104, "getgid", "", (p, a) -> p.kernel.gid),
        row(105, "setuid", "d", (p, a) -> a[0] == p.kernel.uid ? 0 : -Errno.EPERM),
        row(106, "setgid", "d", (p, a) -> a[0] == p.kernel.gid ? 0 : -Errno.EPERM),
        row(107, "geteuid", "", (p, a) -> p.kernel.uid),
        row(108, "getegid", "", (p, a) -> p.kernel.gid),
        row(109, "setpgid", "dd", ProcCalls::setpgid),
        row(110, "getppid", "", (p, a) -> p.parent != null ? p.parent.pid : p.kernel.hostPid),
        row(111, "getpgrp", "", (p, a) -> p.pgid),
        row(112, "setsid", "", (p, a) -> { p.sid = p.pgid = p.pid; return p.pid; }),
        row(115, "getgroups", "dp", MiscCalls::getgroups),
        row(121, "getpgid", "d", ProcCalls::getpgid),
        row(124, "getsid", "d", (p, a) -> p.sid),
        row(127, "rt_sigpending", "pu", SigCalls::rtSigpending),
        row(130, "rt_sigsuspend", "pu", SigCalls::rtSigsuspend),
        row(131, "sigaltstack", "pp", SigCalls::sigaltstack),
        row(132, "utime", "sp", (p, a) -> 0),
        row(137, "statfs", "sp", (p, a) -> -Errno.ENOSYS),
        row(157, "prctl", "dxxxx", MiscCalls::prctl),
        row(158, "arch_prctl", "xx", MiscCalls::archPrctl),
        row(160, "setrlimit", "dp", (p, a) -> 0),
        row(186, "gettid", "", (p, a) -> p.pid),
        row(200, "tkill", "dS", (p, a) -> SigCalls.kill(p, new long[] {a[0], a[1]})),
        row(201, "time", "p", TimeCalls::time),
        row(202, "futex", "pdxppx", MiscCalls::futex),
        row(204, "sched_getaffinity", "dup", MiscCalls::schedGetaffinity),
        row(217, "getdents64", "fpu", FileCalls::getdents64),
        row(218, "set_tid_address", "p", (p, a) -> { p.clearChildTid = a[0]; return p.pid; }),
        row(228, "clock_gettime", "dp", TimeCalls::clockGettime),
        row(229, "clock_getres", "dp", TimeCalls::clockGetres),
        row(230, "clock_nanosleep", "ddpp", TimeCalls::clockNanosleep),
        row(231, "exit_group", "d", ProcCalls::exit),
        row(234, "tgkill", "ddS", (p, a) -> SigCalls.kill(p, new long[] {a[1], a[2]})),
        row(235, "utimes", "sp", (p, a) -> 0),
        row(247, "waitid", "ddpdp", ProcCalls::waitid),
        row(257, "openat", "Dsom", FileCalls::openat),
        row(258, "mkdirat", "Dsm", FileCalls::mkdirat),
        row(260, "fchownat", "Dsdda", (p, a) -> 0),
        row(262, "newfstatat", "Dspa", FileCalls::newfstatat),
        row(263, "unlinkat", "Dsa", FileCalls::unlinkat),
        row(264, "renameat", "DsDs", FileCalls::renameat),
        row(265, "linkat", "DsDsa", FileCalls::linkat),
        row(266, "symlinkat", "sDs", FileCalls::symlinkat),
        row(267, "readlinkat", "DsBu", FileCalls::readlinkat),
        row(268, "fchmodat", "Dsm", FileCalls::fchmodat),
        row(269, "faccessat", "Dso", FileCalls::faccessat),
        row(270, "pselect6", "dppppp", FileCalls::pselect6),
        row(271, "ppoll", "pdppu", FileCalls::ppoll),
        row(273, "set_robust_list", "pu", (p, a) -> 0),
        row(280, "utimensat", "Dspa", FileCalls::utimensat),
        row(292, "dup3", "ffo", FileCalls::dup3),
        row(293, "pipe2", "po", FileCalls::pipe2),
        row(302, "prlimit64", "ddpp", MiscCalls::prlimit64),
        row(316, "renameat2", "DsDsx", FileCalls::renameat),
        row(318, "getrandom", "Bux", MiscCalls::getrandom),
        row(322, "execveat", "dsppx", ProcCalls::execveat),
        row(332, "statx", "Dsaxp", FileCalls::statx),
        row(334, "rseq", "pudx", (p, a) -> -Errno.ENOSYS),
        row(435, "clone3", "pu", (p, a) -> -Errno.ENOSYS),
        row(439, "faccessat2", "Dsoa", FileCalls::faccessat)
    );

    static final Sys[] TABLE = new Sys[512];

    static {
        for (Sys s : ROWS) TABLE[s.nr] = s;
    }

    private Syscalls() {}

    public static Sys lookup(long nr) {
        return nr >= 0 && nr < TABLE.length ? TABLE[(int) nr] : null;
    }

    /** The CPU's SYSCALL hook: performs the call in RAX with RDI RSI RDX R10 R8 R9. */
    public static boolean dispatch(Proc p, Cpu c) {
        long nr = c.gpr[Cpu.RAX];
        long[] a = {c.gpr[Cpu.RDI], c.gpr[Cpu.RSI], c.gpr[Cpu.RDX], c.gpr[10], c.gpr[8], c.gpr[9]};
        Sys s = lookup(nr);
        long r;
        String pre = null;
        java.io.PrintStream st = p.kernel.strace;
        if (s == null) {
            p.kernel.warnOnce("nr" + nr, "unsupported system call " + nr + " (returns ENOSYS)");
            r = -Errno.ENOSYS;
            if (st != null) st.println(Strace.prefix(p) + "syscall_" + nr + "(...) = " + Strace.result(null, r));
        } else {
            if (st != null) pre = Strace.before(p, s, a);
            try {
                r = s.handler.call(p, a);
            } catch (U.Fault e) {
                r = -Errno.EFAULT;
            } catch (RuntimeException e) {
                p.kernel.warnOnce("ex" + s.name, "internal error in " + s.name + ": " + e);
                r = -Errno.EINVAL;
            }
            if (st != null && !(p.exited && (nr == 60 || nr == 231))) {
                st.println(Strace.prefix(p) + Strace.after(p, s, a, pre, r));
            } else if (st != null) {
                st.println(Strace.prefix(p) + pre + ") = ?");
                st.println(Strace.prefix(p) + "+++ exited with " + (p.waitStatus >> 8) + " +++");
            }
        }
        if (p.cpu == c) c.gpr[Cpu.RAX] = r;
        if (p.pending != 0) p.stopRequested = true;
        return p.stopRequested || p.exited || p.cpu != c;
    }
}
