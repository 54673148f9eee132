package pacifica.x86.elf;

/**
 * Bounds-checked little-endian reads from a file image. Every read names what it was reading,
 * so a hostile file yields an {@link ElfFormatException} with a precise message rather than an
 * IndexOutOfBoundsException.
 */
final class Bytes {
    private final byte[] data;

    Bytes(byte[] data) {
        this.data = data;
    }

    int length() {
        return data.length;
    }

    byte[] array() {
        return data;
    }

    /** Checks that [offset, offset+size) lies in the file; offset and size are unsigned file values. */
    void check(long offset, long size, String what) throws ElfFormatException {
        if (offset < 0 || size < 0 || offset > data.length || size > data.length - offset) {
            throw new ElfFormatException(what + " extends past end of file (offset 0x" + Long.toHexString(offset)
                    + " + size 0x" + Long.toHexString(size) + " > file size 0x" + Integer.toHexString(data.length) + ")");
        }
    }

    int u8(long offset, String what) throws ElfFormatException {
        check(offset, 1, what);
        return data[(int) offset] & 0xFF;
    }

    int u16(long offset, String what) throws ElfFormatException {
        check(offset, 2, what);
        int p = (int) offset;
        return (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8;
    }

    long u32(long offset, String what) throws ElfFormatException {
        check(offset, 4, what);
        return le(data, (int) offset, 4);
    }

    long u64(long offset, String what) throws ElfFormatException {
        check(offset, 8, what);
        return le(data, (int) offset, 8);
    }

    /** An address- or offset-sized field: 4 bytes in ELF32 (zero-extended), 8 in ELF64. */
    long word(long offset, boolean is64, String what) throws ElfFormatException {
        return is64 ? u64(offset, what) : u32(offset, what);
    }

    static long le(byte[] b, int p, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[p + i] & 0xFF);
        }
        return v;
    }

    /** The NUL-terminated string at {@code offset} inside the table [tableOffset, tableOffset+tableSize). */
    String string(long tableOffset, long tableSize, long offset, String what) throws ElfFormatException {
        if (offset < 0 || offset >= tableSize) {
            throw new ElfFormatException(what + ": name offset 0x" + Long.toHexString(offset)
                    + " outside its string table (size 0x" + Long.toHexString(tableSize) + ")");
        }
        int start = (int) (tableOffset + offset);
        int end = (int) (tableOffset + tableSize);
        for (int p = start; p < end; p++) {
            if (data[p] == 0) {
                return new String(data, start, p - start, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }
        throw new ElfFormatException(what + ": name at offset 0x" + Long.toHexString(offset)
                + " is not NUL-terminated inside its string table");
    }
}
