package pacifica.linux.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import pacifica.linux.Proc;
import pacifica.linux.fs.OpenFile;
import pacifica.linux.fs.Vfs;

/** Helpers for handlers: guest memory access with EFAULT, paths, dirfd resolution. */
final class U {
    static final int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200, AT_EMPTY_PATH = 0x1000;

    private U() {}

    /** A guest C string decoded as the host file-name charset (UTF-8), or null on EFAULT. */
    static String path(Proc p, long addr) {
        if (addr == 0) return null;
        byte[] b = p.mem.readCString(addr, 4096);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** A guest C string as bytes in ISO-8859-1 (argv/envp round trip). */
    static String bytes(Proc p, long addr) {
        byte[] b = p.mem.readCString(addr, 131072);
        return b == null ? null : new String(b, StandardCharsets.ISO_8859_1);
    }

    static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    static long read64(Proc p, long addr) {
        byte[] b = new byte[8];
        if (!p.mem.read(addr, b, 0, 8)) throw new Fault();
        return le(b).getLong(0);
    }

    static void write64(Proc p, long addr, long v) {
        byte[] b = new byte[8];
        le(b).putLong(0, v);
        if (!p.mem.write(addr, b, 0, 8)) throw new Fault();
    }

    static void write32(Proc p, long addr, int v) {
        byte[] b = new byte[4];
        le(b).putInt(0, v);
        if (!p.mem.write(addr, b, 0, 4)) throw new Fault();
    }

    static byte[] readBytes(Proc p, long addr, int len) {
        byte[] b = new byte[len];
        if (!p.mem.read(addr, b, 0, len)) throw new Fault();
        return b;
    }

    static void writeBytes(Proc p, long addr, byte[] b) {
        if (!p.mem.write(addr, b, 0, b.length)) throw new Fault();
    }

    /** EFAULT while copying to or from the guest; caught by {@link #guard}. */
    static final class Fault extends RuntimeException {
        Fault() {
            super(null, null, false, false);
        }
    }

    /** The guest directory a dirfd-relative path starts from; null when dirfd is bad. */
    static String base(Proc p, long dirfd) {
        if ((int) dirfd == AT_FDCWD) return p.cwd;
        OpenFile f = p.fd(dirfd);
        if (f == null) return null;
        return f.name;
    }

    static Vfs.Resolved resolve(Proc p, long dirfd, String path, boolean follow) {
        String base = path.startsWith("/") ? "/" : base(p, dirfd);
        if (base == null) return new Vfs.Resolved(null, null, Errno.EBADF);
        if (!path.startsWith("/") && (int) dirfd != AT_FDCWD && !(p.fd(dirfd) instanceof pacifica.linux.fs.DirFile)) {
            return new Vfs.Resolved(null, null, Errno.ENOTDIR);
        }
        return p.kernel.vfs.resolve(base, path, follow);
    }
}
