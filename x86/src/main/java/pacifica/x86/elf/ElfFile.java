package pacifica.x86.elf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A parsed little-endian ELF32 or ELF64 file: header, program headers, section headers with
 * names, and (on demand) symbol tables.
 *
 * <p>Files are hostile input. {@link #parse} checks every header it reads against the file size
 * and throws {@link ElfFormatException} with a precise message for anything malformed; the
 * accessors that read further data ({@link #sectionData}, {@link #segmentData},
 * {@link #symbols(Section)}, {@link #interpreter()}) check theirs when called, so a loader that
 * only needs segments is not stopped by, say, a broken symbol table.
 *
 * <p>Instances are immutable; the file image is kept and never handed out.
 */
public final class ElfFile {
    private static final int EHDR32 = 52, EHDR64 = 64;
    private static final int PHDR32 = 32, PHDR64 = 56;
    private static final int SHDR32 = 40, SHDR64 = 64;
    private static final int SYM32 = 16, SYM64 = 24;

    private final Bytes bytes;
    private final ElfHeader header;
    private final List<ProgramHeader> programHeaders;
    private final List<Section> sections;

    private ElfFile(Bytes bytes, ElfHeader header, List<ProgramHeader> phs, List<Section> sections) {
        this.bytes = bytes;
        this.header = header;
        this.programHeaders = phs;
        this.sections = sections;
    }

    /** Reads and parses a file. */
    public static ElfFile read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > Integer.MAX_VALUE - 8) {
            throw new ElfFormatException(path + ": file too large for an ELF image (" + size + " bytes)");
        }
        return parse(Files.readAllBytes(path));
    }

    /** True when {@code data} starts with the ELF magic (the cheap test, before {@link #parse}). */
    public static boolean hasElfMagic(byte[] data) {
        return data.length >= 4 && data[0] == 0x7f && data[1] == 'E' && data[2] == 'L' && data[3] == 'F';
    }

    /** Parses an ELF image; the array is copied, so the caller may reuse it. */
    public static ElfFile parse(byte[] data) throws ElfFormatException {
        Bytes b = new Bytes(data.clone());
        if (b.length() < 16) {
            throw new ElfFormatException("not an ELF file: " + b.length() + " bytes, shorter than e_ident");
        }
        if (!hasElfMagic(data)) {
            throw new ElfFormatException("not an ELF file: bad magic (expected 7f 45 4c 46)");
        }
        int cls = b.u8(4, "e_ident");
        if (cls != Elf.CLASS32 && cls != Elf.CLASS64) {
            throw new ElfFormatException("unknown ELF class " + cls + " (expected 1 = ELF32 or 2 = ELF64)");
        }
        int dataEnc = b.u8(5, "e_ident");
        if (dataEnc == Elf.DATA_MSB) {
            throw new ElfFormatException("big-endian ELF files are not supported");
        }
        if (dataEnc != Elf.DATA_LSB) {
            throw new ElfFormatException("unknown ELF data encoding " + dataEnc);
        }
        boolean is64 = cls == Elf.CLASS64;
        int ehsize = is64 ? EHDR64 : EHDR32;
        b.check(0, ehsize, "ELF header");
        int w = is64 ? 8 : 4;
        int type = b.u16(16, "e_type");
        int machine = b.u16(18, "e_machine");
        long version = b.u32(20, "e_version");
        long entry = b.word(24, is64, "e_entry");
        long phoff = b.word(24 + w, is64, "e_phoff");
        long shoff = b.word(24 + 2 * w, is64, "e_shoff");
        int q = 24 + 3 * w;
        long flags = b.u32(q, "e_flags");
        int ehsizeField = b.u16(q + 4, "e_ehsize");
        int phentsize = b.u16(q + 6, "e_phentsize");
        int phnum = b.u16(q + 8, "e_phnum");
        int shentsize = b.u16(q + 10, "e_shentsize");
        int shnum = b.u16(q + 12, "e_shnum");
        int shstrndx = b.u16(q + 14, "e_shstrndx");
        if (shoff < 0 || phoff < 0) {
            throw new ElfFormatException("header table offset beyond 2^63");
        }

        // Section header 0 carries the real counts when they do not fit in the header (gABI "Sections").
        int shdrSize = is64 ? SHDR64 : SHDR32;
        if (shoff != 0) {
            if (shentsize < shdrSize) {
                throw new ElfFormatException("e_shentsize " + shentsize + " is smaller than a section header ("
                        + shdrSize + ")");
            }
            b.check(shoff, shentsize, "section header 0");
            long sh0size = b.word(shoff + (is64 ? 32 : 20), is64, "section header 0");
            long sh0link = b.u32(shoff + (is64 ? 40 : 24), "section header 0");
            long sh0info = b.u32(shoff + (is64 ? 44 : 28), "section header 0");
            if (shnum == 0) {
                if (sh0size > Integer.MAX_VALUE) {
                    throw new ElfFormatException("section count 0x" + Long.toHexString(sh0size) + " is absurd");
                }
                shnum = (int) sh0size;
            }
            if (shstrndx == Elf.SHN_XINDEX) {
                shstrndx = (int) Math.min(sh0link, Integer.MAX_VALUE);
            }
            if (phnum == Elf.PN_XNUM) {
                phnum = (int) Math.min(sh0info, Integer.MAX_VALUE);
            }
        } else {
            shnum = 0;
        }
        ElfHeader h = new ElfHeader(cls, dataEnc, b.u8(6, "e_ident"), b.u8(7, "e_ident"), b.u8(8, "e_ident"),
                type, machine, version, entry, phoff, shoff, flags, ehsizeField, phentsize, phnum, shentsize, shnum,
                shstrndx);
        List<ProgramHeader> phs = readProgramHeaders(b, h);
        List<Section> sections = readSections(b, h);
        return new ElfFile(b, h, phs, sections);
    }

    private static List<ProgramHeader> readProgramHeaders(Bytes b, ElfHeader h) throws ElfFormatException {
        int n = h.phnum();
        if (n == 0) {
            return List.of();
        }
        boolean is64 = h.is64();
        int size = is64 ? PHDR64 : PHDR32;
        if (h.phentsize() < size) {
            throw new ElfFormatException("e_phentsize " + h.phentsize() + " is smaller than a program header ("
                    + size + ")");
        }
        b.check(h.phoff(), (long) n * h.phentsize(), "program header table (" + n + " entries)");
        List<ProgramHeader> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long p = h.phoff() + (long) i * h.phentsize();
            String what = "program header " + i;
            int type = (int) b.u32(p, what);
            if (is64) {
                out.add(new ProgramHeader(i, type, (int) b.u32(p + 4, what), b.u64(p + 8, what), b.u64(p + 16, what),
                        b.u64(p + 24, what), b.u64(p + 32, what), b.u64(p + 40, what), b.u64(p + 48, what)));
            } else {
                out.add(new ProgramHeader(i, type, (int) b.u32(p + 24, what), b.u32(p + 4, what), b.u32(p + 8, what),
                        b.u32(p + 12, what), b.u32(p + 16, what), b.u32(p + 20, what), b.u32(p + 28, what)));
            }
        }
        return List.copyOf(out);
    }

    private record RawSection(long name, int type, long flags, long addr, long offset, long size, int link,
                              int info, long align, long entsize) {}

    private static List<Section> readSections(Bytes b, ElfHeader h) throws ElfFormatException {
        int n = h.shnum();
        if (n == 0) {
            return List.of();
        }
        boolean is64 = h.is64();
        b.check(h.shoff(), (long) n * h.shentsize(), "section header table (" + n + " entries)");
        RawSection[] raw = new RawSection[n];
        for (int i = 0; i < n; i++) {
            long p = h.shoff() + (long) i * h.shentsize();
            String what = "section header " + i;
            if (is64) {
                raw[i] = new RawSection(b.u32(p, what), (int) b.u32(p + 4, what), b.u64(p + 8, what),
                        b.u64(p + 16, what), b.u64(p + 24, what), b.u64(p + 32, what), (int) b.u32(p + 40, what),
                        (int) b.u32(p + 44, what), b.u64(p + 48, what), b.u64(p + 56, what));
            } else {
                raw[i] = new RawSection(b.u32(p, what), (int) b.u32(p + 4, what), b.u32(p + 8, what),
                        b.u32(p + 12, what), b.u32(p + 16, what), b.u32(p + 20, what), (int) b.u32(p + 24, what),
                        (int) b.u32(p + 28, what), b.u32(p + 32, what), b.u32(p + 36, what));
            }
        }
        int strndx = h.shstrndx();
        RawSection names = null;
        if (strndx != Elf.SHN_UNDEF) {
            if (strndx < 0 || strndx >= n) {
                throw new ElfFormatException("e_shstrndx " + strndx + " is not a section index (" + n
                        + " sections)");
            }
            names = raw[strndx];
            if (names.type() == Elf.SHT_NOBITS) {
                throw new ElfFormatException("section-name table (section " + strndx + ") has no file data");
            }
            b.check(names.offset(), names.size(), "section-name table (section " + strndx + ")");
        }
        List<Section> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RawSection r = raw[i];
            String name = names == null ? "" : b.string(names.offset(), names.size(), r.name(),
                    "section header " + i);
            out.add(new Section(i, name, r.type(), r.flags(), r.addr(), r.offset(), r.size(), r.link(), r.info(),
                    r.align(), r.entsize()));
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ accessors

    public ElfHeader header() {
        return header;
    }

    public boolean is64() {
        return header.is64();
    }

    /** {@link Elf#ET_EXEC}, {@link Elf#ET_DYN}, ... */
    public int type() {
        return header.type();
    }

    /** {@link Elf#EM_X86_64}, {@link Elf#EM_386}, ... */
    public int machine() {
        return header.machine();
    }

    public long entry() {
        return header.entry();
    }

    public List<ProgramHeader> programHeaders() {
        return programHeaders;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The first section called {@code name}. */
    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Dynamically linked: the file names a program interpreter (has a PT_INTERP segment). */
    public boolean isDynamic() {
        return programHeaders.stream().anyMatch(p -> p.type() == Elf.PT_INTERP);
    }

    /** Position-independent executable or shared object (ET_DYN). */
    public boolean isPie() {
        return header.type() == Elf.ET_DYN;
    }

    /** The PT_INTERP path (e.g. /lib64/ld-linux-x86-64.so.2), if any. */
    public Optional<String> interpreter() throws ElfFormatException {
        for (ProgramHeader p : programHeaders) {
            if (p.type() == Elf.PT_INTERP) {
                bytes.check(p.offset(), p.filesz(), "PT_INTERP segment");
                return Optional.of(bytes.string(p.offset(), p.filesz(), 0, "PT_INTERP segment"));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the program header table is in memory once loaded, as a loader passes it in the
     * AT_PHDR auxiliary vector entry: PT_PHDR's p_vaddr, else the address of e_phoff inside the
     * PT_LOAD segment whose file range contains the table. Empty when no segment maps it.
     * (For ET_DYN the result is relative to the load bias.)
     */
    public java.util.OptionalLong programHeaderAddress() {
        for (ProgramHeader p : programHeaders) {
            if (p.type() == Elf.PT_PHDR) return java.util.OptionalLong.of(p.vaddr());
        }
        long size = (long) header.phnum() * header.phentsize();
        for (ProgramHeader p : programHeaders) {
            if (p.isLoad() && Long.compareUnsigned(p.offset(), header.phoff()) <= 0
                    && Long.compareUnsigned(header.phoff() + size, p.offset() + p.filesz()) <= 0) {
                return java.util.OptionalLong.of(p.vaddr() + (header.phoff() - p.offset()));
            }
        }
        return java.util.OptionalLong.empty();
    }

    /** The PT_TLS segment (thread-local storage template), if any. */
    public Optional<ProgramHeader> tlsSegment() {
        return programHeaders.stream().filter(p -> p.type() == Elf.PT_TLS).findFirst();
    }

    /** A copy of a section's file bytes (empty for SHT_NOBITS). */
    public byte[] sectionData(Section s) throws ElfFormatException {
        if (!s.hasFileData()) {
            return new byte[0];
        }
        bytes.check(s.offset(), s.size(), "section " + s.index() + " (" + s.name() + ")");
        return Arrays.copyOfRange(bytes.array(), (int) s.offset(), (int) (s.offset() + s.size()));
    }

    /** A copy of a segment's p_filesz bytes from the file. */
    public byte[] segmentData(ProgramHeader p) throws ElfFormatException {
        bytes.check(p.offset(), p.filesz(), "program header " + p.index() + " data");
        return Arrays.copyOfRange(bytes.array(), (int) p.offset(), (int) (p.offset() + p.filesz()));
    }

    /** The static symbol table (.symtab, SHT_SYMTAB), if present. */
    public Optional<Section> symtab() {
        return sections.stream().filter(s -> s.type() == Elf.SHT_SYMTAB).findFirst();
    }

    /** The dynamic symbol table (.dynsym, SHT_DYNSYM), if present. */
    public Optional<Section> dynsym() {
        return sections.stream().filter(s -> s.type() == Elf.SHT_DYNSYM).findFirst();
    }

    /** The symbols of .symtab, or of .dynsym when there is no .symtab, or none. Entry 0 is included. */
    public List<ElfSymbol> symbols() throws ElfFormatException {
        Optional<Section> s = symtab().or(this::dynsym);
        return s.isPresent() ? symbols(s.get()) : List.of();
    }

    /** The entries of one SHT_SYMTAB or SHT_DYNSYM section, including the null entry 0. */
    public List<ElfSymbol> symbols(Section table) throws ElfFormatException {
        if (table.type() != Elf.SHT_SYMTAB && table.type() != Elf.SHT_DYNSYM) {
            throw new ElfFormatException("section " + table.index() + " (" + table.name() + ") is not a symbol table");
        }
        boolean is64 = is64();
        int symSize = is64 ? SYM64 : SYM32;
        long ent = table.entsize() == 0 ? symSize : table.entsize();
        if (ent < symSize) {
            throw new ElfFormatException("symbol table " + table.name() + ": sh_entsize " + ent
                    + " is smaller than a symbol (" + symSize + ")");
        }
        String what = "symbol table " + table.name();
        bytes.check(table.offset(), table.size(), what);
        Section strtab = linked(table, what);
        bytes.check(strtab.offset(), strtab.size(), "string table " + strtab.name() + " of " + table.name());
        long count = table.size() / ent;
        int[] xindex = extendedIndexes(table, count);
        List<ElfSymbol> out = new ArrayList<>((int) count);
        for (int i = 0; i < count; i++) {
            long p = table.offset() + i * ent;
            String swhat = what + " entry " + i;
            long nameOff = bytes.u32(p, swhat);
            long value, size;
            int info, other, shndx;
            if (is64) {
                info = bytes.u8(p + 4, swhat);
                other = bytes.u8(p + 5, swhat);
                shndx = bytes.u16(p + 6, swhat);
                value = bytes.u64(p + 8, swhat);
                size = bytes.u64(p + 16, swhat);
            } else {
                value = bytes.u32(p + 4, swhat);
                size = bytes.u32(p + 8, swhat);
                info = bytes.u8(p + 12, swhat);
                other = bytes.u8(p + 13, swhat);
                shndx = bytes.u16(p + 14, swhat);
            }
            if (shndx == Elf.SHN_XINDEX) {
                if (xindex == null) {
                    throw new ElfFormatException(swhat + " uses SHN_XINDEX but there is no SHT_SYMTAB_SHNDX section");
                }
                shndx = xindex[i];
            }
            String name = bytes.string(strtab.offset(), strtab.size(), nameOff, swhat);
            out.add(new ElfSymbol(i, table.name(), name, value, size, info & 0xF, info >>> 4, other & 3, shndx));
        }
        return List.copyOf(out);
    }

    /** The entries of an SHT_RELA or SHT_REL section. */
    public List<Relocation> relocations(Section s) throws ElfFormatException {
        boolean rela = s.type() == Elf.SHT_RELA;
        if (!rela && s.type() != Elf.SHT_REL) {
            throw new ElfFormatException("section " + s.index() + " (" + s.name() + ") is not a relocation section");
        }
        boolean is64 = is64();
        int size = (is64 ? 16 : 8) + (rela ? (is64 ? 8 : 4) : 0);
        long ent = s.entsize() == 0 ? size : s.entsize();
        String what = "relocation section " + s.name();
        if (ent < size) {
            throw new ElfFormatException(what + ": sh_entsize " + ent + " is smaller than an entry (" + size + ")");
        }
        bytes.check(s.offset(), s.size(), what);
        long count = s.size() / ent;
        List<Relocation> out = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            long p = s.offset() + i * ent;
            if (is64) {
                long info = bytes.u64(p + 8, what);
                out.add(new Relocation(bytes.u64(p, what), (int) info, (int) (info >>> 32),
                        rela ? bytes.u64(p + 16, what) : 0, rela));
            } else {
                long info = bytes.u32(p + 4, what);
                out.add(new Relocation(bytes.u32(p, what), (int) (info & 0xFF), (int) (info >>> 8),
                        rela ? (int) bytes.u32(p + 8, what) : 0, rela));
            }
        }
        return List.copyOf(out);
    }

    static final int SHT_GNU_VERDEF = 0x6ffffffd, SHT_GNU_VERNEED = 0x6ffffffe, SHT_GNU_VERSYM = 0x6fffffff;

    /** The GNU symbol versions of {@code dynsym} ({@link SymbolVersions#NONE} when it has none). */
    public SymbolVersions symbolVersions(Section dynsym) throws ElfFormatException {
        Section versym = null, verdef = null, verneed = null;
        for (Section s : sections) {
            if (s.type() == SHT_GNU_VERSYM && s.link() == dynsym.index()) versym = s;
            if (s.type() == SHT_GNU_VERDEF) verdef = s;
            if (s.type() == SHT_GNU_VERNEED) verneed = s;
        }
        if (versym == null) {
            return SymbolVersions.NONE;
        }
        bytes.check(versym.offset(), versym.size(), "section " + versym.name());
        int[] vs = new int[(int) (versym.size() / 2)];
        for (int i = 0; i < vs.length; i++) {
            vs[i] = bytes.u16(versym.offset() + 2L * i, "section " + versym.name());
        }
        List<SymbolVersions.Definition> defs = new ArrayList<>();
        if (verdef != null) {
            String what = "version definition section " + verdef.name();
            bytes.check(verdef.offset(), verdef.size(), what);
            Section strtab = linked(verdef, what);
            long p = 0;
            // Each entry is at least 20 bytes, which bounds the walk even if vd_next loops.
            for (long n = 0; n < verdef.size() / 20 + 1 && p + 20 <= verdef.size(); n++) {
                long e = verdef.offset() + p;
                int flags = bytes.u16(e + 2, what);
                int ndx = bytes.u16(e + 4, what);
                int cnt = bytes.u16(e + 6, what);
                long aux = bytes.u32(e + 12, what);
                long next = bytes.u32(e + 16, what);
                String name = null;
                if (cnt > 0) {
                    if (p + aux + 8 > verdef.size()) {
                        throw new ElfFormatException(what + ": vd_aux points outside the section");
                    }
                    name = bytes.string(strtab.offset(), strtab.size(), bytes.u32(e + aux, what), what);
                }
                defs.add(new SymbolVersions.Definition(ndx, flags, name));
                if (next == 0) break;
                p += next;
            }
        }
        List<SymbolVersions.Need> needs = new ArrayList<>();
        if (verneed != null) {
            String what = "version needs section " + verneed.name();
            bytes.check(verneed.offset(), verneed.size(), what);
            Section strtab = linked(verneed, what);
            long p = 0;
            long budget = verneed.size() / 16 + 1;
            for (long n = 0; n < budget && p + 16 <= verneed.size(); n++) {
                long e = verneed.offset() + p;
                int cnt = bytes.u16(e + 2, what);
                String file = bytes.string(strtab.offset(), strtab.size(), bytes.u32(e + 4, what), what);
                long a = p + bytes.u32(e + 8, what);
                for (int k = 0; k < cnt && budget-- > 0; k++) {
                    if (a + 16 > verneed.size()) {
                        throw new ElfFormatException(what + ": vernaux entry outside the section");
                    }
                    long ae = verneed.offset() + a;
                    needs.add(new SymbolVersions.Need(file, bytes.u16(ae + 6, what), bytes.u16(ae + 4, what),
                            bytes.string(strtab.offset(), strtab.size(), bytes.u32(ae + 8, what), what)));
                    long anext = bytes.u32(ae + 12, what);
                    if (anext == 0) break;
                    a += anext;
                }
                long next = bytes.u32(e + 12, what);
                if (next == 0) break;
                p += next;
            }
        }
        return new SymbolVersions(vs, List.copyOf(defs), List.copyOf(needs));
    }

    private Section linked(Section table, String what) throws ElfFormatException {
        int link = table.link();
        if (link <= 0 || link >= sections.size()) {
            throw new ElfFormatException(what + ": sh_link " + Integer.toUnsignedString(link)
                    + " is not a section index");
        }
        Section s = sections.get(link);
        if (s.type() != Elf.SHT_STRTAB) {
            throw new ElfFormatException(what + ": linked section " + link + " (" + s.name() + ") is not a string table");
        }
        return s;
    }

    /** The SHT_SYMTAB_SHNDX entries that belong to {@code table}, or null when there are none. */
    private int[] extendedIndexes(Section table, long count) throws ElfFormatException {
        for (Section s : sections) {
            if (s.type() == Elf.SHT_SYMTAB_SHNDX && s.link() == table.index()) {
                String what = "extended section index table " + s.name();
                if (s.size() < count * 4) {
                    throw new ElfFormatException(what + " has fewer entries than " + table.name());
                }
                bytes.check(s.offset(), count * 4, what);
                int[] idx = new int[(int) count];
                for (int i = 0; i < count; i++) {
                    idx[i] = (int) bytes.u32(s.offset() + 4L * i, what);
                }
                return idx;
            }
        }
        return null;
    }
}
