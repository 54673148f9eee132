package pacifica.emu.mem;

import pacifica.emu.Trap;

/**
 * The CPU's view of memory by linear address. The flat memory of {@code run-flat} and the paging
 * MMU of system mode both implement it, so the CPU does not know which one it runs on.
 *
 * <p>Accesses that are not allowed raise the architectural fault by throwing a {@link Trap}
 * (normally #PF with the address and error code); implementations preallocate it.
 * Values are little-endian; reads of 8/16/32 bits return the value zero-extended.
 */
public interface GuestMemory {
    int read8(long address);
    int read16(long address);
    int read32(long address);
    long read64(long address);

    void write8(long address, int value);
    void write16(long address, int value);
    void write32(long address, int value);
    void write64(long address, long value);

    /**
     * Reads {@code size} (1, 2, 4, 8) bytes that the instruction will write back (a read-modify-write
     * operand): a fault is reported as a write access, as the processor does.
     */
    default long readForWrite(long address, int size) {
        checkWrite(address, size);
        return switch (size) {
            case 1 -> read8(address);
            case 2 -> read16(address);
            case 4 -> read32(address) & 0xFFFFFFFFL;
            default -> read64(address);
        };
    }

    /** Raises the fault a write of {@code length} bytes at {@code address} would raise, without writing. */
    void checkWrite(long address, int length);

    /**
     * Bulk copy for REP MOVS: copies {@code length} bytes from {@code src} to {@code dst} as ascending
     * byte moves would, when both ranges are plainly accessible and do not overlap forward. Returns
     * false, changing nothing, when it cannot; the caller then moves element by element (which
     * raises any fault at the exact element).
     */
    default boolean copy(long dst, long src, long length) {
        return false;
    }

    /** Bulk store for REP STOS: {@code count} elements of {@code size} bytes; false (nothing done) when it cannot. */
    default boolean fill(long dst, long value, int size, long count) {
        return false;
    }

    /**
     * Copies up to {@code length} bytes of code starting at {@code address} into {@code dst}, stopping
     * at the first byte that cannot be fetched (unmapped or not executable). Returns the number copied;
     * never throws. The caller raises the fetch fault when it needs a byte that was not copied.
     */
    int fetch(long address, byte[] dst, int offset, int length);

    /** Raises the fault an instruction fetch at {@code address} takes (when {@link #fetch} returned short). */
    Trap fetchFault(long address);

    /**
     * Marks the page holding {@code address} as holding decoded code: the next write to it calls the
     * listener (once; the mark is then cleared).
     */
    void markCode(long address);

    /** The listener told about writes into pages marked by {@link #markCode}. */
    void setCodeWriteListener(CodeWriteListener listener);

    /** Called with the page-aligned address of a page holding decoded code that was just written. */
    @FunctionalInterface
    interface CodeWriteListener {
        void codeWritten(long pageAddress);
    }

    /** Page size used for code tracking. */
    int PAGE_SHIFT = 12;
    long PAGE_SIZE = 1L << PAGE_SHIFT;
}
