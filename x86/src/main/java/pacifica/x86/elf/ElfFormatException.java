package pacifica.x86.elf;

import java.io.IOException;

/**
 * The bytes are not a well-formed ELF file (or use a variant this library does not read).
 * The message says what is wrong and where, e.g. "section header 7 extends past end of file
 * (offset 0x1f40 + 0x40 > 0x1f58)". Parsing never fails with any other exception: every offset,
 * size and count read from the file is checked before it is used.
 */
public class ElfFormatException extends IOException {
    public ElfFormatException(String message) {
        super(message);
    }
}
