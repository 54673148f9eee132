package pacifica.x86.elf;

/**
 * One symbol-table entry.
 *
 * @param index   its index in its table
 * @param table   the name of the table's section ({@code .symtab} or {@code .dynsym})
 * @param shndx   the section index, with {@code SHN_XINDEX} already resolved; the special
 *                values {@link Elf#SHN_UNDEF}, {@link Elf#SHN_ABS}, {@link Elf#SHN_COMMON} stay
 */
public record ElfSymbol(int index, String table, String name, long value, long size, int type, int bind,
                        int visibility, int shndx) {

    public boolean isUndefined() {
        return shndx == Elf.SHN_UNDEF;
    }

    public boolean isFunction() {
        return type == Elf.STT_FUNC || type == Elf.STT_GNU_IFUNC;
    }
}
