package pacifica.x86.elf;

/** One section header with its name resolved from the section-name string table. */
public record Section(int index, String name, int type, long flags, long addr, long offset, long size,
                      int link, int info, long addralign, long entsize) {

    public boolean isAlloc() {
        return (flags & Elf.SHF_ALLOC) != 0;
    }

    public boolean isExecutable() {
        return (flags & Elf.SHF_EXECINSTR) != 0;
    }

    public boolean isWritable() {
        return (flags & Elf.SHF_WRITE) != 0;
    }

    /** True when the section occupies bytes in the file (not SHT_NOBITS/SHT_NULL). */
    public boolean hasFileData() {
        return type != Elf.SHT_NOBITS && type != Elf.SHT_NULL;
    }
}
