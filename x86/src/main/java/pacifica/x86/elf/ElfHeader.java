package pacifica.x86.elf;

/**
 * The ELF file header. Counts and the string-table index are the real ones: the
 * {@code PN_XNUM}/{@code SHN_XINDEX} escapes to section header 0 are already resolved.
 *
 * @param elfClass {@link Elf#CLASS32} or {@link Elf#CLASS64}
 * @param data     byte order; only {@link Elf#DATA_LSB} is accepted
 */
public record ElfHeader(int elfClass, int data, int identVersion, int osAbi, int abiVersion,
                        int type, int machine, long version, long entry, long phoff, long shoff, long flags,
                        int ehsize, int phentsize, int phnum, int shentsize, int shnum, int shstrndx) {

    public boolean is64() {
        return elfClass == Elf.CLASS64;
    }
}
