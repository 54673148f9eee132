package pacifica.x86.elf;

/**
 * ELF constants (System V gABI, and the x86-64 psABI for the machine numbers). Only the values
 * this library and its users name are here; any other value read from a file is kept as a
 * number.
 */
public final class Elf {
    private Elf() {}

    // e_ident
    public static final int CLASS32 = 1, CLASS64 = 2;
    public static final int DATA_LSB = 1, DATA_MSB = 2;
    public static final int EV_CURRENT = 1;
    public static final int OSABI_SYSV = 0, OSABI_GNU = 3;

    // e_type
    public static final int ET_NONE = 0, ET_REL = 1, ET_EXEC = 2, ET_DYN = 3, ET_CORE = 4;

    // e_machine
    public static final int EM_386 = 3, EM_X86_64 = 62;

    // p_type
    public static final int PT_NULL = 0, PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_NOTE = 4,
            PT_SHLIB = 5, PT_PHDR = 6, PT_TLS = 7;
    public static final int PT_GNU_EH_FRAME = 0x6474e550, PT_GNU_STACK = 0x6474e551,
            PT_GNU_RELRO = 0x6474e552, PT_GNU_PROPERTY = 0x6474e553;

    // p_flags
    public static final int PF_X = 1, PF_W = 2, PF_R = 4;

    // sh_type
    public static final int SHT_NULL = 0, SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_RELA = 4,
            SHT_HASH = 5, SHT_DYNAMIC = 6, SHT_NOTE = 7, SHT_NOBITS = 8, SHT_REL = 9, SHT_DYNSYM = 11,
            SHT_INIT_ARRAY = 14, SHT_FINI_ARRAY = 15, SHT_PREINIT_ARRAY = 16, SHT_GROUP = 17,
            SHT_SYMTAB_SHNDX = 18;

    // sh_flags
    public static final long SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4, SHF_MERGE = 0x10,
            SHF_STRINGS = 0x20, SHF_INFO_LINK = 0x40, SHF_TLS = 0x400;

    // special section indexes
    public static final int SHN_UNDEF = 0, SHN_LORESERVE = 0xff00, SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2,
            SHN_XINDEX = 0xffff;
    /** e_phnum value meaning "the real count is in section header 0's sh_info". */
    public static final int PN_XNUM = 0xffff;

    // st_info
    public static final int STB_LOCAL = 0, STB_GLOBAL = 1, STB_WEAK = 2, STB_GNU_UNIQUE = 10;
    public static final int STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3, STT_FILE = 4,
            STT_COMMON = 5, STT_TLS = 6, STT_GNU_IFUNC = 10;
    // st_other
    public static final int STV_DEFAULT = 0, STV_INTERNAL = 1, STV_HIDDEN = 2, STV_PROTECTED = 3;
}
