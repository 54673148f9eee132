package pacifica.emu.mem;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import pacifica.emu.Trap;
import pacifica.emu.Vectors;

/**
 * Flat memory: linear address = physical address, made of mapped regions with R/W/X permissions,
 * each backed by a {@link MemorySegment}. An access to an unmapped byte raises #PF with P=0; one
 * that violates the region's permissions raises #PF with P=1 (APM vol. 2, 8.4.2 error code). An
 * access that crosses a region boundary is split into bytes, so each byte is checked.
 */
public final class FlatMemory implements GuestMemory {
    public static final int R = 1, W = 2, X = 4, RWX = 7;

    private static final ValueLayout.OfShort S16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt S32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong S64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** One mapped region. */
    public static final class Region {
        public final long base;
        public final long size;
        public final int perms;
        final MemorySegment segment;
        /** One flag per page: decoded code lives there. */
        final boolean[] code;

        Region(long base, long size, int perms, MemorySegment segment) {
            this.base = base;
            this.size = size;
            this.perms = perms;
            this.segment = segment;
            this.code = new boolean[(int) ((size + PAGE_SIZE - 1) >>> PAGE_SHIFT)];
        }

        boolean contains(long address, int length) {
            long off = address - base;
            return off >= 0 && off <= size - length;
        }
    }

    private final Arena arena = Arena.ofAuto();
    private Region[] regions = new Region[0];
    /** The region of the last access: most accesses hit the same one. */
    private Region last;
    private final Trap trap = new Trap();
    private CodeWriteListener listener = page -> { };
    /** When true, #PF error codes carry U=1 (user-mode access). */
    public boolean user;

    /** Maps {@code size} zeroed bytes at {@code base}; regions must not overlap. */
    public Region map(long base, long size, int perms) {
        if (size <= 0 || size > Integer.MAX_VALUE * PAGE_SIZE) throw new IllegalArgumentException("bad size " + size);
        if (base + size - 1 < base && base + size != 0) throw new IllegalArgumentException("region wraps around");
        for (Region r : regions) {
            if (Long.compareUnsigned(base, r.base + r.size - 1) <= 0 && Long.compareUnsigned(r.base, base + size - 1) <= 0) {
                throw new IllegalArgumentException(String.format("region 0x%x+0x%x overlaps 0x%x+0x%x", base, size, r.base, r.size));
            }
        }
        Region region = new Region(base, size, perms, arena.allocate(size, 16));
        List<Region> list = new ArrayList<>(List.of(regions));
        list.add(region);
        regions = list.toArray(new Region[0]);
        last = region;
        return region;
    }

    public List<Region> regions() {
        return List.of(regions);
    }

    @Override
    public void setCodeWriteListener(CodeWriteListener listener) {
        this.listener = listener;
    }

    /** Host-side copy into guest memory, ignoring permissions (loading a program); notifies code writes. */
    public void load(long address, byte[] data) {
        Region whole = find(address, Math.max(1, data.length));
        if (whole != null) {
            MemorySegment.copy(data, 0, whole.segment, ValueLayout.JAVA_BYTE, address - whole.base, data.length);
            if (data.length > 0) noteWrite(whole, address - whole.base, data.length);
            return;
        }
        for (int i = 0; i < data.length; i++) {
            Region r = find(address + i, 1);
            if (r == null) throw new IllegalArgumentException(String.format("address 0x%x is not mapped", address + i));
            r.segment.set(ValueLayout.JAVA_BYTE, address + i - r.base, data[i]);
            noteWrite(r, address + i - r.base, 1);
        }
    }

