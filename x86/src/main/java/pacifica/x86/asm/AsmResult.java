package pacifica.x86.asm;

import java.util.List;

/**
 * An assembled program: its sections at their final addresses, the symbols, and the entry point.
 *
 * @param sections allocated sections in layout order (.text first, .bss last)
 * @param symbols  labels (not .L or numeric local ones) with their addresses
 * @param entry    {@code _start} if defined, else the start of .text
 */
public record AsmResult(List<OutSection> sections, List<OutSymbol> symbols, long entry) {

    /**
     * @param data the contents; for {@code nobits} sections (.bss) all zero and not stored in files
     */
    public record OutSection(String name, long address, byte[] data, long align, boolean exec, boolean write,
                             boolean nobits) {
        public long size() {
            return data.length;
        }
    }

    public record OutSymbol(String name, long address, boolean global, String section) { }

    public OutSection section(String name) {
        for (OutSection s : sections) if (s.name().equals(name)) return s;
        return null;
    }

    /** The flat image from the lowest section address to the end of the last section with contents. */
    public byte[] flat() {
        long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
        for (OutSection s : sections) {
            if (s.nobits() || s.data().length == 0) continue;
            lo = Math.min(lo, s.address());
            hi = Math.max(hi, s.address() + s.data().length);
        }
        if (lo == Long.MAX_VALUE) return new byte[0];
        byte[] image = new byte[(int) (hi - lo)];
        for (OutSection s : sections) {
            if (s.nobits() || s.data().length == 0) continue;
            System.arraycopy(s.data(), 0, image, (int) (s.address() - lo), s.data().length);
        }
        return image;
    }

    /** Address of a symbol, or null. */
    public Long symbol(String name) {
        for (OutSymbol s : symbols) if (s.name().equals(name)) return s.address();
        return null;
    }
}
