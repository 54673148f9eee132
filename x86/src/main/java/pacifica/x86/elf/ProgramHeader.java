package pacifica.x86.elf;

/** One program header (segment). Flags are {@link Elf#PF_R}/{@code PF_W}/{@code PF_X} bits. */
public record ProgramHeader(int index, int type, int flags, long offset, long vaddr, long paddr,
                            long filesz, long memsz, long align) {

    public boolean isLoad() {
        return type == Elf.PT_LOAD;
    }

    public boolean readable() {
        return (flags & Elf.PF_R) != 0;
    }

    public boolean writable() {
        return (flags & Elf.PF_W) != 0;
    }

    public boolean executable() {
        return (flags & Elf.PF_X) != 0;
    }
}