    /** Host-side read ignoring permissions. */
    public byte[] dump(long address, int length) {
        byte[] out = new byte[length];
        Region whole = find(address, Math.max(1, length));
        if (whole != null) {
            MemorySegment.copy(whole.segment, ValueLayout.JAVA_BYTE, address - whole.base, out, 0, length);
            return out;
        }
        for (int i = 0; i < length; i++) {
            Region r = find(address + i, 1);
            if (r == null) throw new IllegalArgumentException(String.format("address 0x%x is not mapped", address + i));
            out[i] = r.segment.get(ValueLayout.JAVA_BYTE, address + i - r.base);
        }
        return out;
    }

    private Region find(long address, int length) {
        Region r = last;
        if (r != null && r.contains(address, length)) return r;
        for (Region x : regions) {
            if (x.contains(address, length)) {
                last = x;
                return x;
            }
        }
        return null;
    }

    /** The region allowing {@code perm} for the whole access, or null (then the caller splits). */
    private Region region(long address, int length, int perm) {
        Region r = last;
        if (r == null || !r.contains(address, length)) {
            r = find(address, length);
            if (r == null) return null;
        }
        if ((r.perms & perm) == 0) throw fault(address, perm, true);
        return r;
    }

    private Trap fault(long address, int perm, boolean present) {
        int code = (present ? Vectors.PF_P : 0) | (perm == W ? Vectors.PF_W : 0) | (perm == X ? Vectors.PF_I : 0)
                | (user ? Vectors.PF_U : 0);
        return trap.set(Vectors.PF, code, address);
    }

    /** Byte-wise access for the rare region-crossing or unmapped case. */
    private int readByteChecked(long address, int perm) {
        Region r = find(address, 1);
        if (r == null) throw fault(address, perm, false);
        if ((r.perms & perm) == 0) throw fault(address, perm, true);
        return r.segment.get(ValueLayout.JAVA_BYTE, address - r.base) & 0xFF;
    }

    private long readSlow(long address, int length) {
        // Check every byte before reading so that the fault reports the first bad byte.
        long v = 0;
        for (int i = 0; i < length; i++) v |= (long) readByteChecked(address + i, R) << (8 * i);
        return v;
    }

    private void writeSlow(long address, int length, long value) {
        for (int i = 0; i < length; i++) {
            Region r = find(address + i, 1);
            if (r == null) throw fault(address + i, W, false);
            if ((r.perms & W) == 0) throw fault(address + i, W, true);
        }
        for (int i = 0; i < length; i++) {
            Region r = find(address + i, 1);
            r.segment.set(ValueLayout.JAVA_BYTE, address + i - r.base, (byte) (value >>> (8 * i)));
            noteWrite(r, address + i - r.base, 1);
        }
    }

    private void noteWrite(Region r, long offset, long length) {
        int first = (int) (offset >>> PAGE_SHIFT);
        int lastPage = (int) ((offset + length - 1) >>> PAGE_SHIFT);
        for (int p = first; p <= lastPage; p++) {
            if (r.code[p]) {
                r.code[p] = false;
                listener.codeWritten(r.base + ((long) p << PAGE_SHIFT));
            }
        }
    }

    @Override
    public int read8(long address) {
        Region r = region(address, 1, R);
        if (r == null) return (int) readSlow(address, 1);
        return r.segment.get(ValueLayout.JAVA_BYTE, address - r.base) & 0xFF;
    }

    @Override
    public int read16(long address) {
        Region r = region(address, 2, R);
        if (r == null) return (int) readSlow(address, 2);
        return r.segment.get(S16, address - r.base) & 0xFFFF;
    }

    @Override
    public int read32(long address) {
        Region r = region(address, 4, R);
        if (r == null) return (int) readSlow(address, 4);
        return r.segment.get(S32, address - r.base);
    }

    @Override
    public long read64(long address) {
        Region r = region(address, 8, R);
        if (r == null) return readSlow(address, 8);
        return r.segment.get(S64, address - r.base);
    }

    @Override
    public void write8(long address, int value) {
        Region r = region(address, 1, W);
        if (r == null) {
            writeSlow(address, 1, value);
            return;
        }
        long off = address - r.base;
        r.segment.set(ValueLayout.JAVA_BYTE, off, (byte) value);
        if (r.code[(int) (off >>> PAGE_SHIFT)]) noteWrite(r, off, 1);
    }

