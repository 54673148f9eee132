package pacifica.linux.sys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import pacifica.linux.Proc;
import pacifica.linux.fs.OpenFile;

/** File status from {@code Files.readAttributes(path, "unix:*")}, written as struct stat or struct statx. */
final class Stat {
    long dev, ino, nlink, rdev, size, blocks;
    int mode, uid, gid, errno;
    long atime, atimeNs, mtime, mtimeNs, ctime, ctimeNs;

    static Stat error(int errno) {
        Stat s = new Stat();
        s.errno = errno;
        return s;
    }

    static Stat of(Path h) {
        try {
            Map<String, Object> a = Files.readAttributes(h, "unix:*", LinkOption.NOFOLLOW_LINKS);
            Stat s = new Stat();
            s.dev = ((Number) a.get("dev")).longValue();
            s.ino = ((Number) a.get("ino")).longValue();
            s.nlink = ((Number) a.get("nlink")).longValue();
            s.rdev = ((Number) a.get("rdev")).longValue();
            s.size = ((Number) a.get("size")).longValue();
            s.mode = ((Number) a.get("mode")).intValue();
            s.uid = ((Number) a.get("uid")).intValue();
            s.gid = ((Number) a.get("gid")).intValue();
            s.blocks = (s.size + 511) / 512;
            long[] t = split((FileTime) a.get("lastAccessTime"));
            s.atime = t[0];
            s.atimeNs = t[1];
            t = split((FileTime) a.get("lastModifiedTime"));
            s.mtime = t[0];
            s.mtimeNs = t[1];
            t = split((FileTime) a.get("ctime"));
            s.ctime = t[0];
            s.ctimeNs = t[1];
            return s;
        } catch (java.nio.file.NoSuchFileException e) {
            return error(Errno.ENOENT);
        } catch (IOException e) {
            return error(FileCalls.errno(e));
        }
    }

    static Stat of(OpenFile f) {
        if (f.hostPath() != null) return of(f.hostPath());
        Stat s = new Stat();
        s.mode = f.pseudoMode();
        s.nlink = 1;
        s.dev = 0xC;
        s.ino = System.identityHashCode(f) & 0xFFFFFFL;
        long now = System.currentTimeMillis();
        s.atime = s.mtime = s.ctime = now / 1000;
        return s;
    }

    static Stat synthetic(int mode, long size) {
        Stat s = new Stat();
        s.mode = mode;
        s.size = size;
        s.nlink = 1;
        s.dev = 0x16;
        return s;
    }

    private static long[] split(FileTime t) {
        if (t == null) return new long[2];
        java.time.Instant i = t.toInstant();
        return new long[] {i.getEpochSecond(), i.getNano()};
    }

    static long writeStat(Proc p, long addr, Stat s) {
        if (s.errno != 0) return -s.errno;
        byte[] b = new byte[144];
        ByteBuffer bb = U.le(b);
        bb.putLong(0, s.dev).putLong(8, s.ino).putLong(16, s.nlink).putInt(24, s.mode).putInt(28, s.uid)
                .putInt(32, s.gid).putLong(40, s.rdev).putLong(48, s.size).putLong(56, 4096).putLong(64, s.blocks)
                .putLong(72, s.atime).putLong(80, s.atimeNs).putLong(88, s.mtime).putLong(96, s.mtimeNs)
                .putLong(104, s.ctime).putLong(112, s.ctimeNs);
        return p.mem.write(addr, b, 0, b.length) ? 0 : -Errno.EFAULT;
    }

    static long writeStatx(Proc p, long addr, Stat s) {
        if (s.errno != 0) return -s.errno;
        byte[] b = new byte[256];
        ByteBuffer bb = U.le(b);
        bb.putInt(0, 0x7FF).putInt(4, 4096).putLong(8, 0).putInt(16, (int) s.nlink).putInt(20, s.uid)
                .putInt(24, s.gid).putShort(28, (short) s.mode).putLong(32, s.ino).putLong(40, s.size)
                .putLong(48, s.blocks).putLong(56, 0);
        bb.putLong(64, s.atime).putInt(72, (int) s.atimeNs);
        bb.putLong(96, s.ctime).putInt(104, (int) s.ctimeNs);
        bb.putLong(112, s.mtime).putInt(120, (int) s.mtimeNs);
        bb.putLong(80, s.mtime).putInt(88, (int) s.mtimeNs); // btime: not kept by every fs; mtime stands in
        bb.putInt(128, (int) (s.rdev >>> 8) & 0xFFF).putInt(132, (int) (s.rdev & 0xFF));
        bb.putInt(136, (int) (s.dev >>> 8) & 0xFFF).putInt(140, (int) (s.dev & 0xFF));
        return p.mem.write(addr, b, 0, b.length) ? 0 : -Errno.EFAULT;
    }
}
