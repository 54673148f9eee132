package pacifica.linux.mem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import pacifica.emu.Trap;
import pacifica.emu.Vectors;
import pacifica.emu.mem.GuestMemory;

/**
 * A Linux process address space: virtual memory areas (VMAs, as mmap/munmap/mprotect/brk see them)
 * over 4 KiB pages created on first touch, reached through a three-level radix table and two small
 * direct-mapped TLBs (read, write). Accesses are user-mode: faults carry PF_U. Values are
 * little-endian. Protection bits are Linux's PROT_READ/WRITE/EXEC (1/2/4).
 */
public final class ProcessMemory implements GuestMemory {
    public static final int R = 1, W = 2, X = 4;
    /** Highest user address + 1 (47-bit user half). */
    public static final long USER_END = 1L << 47;
    static final int PAGE = 4096;

    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static final class Page {
        final byte[] data;
        int prot;
        boolean code;

        Page(byte[] data, int prot) {
            this.data = data;
            this.prot = prot;
        }
    }

    /** A mapping: [start, end), protection, and a name for /proc/self/maps. */
    public static final class Vma {
        public final long start, end;
        public final int prot;
        public final String name;
        public final long fileOffset;

        public Vma(long start, long end, int prot, String name, long fileOffset) {
            this.start = start;
            this.end = end;
            this.prot = prot;
            this.name = name;
            this.fileOffset = fileOffset;
        }

        Vma slice(long s, long e, int p) {
            return new Vma(s, e, p, name, fileOffset + (s - start));
        }
    }

    private final Page[][][] table = new Page[1 << 11][][];
    private final TreeMap<Long, Vma> vmas = new TreeMap<>();

    private static final int TLB = 256;
    private final long[] rTag = new long[TLB], wTag = new long[TLB];
    private final byte[][] rData = new byte[TLB][], wData = new byte[TLB][];

    private final Trap trap = new Trap();
    private CodeWriteListener listener = page -> { };

    public ProcessMemory() {
        flushTlb();
    }

    // ================================================================ VMAs

    public List<Vma> vmas() {
        return new ArrayList<>(vmas.values());
    }

    /** True when any byte of [start, start+len) is mapped. */
    public boolean anyMapped(long start, long len) {
        Map.Entry<Long, Vma> e = vmas.lowerEntry(start + len);
        return e != null && e.getValue().end > start;
    }

    public Vma vmaAt(long address) {
        Map.Entry<Long, Vma> e = vmas.floorEntry(address);
        return e != null && e.getValue().end > address ? e.getValue() : null;
    }

    /** Maps zero-filled pages at [start, start+len) (page-aligned), replacing what was there. */
    public void map(long start, long len, int prot, String name) {
        map(start, len, prot, name, 0);
    }

    public void map(long start, long len, int prot, String name, long fileOffset) {
        unmap(start, len);
        vmas.put(start, new Vma(start, start + len, prot, name, fileOffset));
    }

    /** Removes [start, start+len): VMAs are cut, pages dropped. */
    public void unmap(long start, long len) {
        long end = start + len;
        splitAt(start);
        splitAt(end);
        vmas.subMap(start, true, end, false).clear();
        for (long a = start; a < end; a += PAGE) {
            Page[] leaf = leaf(a, false);
            if (leaf == null) {
                a = (a | ((1L << 24) - 1)) + 1 - PAGE; // skip the empty leaf
                continue;
            }
            leaf[(int) (a >>> 12) & 0xFFF] = null;
        }
        flushTlb();
    }

    /** Changes protection of every mapped page in [start, start+len); false if part is unmapped. */
    public boolean protect(long start, long len, int prot) {
        long end = start + len;
        for (long a = start; a < end; ) {
            Vma v = vmaAt(a);
            if (v == null) return false;
            a = v.end;
        }
        splitAt(start);
        splitAt(end);
        for (Vma v : new ArrayList<>(vmas.subMap(start, true, end, false).values())) {
            vmas.put(v.start, v.slice(v.start, v.end, prot));
        }
        for (long a = start; a < end; a += PAGE) {
            Page p = page(a, false);
            if (p != null) p.prot = prot;
        }
        flushTlb();
        return true;
    }

    private void splitAt(long a) {
        Vma v = vmaAt(a);
        if (v == null || v.start == a) return;
        vmas.put(v.start, v.slice(v.start, a, v.prot));
        vmas.put(a, v.slice(a, v.end, v.prot));
    }

