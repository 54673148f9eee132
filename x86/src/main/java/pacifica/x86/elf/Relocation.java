package pacifica.x86.elf;

/**
 * One relocation entry (SHT_RELA or SHT_REL).
 *
 * @param offset r_offset: the address (executables, shared objects) or section offset (ET_REL)
 * @param type   the machine-specific type, e.g. 8 = R_X86_64_RELATIVE, 7 = R_X86_64_JUMP_SLOT
 * @param symbol index into the linked symbol table (0: none)
 * @param addend r_addend for RELA; 0 for REL (the addend is then in the relocated field)
 */
public record Relocation(long offset, int type, int symbol, long addend, boolean hasAddend) {
    public static final int R_X86_64_64 = 1, R_X86_64_GLOB_DAT = 6, R_X86_64_JUMP_SLOT = 7,
            R_X86_64_RELATIVE = 8, R_X86_64_IRELATIVE = 37;
}