    @Override
    public void write16(long address, int value) {
        Region r = region(address, 2, W);
        if (r == null) {
            writeSlow(address, 2, value);
            return;
        }
        long off = address - r.base;
        r.segment.set(S16, off, (short) value);
        if (r.code[(int) (off >>> PAGE_SHIFT)] || r.code[(int) ((off + 1) >>> PAGE_SHIFT)]) noteWrite(r, off, 2);
    }

    @Override
    public void write32(long address, int value) {
        Region r = region(address, 4, W);
        if (r == null) {
            writeSlow(address, 4, value);
            return;
        }
        long off = address - r.base;
        r.segment.set(S32, off, value);
        if (r.code[(int) (off >>> PAGE_SHIFT)] || r.code[(int) ((off + 3) >>> PAGE_SHIFT)]) noteWrite(r, off, 4);
    }

    @Override
    public void write64(long address, long value) {
        Region r = region(address, 8, W);
        if (r == null) {
            writeSlow(address, 8, value);
            return;
        }
        long off = address - r.base;
        r.segment.set(S64, off, value);
        if (r.code[(int) (off >>> PAGE_SHIFT)] || r.code[(int) ((off + 7) >>> PAGE_SHIFT)]) noteWrite(r, off, 8);
    }

    /** The region holding all of [address, address + length), or null. */
    private Region span(long address, long length) {
        for (Region r : regions) {
            long off = address - r.base;
            if (off >= 0 && length >= 0 && off <= r.size - length) return r;
        }
        return null;
    }

    @Override
    public boolean copy(long dst, long src, long length) {
        if (length <= 0 || (Long.compareUnsigned(dst - src, length) < 0 && dst != src)) return false;
        Region s = span(src, length), d = span(dst, length);
        if (s == null || d == null || (s.perms & R) == 0 || (d.perms & W) == 0) return false;
        MemorySegment.copy(s.segment, src - s.base, d.segment, dst - d.base, length);
        noteWrite(d, dst - d.base, length);
        return true;
    }

    @Override
    public boolean fill(long dst, long value, int size, long count) {
        long length = count * size;
        if (count <= 0 || length / size != count) return false;
        Region d = span(dst, length);
        if (d == null || (d.perms & W) == 0) return false;
        long off = dst - d.base;
        if (size == 1) {
            d.segment.asSlice(off, length).fill((byte) value);
        } else {
            for (long k = 0; k < count; k++) {
                long o = off + k * size;
                switch (size) {
                    case 2 -> d.segment.set(S16, o, (short) value);
                    case 4 -> d.segment.set(S32, o, (int) value);
                    default -> d.segment.set(S64, o, value);
                }
            }
        }
        noteWrite(d, off, length);
        return true;
    }

    @Override
    public void checkWrite(long address, int length) {
        if (region(address, length, W) != null) return;
        for (int i = 0; i < length; i++) {
            Region r = find(address + i, 1);
            if (r == null) throw fault(address + i, W, false);
            if ((r.perms & W) == 0) throw fault(address + i, W, true);
        }
    }

    @Override
    public int fetch(long address, byte[] dst, int offset, int length) {
        for (int i = 0; i < length; i++) {
            Region r = find(address + i, 1);
            if (r == null || (r.perms & X) == 0) return i;
            dst[offset + i] = r.segment.get(ValueLayout.JAVA_BYTE, address + i - r.base);
        }
        return length;
    }

    @Override
    public Trap fetchFault(long address) {
        Region r = find(address, 1);
        return fault(address, X, r != null);
    }

    @Override
    public void markCode(long address) {
        Region r = find(address, 1);
        if (r != null) r.code[(int) ((address - r.base) >>> PAGE_SHIFT)] = true;
    }
}
