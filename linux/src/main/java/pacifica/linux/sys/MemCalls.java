package pacifica.linux.sys;

import pacifica.linux.Proc;
import pacifica.linux.fs.OpenFile;
import pacifica.linux.mem.ProcessMemory;

/** brk, mmap, munmap, mprotect, mremap on the process's VMAs. */
final class MemCalls {
    static final int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20,
            MAP_FIXED_NOREPLACE = 0x100000;
    static final long MMAP_MIN = 0x10000;

    private MemCalls() {}

    static long pageUp(long v) {
        return (v + 0xFFF) & ~0xFFFL;
    }

    static long mmap(Proc p, long[] a) {
        long addr = a[0], len = a[1];
        int prot = (int) a[2] & 7, flags = (int) a[3];
        long off = a[5];
        if (len == 0 || len < 0 || (off & 0xFFF) != 0) return -Errno.EINVAL;
        if ((flags & 3) == 0) return -Errno.EINVAL;
        len = pageUp(len);
        OpenFile f = null;
        if ((flags & MAP_ANONYMOUS) == 0) {
            f = p.fd(a[4]);
            if (f == null) return -Errno.EBADF;
            if (f.hostPath() == null && !(f instanceof pacifica.linux.fs.MemFile)) return -Errno.ENODEV;
            if ((flags & MAP_SHARED) != 0 && (prot & 2) != 0) {
                p.kernel.warnOnce("mapshared", "MAP_SHARED writable file mappings are private copies: writes do not reach the file");
            }
        }
        long start;
        if ((flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) != 0) {
            if ((addr & 0xFFF) != 0) return -Errno.EINVAL;
            if (addr < MMAP_MIN || addr + len > ProcessMemory.USER_END || addr + len < addr) return -Errno.ENOMEM;
            if ((flags & MAP_FIXED) == 0 && p.mem.anyMapped(addr, len)) return -Errno.EEXIST;
            start = addr;
        } else {
            long hint = addr & ~0xFFFL;
            if (hint >= MMAP_MIN && hint + len <= ProcessMemory.USER_END && !p.mem.anyMapped(hint, len)) start = hint;
            else start = p.mem.findFree(len, p.mmapTop, MMAP_MIN);
            if (start < 0) return -Errno.ENOMEM;
        }
        p.mem.map(start, len, prot, f == null ? "" : f.name, f == null ? 0 : off);
        if (f != null) {
            byte[] b = new byte[(int) Math.min(len, 1 << 30)];
            long n = f.pread(b, 0, b.length, off);
            if (n > 0) p.mem.poke(start, b, 0, (int) n);
        }
        return start;
    }

    static long munmap(Proc p, long[] a) {
        if ((a[0] & 0xFFF) != 0 || a[1] <= 0) return -Errno.EINVAL;
        p.mem.unmap(a[0], pageUp(a[1]));
        return 0;
    }

    static long mprotect(Proc p, long[] a) {
        if ((a[0] & 0xFFF) != 0) return -Errno.EINVAL;
        if (a[1] == 0) return 0;
        return p.mem.protect(a[0], pageUp(a[1]), (int) a[2] & 7) ? 0 : -Errno.ENOMEM;
    }

    static long brk(Proc p, long[] a) {
        long want = a[0];
        if (want < p.brkStart) return p.brk;
        long oldEnd = pageUp(p.brk), newEnd = pageUp(want);
        if (newEnd > oldEnd) {
            if (p.mem.anyMapped(oldEnd, newEnd - oldEnd) || newEnd - p.brkStart > (1L << 32)) return p.brk;
            p.mem.map(oldEnd, newEnd - oldEnd, 3, "[heap]");
        } else if (newEnd < oldEnd) {
            p.mem.unmap(newEnd, oldEnd - newEnd);
        }
        p.brk = want;
        return p.brk;
    }

    static long mremap(Proc p, long[] a) {
        long old = a[0], oldLen = pageUp(a[1]), newLen = pageUp(a[2]);
        int flags = (int) a[3];
        if ((old & 0xFFF) != 0 || newLen == 0) return -Errno.EINVAL;
        ProcessMemory.Vma v = p.mem.vmaAt(old);
        if (v == null) return -Errno.EFAULT;
        if (newLen <= oldLen) {
            if (newLen < oldLen) p.mem.unmap(old + newLen, oldLen - newLen);
            return old;
        }
        if (!p.mem.anyMapped(old + oldLen, newLen - oldLen) && (flags & 2) == 0) {
            p.mem.map(old + oldLen, newLen - oldLen, v.prot, v.name);
            return old;
        }
        if ((flags & 1) == 0) return -Errno.ENOMEM;
        long start = (flags & 2) != 0 ? a[4] : p.mem.findFree(newLen, p.mmapTop, MMAP_MIN);
        if (start < 0) return -Errno.ENOMEM;
        byte[] b = new byte[(int) oldLen];
        boolean readable = p.mem.protect(old, oldLen, v.prot | 1) && p.mem.read(old, b, 0, b.length);
        p.mem.map(start, newLen, v.prot, v.name);
        if (readable) p.mem.poke(start, b, 0, b.length);
        p.mem.unmap(old, oldLen);
        return start;
    }
}