    /** Highest free gap of {@code len} bytes below {@code top}, or -1. */
    public long findFree(long len, long top, long bottom) {
        long end = top;
        for (Vma v : vmas.descendingMap().values()) {
            if (v.start >= end) continue;
            if (v.end <= end && end - v.end >= len) return end - len;
            end = Math.min(end, v.start);
            if (end - len < bottom) return -1;
        }
        return end - len >= bottom ? end - len : -1;
    }

    /** A deep copy (fork). */
    public ProcessMemory copy() {
        ProcessMemory m = new ProcessMemory();
        m.vmas.putAll(vmas);
        for (int i = 0; i < table.length; i++) {
            if (table[i] == null) continue;
            for (int j = 0; j < table[i].length; j++) {
                Page[] leaf = table[i][j];
                if (leaf == null) continue;
                Page[] nl = new Page[leaf.length];
                for (int k = 0; k < leaf.length; k++) {
                    if (leaf[k] != null) nl[k] = new Page(leaf[k].data.clone(), leaf[k].prot);
                }
                if (m.table[i] == null) m.table[i] = new Page[1 << 12][];
                m.table[i][j] = nl;
            }
        }
        return m;
    }

    // ================================================================ pages

    private Page[] leaf(long a, boolean create) {
        if (a < 0 || a >= USER_END) return null;
        int i = (int) (a >>> 36), j = (int) (a >>> 24) & 0xFFF;
        Page[][] mid = table[i];
        if (mid == null) {
            if (!create) return null;
            mid = table[i] = new Page[1 << 12][];
        }
        Page[] leaf = mid[j];
        if (leaf == null && create) leaf = mid[j] = new Page[1 << 12];
        return leaf;
    }

    /** The page at {@code a}; with {@code create}, made on first touch when a VMA covers it. */
    private Page page(long a, boolean create) {
        Page[] leaf = leaf(a, false);
        Page p = leaf == null ? null : leaf[(int) (a >>> 12) & 0xFFF];
        if (p != null || !create) return p;
        Vma v = vmaAt(a);
        if (v == null) return null;
        p = new Page(new byte[PAGE], v.prot);
        leaf(a, true)[(int) (a >>> 12) & 0xFFF] = p;
        return p;
    }

    public void flushTlb() {
        java.util.Arrays.fill(rTag, -1);
        java.util.Arrays.fill(wTag, -1);
    }

    private Trap fault(long address, int perm, boolean present) {
        int code = (present ? Vectors.PF_P : 0) | (perm == W ? Vectors.PF_W : 0) | (perm == X ? Vectors.PF_I : 0)
                | Vectors.PF_U;
        return trap.set(Vectors.PF, code, address);
    }

    /** Page data for a read of the page holding {@code a}; faults when not readable. */
    private byte[] readPage(long a) {
        long vpn = a >>> 12;
        int s = (int) vpn & (TLB - 1);
        if (rTag[s] == vpn) return rData[s];
        Page p = page(a, true);
        if (p == null) throw fault(a, R, false);
        if ((p.prot & R) == 0) throw fault(a, R, true);
        rTag[s] = vpn;
        rData[s] = p.data;
        return p.data;
    }

    private byte[] writePage(long a) {
        long vpn = a >>> 12;
        int s = (int) vpn & (TLB - 1);
        if (wTag[s] == vpn) return wData[s];
        Page p = page(a, true);
        if (p == null) throw fault(a, W, false);
        if ((p.prot & W) == 0) throw fault(a, W, true);
        if (p.code) {
            p.code = false;
            listener.codeWritten(a & ~(long) (PAGE - 1));
        }
        wTag[s] = vpn;
        wData[s] = p.data;
        return p.data;
    }

    private long readSlow(long a, int n) {
        for (int k = 0; k < n; k++) readPage(a + k);
        long v = 0;
        for (int k = 0; k < n; k++) v |= (long) (readPage(a + k)[(int) (a + k) & 0xFFF] & 0xFF) << (8 * k);
        return v;
    }

    private void writeSlow(long a, int n, long v) {
        for (int k = 0; k < n; k++) writePage(a + k);
        for (int k = 0; k < n; k++) writePage(a + k)[(int) (a + k) & 0xFFF] = (byte) (v >>> (8 * k));
    }

    @Override
    public int read8(long a) {
        return readPage(a)[(int) a & 0xFFF] & 0xFF;
    }

    @Override
    public int read16(long a) {
        int o = (int) a & 0xFFF;
        if (o > PAGE - 2) return (int) readSlow(a, 2);
        return (short) I16.get(readPage(a), o) & 0xFFFF;
    }

