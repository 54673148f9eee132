package pacifica.linux.sys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import pacifica.linux.Proc;
import pacifica.linux.fs.DirFile;
import pacifica.linux.fs.HostFile;
import pacifica.linux.fs.OpenFile;
import pacifica.linux.fs.Pipe;
import pacifica.linux.fs.Vfs;

/** File, directory and descriptor system calls over Java NIO. */
final class FileCalls {
    static final int O_ACCMODE = 3, O_CREAT = 0100, O_EXCL = 0200, O_TRUNC = 01000, O_APPEND = 02000,
            O_NONBLOCK = 04000, O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000, O_CLOEXEC = 02000000,
            O_PATH = 010000000;

    private FileCalls() {}

    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) return Errno.ENOENT;
        if (e instanceof FileAlreadyExistsException) return Errno.EEXIST;
        if (e instanceof DirectoryNotEmptyException) return Errno.ENOTEMPTY;
        if (e instanceof AccessDeniedException) return Errno.EACCES;
        if (e instanceof NotDirectoryException) return Errno.ENOTDIR;
        if (e instanceof NotLinkException) return Errno.EINVAL;
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            if (r.contains("Not a directory")) return Errno.ENOTDIR;
            if (r.contains("Is a directory")) return Errno.EISDIR;
            if (r.contains("Directory not empty")) return Errno.ENOTEMPTY;
            if (r.contains("Invalid cross-device")) return Errno.EXDEV;
            if (r.contains("Permission denied")) return Errno.EACCES;
            if (r.contains("Operation not permitted")) return Errno.EPERM;
            if (r.contains("Invalid argument")) return Errno.EINVAL;
            if (r.contains("Too many levels")) return Errno.ELOOP;
        }
        return Errno.EIO;
    }

    // ================================================================ read/write

    static long read(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        int len = (int) Math.min(a[2] & 0x7FFFFFFFL, 1 << 20);
        byte[] b = new byte[len];
        long n = f.read(b, 0, len);
        if (n > 0 && !p.mem.write(a[1], b, 0, (int) n)) return -Errno.EFAULT;
        return n;
    }

    static long write(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        int len = (int) Math.min(a[2] & 0x7FFFFFFFL, 1 << 24);
        byte[] b = new byte[len];
        if (!p.mem.read(a[1], b, 0, len)) return -Errno.EFAULT;
        long n = f.write(b, 0, len);
        if (n == -Errno.EPIPE) Signals.send(p, Signals.SIGPIPE, 0, p.pid);
        return n;
    }

    static long pread(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        if (a[3] < 0) return -Errno.EINVAL;
        int len = (int) Math.min(a[2] & 0x7FFFFFFFL, 1 << 20);
        byte[] b = new byte[len];
        long n = f.pread(b, 0, len, a[3]);
        if (n > 0 && !p.mem.write(a[1], b, 0, (int) n)) return -Errno.EFAULT;
        return n;
    }

    static long pwrite(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        if (a[3] < 0) return -Errno.EINVAL;
        int len = (int) Math.min(a[2] & 0x7FFFFFFFL, 1 << 24);
        byte[] b = new byte[len];
        if (!p.mem.read(a[1], b, 0, len)) return -Errno.EFAULT;
        return f.pwrite(b, 0, len, a[3]);
    }

    static long readv(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        long total = 0;
        for (int k = 0; k < (int) a[2]; k++) {
            long base = U.read64(p, a[1] + 16L * k), len = U.read64(p, a[1] + 16L * k + 8);
            if (len == 0) continue;
            byte[] b = new byte[(int) Math.min(len, 1 << 20)];
            long n = f.read(b, 0, b.length);
            if (n < 0) return total > 0 ? total : n;
            if (!p.mem.write(base, b, 0, (int) n)) return -Errno.EFAULT;
            total += n;
            if (n < b.length) break;
        }
        return total;
    }

    static long writev(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int k = 0; k < (int) a[2]; k++) {
            long base = U.read64(p, a[1] + 16L * k), len = U.read64(p, a[1] + 16L * k + 8);
            if (len > 0) out.writeBytes(U.readBytes(p, base, (int) len));
        }
        byte[] b = out.toByteArray();
        long n = f.write(b, 0, b.length);
        if (n == -Errno.EPIPE) Signals.send(p, Signals.SIGPIPE, 0, p.pid);
        return n;
    }

    static long sendfile(Proc p, long[] a) {
        OpenFile out = p.fd(a[0]), in = p.fd(a[1]);
        if (out == null || in == null) return -Errno.EBADF;
        byte[] b = new byte[(int) Math.min(a[3], 1 << 20)];
        long n;
        if (a[2] != 0) {
            long off = U.read64(p, a[2]);
            n = in.pread(b, 0, b.length, off);
            if (n > 0) U.write64(p, a[2], off + n);
        } else {
            n = in.read(b, 0, b.length);
        }
        if (n <= 0) return n;
        return out.write(b, 0, (int) n);
    }

    static long lseek(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        return f == null ? -Errno.EBADF : f.seek(a[1], (int) a[2]);
    }

    // ================================================================ open/close

    static long open(Proc p, long[] a) {
        return openat(p, new long[] {U.AT_FDCWD, a[0], a[1], a[2], 0, 0});
    }

    static long openat(Proc p, long[] a) {
        String path = U.path(p, a[1]);
        if (path == null) return -Errno.EFAULT;
        int flags = (int) a[2];
        int mode = (int) a[3];
        path = ProcFs.redirect(p, a[0], path);
        OpenFile f = ProcFs.open(p, a[0], path);
        if (f == null) {
            Vfs.Resolved r = U.resolve(p, a[0], path, (flags & O_NOFOLLOW) == 0);
            if (!r.ok()) return -r.errno();
            long res = openHost(p, r, flags, mode);
            if (res < 0) return res;
            f = lastOpened.get();
            lastOpened.remove();
        } else if (f.name == null) {
            return -Errno.ENOENT;
        }
        f.flags = flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC | O_NOFOLLOW);
        return p.allocFd(f, 0, (flags & O_CLOEXEC) != 0);
    }

    private static final ThreadLocal<OpenFile> lastOpened = new ThreadLocal<>();

    private static long openHost(Proc p, Vfs.Resolved r, int flags, int mode) {
        Path h = r.host();
        if (r.guest().equals("/dev/null") || r.guest().equals("/dev/zero") || r.guest().equals("/dev/urandom")
                || r.guest().equals("/dev/random")) {
            h = Path.of(r.guest());
        }
        if (r.guest().equals("/dev/tty")) return -Errno.ENXIO;
        boolean exists = Files.exists(h, LinkOption.NOFOLLOW_LINKS);
        if (exists && Files.isSymbolicLink(h)) return -((flags & O_NOFOLLOW) != 0 ? Errno.ELOOP : Errno.ENOENT);
        int acc = flags & O_ACCMODE;
        if (exists && (flags & O_CREAT) != 0 && (flags & O_EXCL) != 0) return -Errno.EEXIST;
        if (!exists && (flags & O_CREAT) == 0) return -Errno.ENOENT;
        if (exists && Files.isDirectory(h)) {
            if (acc != 0 || (flags & O_CREAT) != 0) return -Errno.EISDIR;
            lastOpened.set(new DirFile(h, flags, r.guest()));
            return 0;
        }
        if ((flags & O_DIRECTORY) != 0) return -(exists ? Errno.ENOTDIR : Errno.ENOENT);
        if ((flags & O_PATH) != 0) {
            lastOpened.set(new HostFile(null, h, flags, r.guest()));
            return 0;
        }
        Set<OpenOption> opts = new HashSet<>();
        if (acc == 0 || acc == 2) opts.add(StandardOpenOption.READ);
        if (acc == 1 || acc == 2) opts.add(StandardOpenOption.WRITE);
        try {
            if (!exists) {
                Path parent = h.getParent();
                if (parent != null && !Files.isDirectory(parent)) return -Errno.ENOENT;
                Files.createFile(h, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(perms(mode & ~p.umask)));
            }
            if (exists && acc != 1 && !Files.isReadable(h)) return -Errno.EACCES;
            if (exists && acc != 0 && !Files.isWritable(h)) return -Errno.EACCES;
            if ((flags & O_TRUNC) != 0 && acc != 0 && Files.isRegularFile(h)) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            FileChannel ch = FileChannel.open(h, opts);
            lastOpened.set(new HostFile(ch, h, flags, r.guest()));
            return 0;
        } catch (IOException e) {
            return -errno(e);
        } catch (UnsupportedOperationException e) {
            return -Errno.EINVAL;
        }
    }

    static Set<PosixFilePermission> perms(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int k = 0; k < 9; k++) if ((mode & (1 << k)) != 0) s.add(order[k]);
        return s;
    }

    static long close(Proc p, long[] a) {
        return p.closeFd(a[0]) ? 0 : -Errno.EBADF;
    }

    static long dup(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        return f == null ? -Errno.EBADF : p.allocFd(f.retain(), 0, false);
    }

    static long dup2(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        if (a[0] == a[1]) return a[1];
        return dup3(p, new long[] {a[0], a[1], 0});
    }

    static long dup3(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        if (a[1] < 0 || a[1] >= p.fds.length) return -Errno.EBADF;
        if (a[0] == a[1]) return -Errno.EINVAL;
        p.setFd((int) a[1], f.retain(), (a[2] & O_CLOEXEC) != 0);
        return a[1];
    }

    static long pipe(Proc p, long[] a) {
        return pipe2(p, new long[] {a[0], 0});
    }

    static long pipe2(Proc p, long[] a) {
        Pipe pipe = new Pipe();
        OpenFile r = pipe.readEnd(), w = pipe.writeEnd();
        boolean ce = (a[1] & O_CLOEXEC) != 0;
        if ((a[1] & O_NONBLOCK) != 0) {
            r.flags |= O_NONBLOCK;
            w.flags |= O_NONBLOCK;
        }
        int fr = p.allocFd(r, 0, ce);
        if (fr < 0) return fr;
        int fw = p.allocFd(w, 0, ce);
        if (fw < 0) {
            p.closeFd(fr);
            return fw;
        }
        byte[] b = new byte[8];
        U.le(b).putInt(0, fr).putInt(4, fw);
        if (!p.mem.write(a[0], b, 0, 8)) {
            p.closeFd(fr);
            p.closeFd(fw);
            return -Errno.EFAULT;
        }
        return 0;
    }

    static long fcntl(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        int fd = (int) a[0];
        switch ((int) a[1]) {
            case 0, 1030 -> {
                return p.allocFd(f.retain(), (int) a[2], a[1] == 1030);
            }
            case 1 -> {
                return p.cloexec[fd] ? 1 : 0;
            }
            case 2 -> {
                p.cloexec[fd] = (a[2] & 1) != 0;
                return 0;
            }
            case 3 -> {
                return f.flags | 0100000; // O_LARGEFILE, as the kernel reports
            }
            case 4 -> {
                int mask = O_APPEND | O_NONBLOCK;
                f.flags = (f.flags & ~mask) | ((int) a[2] & mask);
                return 0;
            }
            case 5, 6, 7 -> {
                return 0; // record locks: one process owns the files
            }
            case 1032 -> {
                return 65536;
            }
            default -> {
                return -Errno.EINVAL;
            }
        }
    }

    static long ioctl(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        switch ((int) a[1]) {
            case 0x541B -> { // FIONREAD
                long n = f.available();
                if (n < 0) return n;
                U.write32(p, a[2], (int) n);
                return 0;
            }
            case 0x5421 -> { // FIONBIO
                byte[] b = U.readBytes(p, a[2], 4);
                if (U.le(b).getInt(0) != 0) f.flags |= O_NONBLOCK;
                else f.flags &= ~O_NONBLOCK;
                return 0;
            }
            default -> {
                return -Errno.ENOTTY; // TCGETS, TIOCGWINSZ, TIOCGPGRP...: no terminal
            }
        }
    }

    static long fsync(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        return f == null ? -Errno.EBADF : f.sync();
    }

    static long ftruncate(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        if (a[1] < 0) return -Errno.EINVAL;
        return f.truncate(a[1]);
    }

    static long truncate(Proc p, long[] a) {
        String path = U.path(p, a[0]);
        if (path == null) return -Errno.EFAULT;
        Vfs.Resolved r = U.resolve(p, U.AT_FDCWD, path, true);
        if (!r.ok()) return -r.errno();
        if (Files.isDirectory(r.host())) return -Errno.EISDIR;
        try (FileChannel ch = FileChannel.open(r.host(), StandardOpenOption.WRITE)) {
            HostFile hf = new HostFile(ch, r.host(), 1, r.guest());
            return hf.truncate(a[1]);
        } catch (IOException e) {
            return -errno(e);
        }
    }

    // ================================================================ stat

    static long stat(Proc p, long[] a) {
        return newfstatat(p, new long[] {U.AT_FDCWD, a[0], a[1], 0, 0, 0});
    }

    static long lstat(Proc p, long[] a) {
        return newfstatat(p, new long[] {U.AT_FDCWD, a[0], a[1], U.AT_SYMLINK_NOFOLLOW, 0, 0});
    }

    static long fstat(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        return Stat.writeStat(p, a[1], Stat.of(f));
    }

    static long newfstatat(Proc p, long[] a) {
        Stat st = statAt(p, a[0], a[1], (int) a[3]);
        if (st.errno != 0) return -st.errno;
        return Stat.writeStat(p, a[2], st);
    }

    static long statx(Proc p, long[] a) {
        Stat st = statAt(p, a[0], a[1], (int) a[2]);
        if (st.errno != 0) return -st.errno;
        return Stat.writeStatx(p, a[4], st);
    }

    private static Stat statAt(Proc p, long dirfd, long pathAddr, int flags) {
        String path = U.path(p, pathAddr);
        if (path == null) return Stat.error(Errno.EFAULT);
        if (path.isEmpty() && (flags & U.AT_EMPTY_PATH) != 0) {
            OpenFile f = p.fd(dirfd);
            return f == null ? Stat.error(Errno.EBADF) : Stat.of(f);
        }
        if ((flags & U.AT_SYMLINK_NOFOLLOW) != 0) {
            String link = ProcFs.readlink(p, dirfd, path);
            if (link != null) return Stat.synthetic(0120777, link.length());
        }
        path = ProcFs.redirect(p, dirfd, path);
        Stat proc = ProcFs.stat(p, dirfd, path);
        if (proc != null) return proc;
        Vfs.Resolved r = U.resolve(p, dirfd, path, (flags & U.AT_SYMLINK_NOFOLLOW) == 0);
        if (!r.ok()) return Stat.error(r.errno());
        return Stat.of(r.host());
    }

    static long access(Proc p, long[] a) {
        return faccessat(p, new long[] {U.AT_FDCWD, a[0], a[1], 0, 0, 0});
    }

    static long faccessat(Proc p, long[] a) {
        String path = U.path(p, a[1]);
        if (path == null) return -Errno.EFAULT;
        path = ProcFs.redirect(p, a[0], path);
        if (ProcFs.stat(p, a[0], path) != null) return 0;
        Vfs.Resolved r = U.resolve(p, a[0], path, (a[3] & U.AT_SYMLINK_NOFOLLOW) == 0);
        if (!r.ok()) return -r.errno();
        Path h = r.host();
        if (!Files.exists(h, LinkOption.NOFOLLOW_LINKS)) return -Errno.ENOENT;
        int mode = (int) a[2];
        if ((mode & 4) != 0 && !Files.isReadable(h)) return -Errno.EACCES;
        if ((mode & 2) != 0 && !Files.isWritable(h)) return -Errno.EACCES;
        if ((mode & 1) != 0 && !Files.isExecutable(h)) return -Errno.EACCES;
        return 0;
    }

    // ================================================================ directories

    static long getdents64(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        if (!(f instanceof DirFile d)) return -Errno.ENOTDIR;
        synchronized (d) {
            if (d.entries == null && d.lister != null) d.entries = d.lister.get();
            if (d.entries == null) {
                try {
                    d.entries = Vfs.list(d.hostPath());
                } catch (IOException e) {
                    return -errno(e);
                }
            }
            int cap = (int) Math.min(a[2], 1 << 20);
            ByteBuffer out = ByteBuffer.allocate(cap).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            while (d.next < d.entries.size()) {
                Vfs.DirEntry e = d.entries.get(d.next);
                byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
                int reclen = (19 + name.length + 1 + 7) & ~7;
                if (out.position() + reclen > cap) {
                    if (out.position() == 0) return -Errno.EINVAL;
                    break;
                }
                int start = out.position();
                out.putLong(e.ino()).putLong(d.next + 1).putShort((short) reclen).put((byte) e.type()).put(name);
                while (out.position() < start + reclen) out.put((byte) 0);
                d.next++;
            }
            byte[] b = java.util.Arrays.copyOf(out.array(), out.position());
            if (!p.mem.write(a[1], b, 0, b.length)) return -Errno.EFAULT;
            return b.length;
        }
    }

    static long getcwd(Proc p, long[] a) {
        byte[] s = (p.cwd + "\0").getBytes(StandardCharsets.UTF_8);
        if (a[1] < s.length) return -Errno.ERANGE;
        if (!p.mem.write(a[0], s, 0, s.length)) return -Errno.EFAULT;
        return s.length;
    }

    static long chdir(Proc p, long[] a) {
        String path = U.path(p, a[0]);
        if (path == null) return -Errno.EFAULT;
        Vfs.Resolved r = U.resolve(p, U.AT_FDCWD, path, true);
        if (!r.ok()) return -r.errno();
        if (!Files.exists(r.host())) return -Errno.ENOENT;
        if (!Files.isDirectory(r.host())) return -Errno.ENOTDIR;
        p.cwd = r.guest();
        return 0;
    }

    static long fchdir(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        if (!(f instanceof DirFile)) return -Errno.ENOTDIR;
        p.cwd = f.name;
        return 0;
    }

    static long mkdirat(Proc p, long[] a) {
        String path = U.path(p, a[1]);
        if (path == null) return -Errno.EFAULT;
        Vfs.Resolved r = U.resolve(p, a[0], path, false);
        if (!r.ok()) return -r.errno();
        try {
            Files.createDirectory(r.host(), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    perms((int) a[2] & ~p.umask)));
            return 0;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    static long unlinkat(Proc p, long[] a) {
        String path = U.path(p, a[1]);
        if (path == null) return -Errno.EFAULT;
        Vfs.Resolved r = U.resolve(p, a[0], path, false);
        if (!r.ok()) return -r.errno();
        Path h = r.host();
        if (!Files.exists(h, LinkOption.NOFOLLOW_LINKS)) return -Errno.ENOENT;
        boolean dir = Files.isDirectory(h, LinkOption.NOFOLLOW_LINKS);
        if ((a[2] & U.AT_REMOVEDIR) != 0) {
            if (!dir) return -Errno.ENOTDIR;
        } else if (dir) {
            return -Errno.EISDIR;
        }
        try {
            Files.delete(h);
            return 0;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    static long renameat(Proc p, long[] a) {
        String from = U.path(p, a[1]), to = U.path(p, a[3]);
        if (from == null || to == null) return -Errno.EFAULT;
        Vfs.Resolved rf = U.resolve(p, a[0], from, false), rt = U.resolve(p, a[2], to, false);
        if (!rf.ok()) return -rf.errno();
        if (!rt.ok()) return -rt.errno();
        if (!Files.exists(rf.host(), LinkOption.NOFOLLOW_LINKS)) return -Errno.ENOENT;
        if ((a[4] & 1) != 0 && Files.exists(rt.host(), LinkOption.NOFOLLOW_LINKS)) return -Errno.EEXIST;
        try {
            Files.move(rf.host(), rt.host(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return 0;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    static long linkat(Proc p, long[] a) {
        String from = U.path(p, a[1]), to = U.path(p, a[3]);
        if (from == null || to == null) return -Errno.EFAULT;
        Vfs.Resolved rf = U.resolve(p, a[0], from, (a[4] & 0x400) != 0), rt = U.resolve(p, a[2], to, false);
        if (!rf.ok()) return -rf.errno();
        if (!rt.ok()) return -rt.errno();
        try {
            Files.createLink(rt.host(), rf.host());
            return 0;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    static long symlinkat(Proc p, long[] a) {
        String target = U.path(p, a[0]), link = U.path(p, a[2]);
        if (target == null || link == null) return -Errno.EFAULT;
        Vfs.Resolved r = U.resolve(p, a[1], link, false);
        if (!r.ok()) return -r.errno();
        try {
            Files.createSymbolicLink(r.host(), Path.of(target));
            return 0;
        } catch (IOException e) {
            return -errno(e);
        } catch (java.nio.file.InvalidPathException e) {
            return -Errno.EINVAL;
        }
    }

    static long readlinkat(Proc p, long[] a) {
        String path = U.path(p, a[1]);
        if (path == null) return -Errno.EFAULT;
        String target = ProcFs.readlink(p, a[0], path);
        if (target == null) {
            Vfs.Resolved r = U.resolve(p, a[0], path, false);
            if (!r.ok()) return -r.errno();
            try {
                target = Files.readSymbolicLink(r.host()).toString();
            } catch (NotLinkException e) {
                return -Errno.EINVAL;
            } catch (IOException e) {
                return -errno(e);
            }
        }
        if ((int) a[3] <= 0) return -Errno.EINVAL;
        byte[] b = target.getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(b.length, a[3]);
        if (!p.mem.write(a[2], b, 0, n)) return -Errno.EFAULT;
        return n;
    }

    static long fchmodat(Proc p, long[] a) {
        String path = U.path(p, a[1]);
        if (path == null) return -Errno.EFAULT;
        Vfs.Resolved r = U.resolve(p, a[0], path, true);
        if (!r.ok()) return -r.errno();
        return chmod(r.host(), (int) a[2]);
    }

    static long fchmod(Proc p, long[] a) {
        OpenFile f = p.fd(a[0]);
        if (f == null) return -Errno.EBADF;
        if (f.hostPath() == null) return 0;
        return chmod(f.hostPath(), (int) a[1]);
    }

    private static long chmod(Path h, int mode) {
        try {
            Files.setPosixFilePermissions(h, perms(mode));
            return 0;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    static long utimensat(Proc p, long[] a) {
        Path h;
        if (a[1] == 0) {
            OpenFile f = p.fd(a[0]);
            if (f == null) return -Errno.EBADF;
            h = f.hostPath();
            if (h == null) return 0;
        } else {
            String path = U.path(p, a[1]);
            if (path == null) return -Errno.EFAULT;
            Vfs.Resolved r = U.resolve(p, a[0], path, (a[3] & U.AT_SYMLINK_NOFOLLOW) == 0);
            if (!r.ok()) return -r.errno();
            h = r.host();
            if (!Files.exists(h, LinkOption.NOFOLLOW_LINKS)) return -Errno.ENOENT;
        }
        FileTime now = FileTime.from(java.time.Instant.now());
        FileTime at = now, mt = now;
        if (a[2] != 0) {
            byte[] b = U.readBytes(p, a[2], 32);
            ByteBuffer bb = U.le(b);
            at = time(bb.getLong(0), bb.getLong(8), now);
            mt = time(bb.getLong(16), bb.getLong(24), now);
        }
        try {
            Files.getFileAttributeView(h, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setTimes(mt, at, null);
            return 0;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    private static FileTime time(long sec, long nsec, FileTime now) {
        if (nsec == (1 << 30) - 1) return now;
        if (nsec == (1 << 30) - 2) return null;
        return FileTime.from(sec * 1_000_000_000L + nsec, TimeUnit.NANOSECONDS);
    }

    // ================================================================ poll/select

    static long poll(Proc p, long[] a) {
        return doPoll(p, a[0], (int) a[1], (int) a[2]);
    }

    static long ppoll(Proc p, long[] a) {
        int timeout = -1;
        if (a[2] != 0) {
            long s = U.read64(p, a[2]), ns = U.read64(p, a[2] + 8);
            timeout = (int) Math.min(Integer.MAX_VALUE, s * 1000 + ns / 1_000_000);
        }
        return doPoll(p, a[0], (int) a[1], timeout);
    }

    private static long doPoll(Proc p, long fdsAddr, int n, int timeoutMs) {
        if (n < 0 || n > 4096) return -Errno.EINVAL;
        long deadline = System.currentTimeMillis() + Math.max(0, timeoutMs);
        byte[] b = U.readBytes(p, fdsAddr, 8 * n);
        ByteBuffer bb = U.le(b);
        while (true) {
            int ready = 0;
            for (int k = 0; k < n; k++) {
                int fd = bb.getInt(8 * k);
                short events = bb.getShort(8 * k + 4);
                int rev = 0;
                if (fd >= 0) {
                    OpenFile f = p.fd(fd);
                    if (f == null) rev = 0x20;
                    else {
                        if ((events & 1) != 0 && f.readable()) rev |= 1;
                        if ((events & 4) != 0 && f.writable()) rev |= 4;
                    }
                }
                bb.putShort(8 * k + 6, (short) rev);
                if (rev != 0) ready++;
            }
            if (ready > 0 || timeoutMs == 0 || (timeoutMs > 0 && System.currentTimeMillis() >= deadline)
                    || p.pending != 0) {
                U.writeBytes(p, fdsAddr, b);
                return ready;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return -Errno.EINTR;
            }
        }
    }

    static long select(Proc p, long[] a) {
        long timeout = -1;
        if (a[4] != 0) timeout = U.read64(p, a[4]) * 1000 + U.read64(p, a[4] + 8) / 1000;
        return doSelect(p, (int) a[0], a[1], a[2], a[3], timeout);
    }

    static long pselect6(Proc p, long[] a) {
        long timeout = -1;
        if (a[4] != 0) timeout = U.read64(p, a[4]) * 1000 + U.read64(p, a[4] + 8) / 1_000_000;
        return doSelect(p, (int) a[0], a[1], a[2], a[3], timeout);
    }

    private static long doSelect(Proc p, int n, long rd, long wr, long ex, long timeoutMs) {
        if (n < 0 || n > 1024) return -Errno.EINVAL;
        int bytes = ((n + 63) / 64) * 8;
        byte[] r = rd != 0 ? U.readBytes(p, rd, bytes) : null;
        byte[] w = wr != 0 ? U.readBytes(p, wr, bytes) : null;
        long deadline = System.currentTimeMillis() + Math.max(0, timeoutMs);
        while (true) {
            byte[] ro = new byte[bytes], wo = new byte[bytes];
            int ready = 0;
            for (int fd = 0; fd < n; fd++) {
                boolean wantR = r != null && (r[fd >> 3] & (1 << (fd & 7))) != 0;
                boolean wantW = w != null && (w[fd >> 3] & (1 << (fd & 7))) != 0;
                if (!wantR && !wantW) continue;
                OpenFile f = p.fd(fd);
                if (f == null) return -Errno.EBADF;
                if (wantR && f.readable()) {
                    ro[fd >> 3] |= (byte) (1 << (fd & 7));
                    ready++;
                }
                if (wantW && f.writable()) {
                    wo[fd >> 3] |= (byte) (1 << (fd & 7));
                    ready++;
                }
            }
            if (ready > 0 || timeoutMs == 0 || (timeoutMs > 0 && System.currentTimeMillis() >= deadline)
                    || p.pending != 0) {
                if (r != null) U.writeBytes(p, rd, ro);
                if (w != null) U.writeBytes(p, wr, wo);
                if (ex != 0) U.writeBytes(p, ex, new byte[bytes]);
                return ready;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return -Errno.EINTR;
            }
        }
    }

}