    @Override
    public int read32(long a) {
        int o = (int) a & 0xFFF;
        if (o > PAGE - 4) return (int) readSlow(a, 4);
        return (int) I32.get(readPage(a), o);
    }

    @Override
    public long read64(long a) {
        int o = (int) a & 0xFFF;
        if (o > PAGE - 8) return readSlow(a, 8);
        return (long) I64.get(readPage(a), o);
    }

    @Override
    public void write8(long a, int v) {
        writePage(a)[(int) a & 0xFFF] = (byte) v;
    }

    @Override
    public void write16(long a, int v) {
        int o = (int) a & 0xFFF;
        if (o > PAGE - 2) writeSlow(a, 2, v);
        else I16.set(writePage(a), o, (short) v);
    }

    @Override
    public void write32(long a, int v) {
        int o = (int) a & 0xFFF;
        if (o > PAGE - 4) writeSlow(a, 4, v);
        else I32.set(writePage(a), o, v);
    }

    @Override
    public void write64(long a, long v) {
        int o = (int) a & 0xFFF;
        if (o > PAGE - 8) writeSlow(a, 8, v);
        else I64.set(writePage(a), o, v);
    }

    @Override
    public void checkWrite(long a, int n) {
        for (int k = 0; k < n; k++) writePage(a + k);
    }

    @Override
    public int fetch(long a, byte[] dst, int off, int len) {
        int done = 0;
        while (done < len) {
            long addr = a + done;
            Page p = page(addr, true);
            if (p == null || (p.prot & X) == 0) return done;
            int o = (int) addr & 0xFFF;
            int n = Math.min(len - done, PAGE - o);
            System.arraycopy(p.data, o, dst, off + done, n);
            done += n;
        }
        return done;
    }

    @Override
    public Trap fetchFault(long a) {
        Page p = page(a, true);
        return fault(a, X, p != null);
    }

    @Override
    public void markCode(long a) {
        Page p = page(a, true);
        if (p != null && !p.code) {
            p.code = true;
            long vpn = a >>> 12;
            int s = (int) vpn & (TLB - 1);
            if (wTag[s] == vpn) wTag[s] = -1;
        }
    }

    @Override
    public void setCodeWriteListener(CodeWriteListener l) {
        listener = l;
    }

    // ================================================================ kernel-side copies

    /** Copies guest bytes out (copy_from_user); false when any byte is unreadable. */
    public boolean read(long a, byte[] dst, int off, int len) {
        try {
            int done = 0;
            while (done < len) {
                long addr = a + done;
                byte[] d = readPage(addr);
                int o = (int) addr & 0xFFF;
                int n = Math.min(len - done, PAGE - o);
                System.arraycopy(d, o, dst, off + done, n);
                done += n;
            }
            return true;
        } catch (Trap t) {
            return false;
        }
    }

    /** Copies bytes into the guest (copy_to_user); false when any byte is unwritable. */
    public boolean write(long a, byte[] src, int off, int len) {
        try {
            for (long p = a & ~0xFFFL; p < a + len; p += PAGE) writePage(p < a ? a : p);
            int done = 0;
            while (done < len) {
                long addr = a + done;
                byte[] d = writePage(addr);
                int o = (int) addr & 0xFFF;
                int n = Math.min(len - done, PAGE - o);
                System.arraycopy(src, off + done, d, o, n);
                done += n;
            }
            return true;
        } catch (Trap t) {
            return false;
        }
    }

    /** Writes ignoring protection (the loader); the range must be mapped. */
    public void poke(long a, byte[] src, int off, int len) {
        for (int done = 0; done < len; ) {
            long addr = a + done;
            Page p = page(addr, true);
            if (p == null) throw new IllegalArgumentException(String.format("0x%x is not mapped", addr));
            if (p.code) {
                p.code = false;
                listener.codeWritten(addr & ~0xFFFL);
            }
            int o = (int) addr & 0xFFF;
            int n = Math.min(len - done, PAGE - o);
            System.arraycopy(src, off + done, p.data, o, n);
            done += n;
        }
    }

    /** Reads a NUL-terminated string of at most {@code max} bytes; null on a fault or no NUL. */
    public byte[] readCString(long a, int max) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            for (int k = 0; k < max; k++) {
                int b = read8(a + k);
                if (b == 0) return out.toByteArray();
                out.write(b);
            }
        } catch (Trap t) {
            return null;
        }
        return null;
    }
}
