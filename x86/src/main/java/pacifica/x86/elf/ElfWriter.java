package pacifica.x86.elf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a static x86-64 executable (ELF64, ET_EXEC, little-endian) from loadable segments and a
 * symbol table.
 *
 * <pre>{@code
 * ElfWriter w = new ElfWriter()
 *         .entry(0x401000)
 *         .segment(".text", 0x401000, Elf.PF_R | Elf.PF_X, code)
 *         .segment(".bss", 0x402000, Elf.PF_R | Elf.PF_W, new byte[0], 0x100)
 *         .symbol("_start", 0x401000, code.length, ".text");
 * w.write(Path.of("a.out"));        // or byte[] image = w.toBytes();
 * }</pre>
 *
 * <p>Each segment becomes one PT_LOAD program header. {@link #segment(String, long, int, byte[], long)}
 * gives it one section of the same name (SHT_PROGBITS; SHT_NOBITS when it has no file bytes);
 * {@link #segment(int, SectionData...)} gives it several, in address order, where NOBITS sections
 * (.bss) may only follow the sections with file contents, because the segment's file image ends
 * where its memory starts being zero-filled. Section flags derive from the segment flags (ALLOC,
 * +EXECINSTR for PF_X, +WRITE for PF_W). A memory size larger than the byte count zero-fills the
 * rest, as for .bss. The file also gets a PT_GNU_STACK header (RW, so the stack is not executable)
 * and the sections .symtab, .strtab and .shstrtab. Segment file offsets are congruent to their
 * addresses modulo the 4 KiB page, as the kernel's loader requires; segments may not share a page
 * (each is mapped with its own permissions).
 *
 * <p>Symbols name a section, or {@code null} for an absolute symbol (SHN_ABS). Local symbols are
 * written before global ones, as the gABI requires.
 */
public final class ElfWriter {
    /** The page size segments are aligned to (p_align). */
    public static final long PAGE = 0x1000;

    /**
     * One section of a segment: {@code bytes} at {@code vaddr}, or for a NOBITS section
     * ({@code bytes} empty, {@code size} &gt; 0) {@code size} zero bytes that take no file space.
     *
     * @param align sh_addralign, a power of two that divides {@code vaddr}
     */
    public record SectionData(String name, long vaddr, byte[] bytes, long size, long align) {
        public SectionData {
            Objects.requireNonNull(name, "name");
            bytes = bytes.clone();
            if (bytes.length != 0 && size != bytes.length) {
                throw new IllegalArgumentException("section " + name + ": size " + size + " but " + bytes.length
                        + " bytes");
            }
            if (align < 1 || Long.bitCount(align) != 1 || Math.floorMod(vaddr, align) != 0) {
                throw new IllegalArgumentException("section " + name + ": alignment " + align
                        + " is not a power of two dividing 0x" + Long.toHexString(vaddr));
            }
        }

        /** A section with file contents (SHT_PROGBITS). */
        public static SectionData progbits(String name, long vaddr, byte[] bytes, long align) {
            return new SectionData(name, vaddr, bytes, bytes.length, align);
        }

        /** A zero-filled section without file contents (SHT_NOBITS), such as .bss. */
        public static SectionData nobits(String name, long vaddr, long size, long align) {
            return new SectionData(name, vaddr, new byte[0], size, align);
        }

        boolean isNobits() {
            return bytes.length == 0 && size > 0;
        }

        long end() {
            return vaddr + size;
        }
    }

    /** A PT_LOAD: its sections in address order; {@code fileSize} bytes in the file, {@code memSize} in memory. */
    private record Segment(int flags, List<SectionData> sections, long fileSize, long memSize) {
        long vaddr() {
            return sections.get(0).vaddr();
        }

        String name() {
            return sections.get(0).name();
        }
    }

    private record Symbol(String name, long value, long size, String section, int type, int bind) {}

    private final List<Segment> segments = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();
    private long entry;

    /** Sets e_entry, the address execution starts at. */
    public ElfWriter entry(long address) {
        this.entry = address;
        return this;
    }

    /** Adds a loadable segment whose memory image is exactly {@code bytes}. */
    public ElfWriter segment(String name, long vaddr, int flags, byte[] bytes) {
        return segment(name, vaddr, flags, bytes, bytes.length);
    }

    /**
     * Adds a loadable segment of {@code memSize} bytes at {@code vaddr}, starting with {@code bytes}
     * and zero-filled after them; it holds one section named {@code name}.
     *
     * @param flags {@link Elf#PF_R}, {@link Elf#PF_W}, {@link Elf#PF_X} bits
     */
    public ElfWriter segment(String name, long vaddr, int flags, byte[] bytes, long memSize) {
        Objects.requireNonNull(name, "name");
        if (memSize < bytes.length) {
            throw new IllegalArgumentException("segment " + name + ": memory size " + memSize
                    + " is smaller than its " + bytes.length + " bytes");
        }
        SectionData only = bytes.length == 0
                ? SectionData.nobits(name, vaddr, memSize, sectionAlign(vaddr))
                : SectionData.progbits(name, vaddr, bytes, sectionAlign(vaddr));
        return add(flags, List.of(only), memSize);
    }

    /**
     * Adds a loadable segment holding several sections (for example .text and .rodata, or .data and
     * .bss), given in ascending, non-overlapping address order; the gaps between them are zero.
     *
     * @param flags {@link Elf#PF_R}, {@link Elf#PF_W}, {@link Elf#PF_X} bits
     */
    public ElfWriter segment(int flags, SectionData... sections) {
        if (sections.length == 0) {
            throw new IllegalArgumentException("a segment needs at least one section");
        }
        List<SectionData> list = List.of(sections);
        for (int i = 1; i < list.size(); i++) {
            SectionData prev = list.get(i - 1), s = list.get(i);
            if (s.vaddr() < prev.end()) {
                throw new IllegalArgumentException("sections " + prev.name() + " and " + s.name()
                        + " overlap or are out of address order");
            }
            if (prev.isNobits() && !s.isNobits() && s.size() > 0) {
                throw new IllegalArgumentException("section " + s.name() + " has file contents but follows NOBITS "
                        + prev.name() + " in its segment");
            }
        }
        return add(flags, list, list.get(list.size() - 1).end() - list.get(0).vaddr());
    }

    private ElfWriter add(int flags, List<SectionData> sections, long memSize) {
        String name = sections.get(0).name();
        if ((flags & ~(Elf.PF_R | Elf.PF_W | Elf.PF_X)) != 0) {
            throw new IllegalArgumentException("segment " + name + ": unknown flags 0x" + Integer.toHexString(flags));
        }
        Set<String> names = new HashSet<>();
        for (Segment seg : segments) {
            for (SectionData t : seg.sections()) names.add(t.name());
        }
        for (SectionData s : sections) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("duplicate section name " + s.name());
            }
        }
        long vaddr = sections.get(0).vaddr(), fileEnd = vaddr;
        for (SectionData s : sections) {
            if (!s.isNobits()) {
                fileEnd = Math.max(fileEnd, s.end());
            }
        }
        segments.add(new Segment(flags, sections, fileEnd - vaddr, memSize));
        return this;
    }

    /** Adds a global symbol; its type is STT_FUNC in an executable segment, else STT_OBJECT. */
    public ElfWriter symbol(String name, long value, long size, String section) {
        return symbol(name, value, size, section, -1, Elf.STB_GLOBAL);
    }

    /**
     * Adds a symbol.
     *
     * @param section the name of a section, or null for an absolute symbol
     * @param type    an {@code STT_*} value, or -1 for FUNC/OBJECT by its segment's PF_X flag
     * @param bind    {@link Elf#STB_LOCAL}, {@link Elf#STB_GLOBAL} or {@link Elf#STB_WEAK}
     */
    public ElfWriter symbol(String name, long value, long size, String section, int type, int bind) {
        Objects.requireNonNull(name, "name");
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("symbol name contains NUL: " + name);
        }
        symbols.add(new Symbol(name, value, size, section, type, bind));
        return this;
    }

    /** Writes the file and makes it executable (where the file system has POSIX permissions). */
    public void write(Path path) throws IOException {
        Files.write(path, toBytes());
        try {
            var perms = EnumSet.copyOf(Files.getPosixFilePermissions(path));
            perms.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
            Files.setPosixFilePermissions(path, perms);
        } catch (UnsupportedOperationException ignored) {
            // Not a POSIX file system: nothing to mark.
        }
    }

    /** The file image. */
    public byte[] toBytes() {
        List<Segment> segs = new ArrayList<>(segments);
        segs.sort(Comparator.comparingLong(Segment::vaddr));
        checkNoSharedPages(segs);

        // Section header indices: 0 is null, then the segments' sections in address order.
        List<SectionData> secs = new ArrayList<>();
        List<Segment> owner = new ArrayList<>();
        for (Segment seg : segs) {
            for (SectionData s : seg.sections()) {
                secs.add(s);
                owner.add(seg);
            }
        }
        int phnum = segs.size() + 1; // + PT_GNU_STACK
        int shnum = secs.size() + 4; // null, sections, .symtab, .strtab, .shstrtab
        Map<String, Integer> sectionIndex = new LinkedHashMap<>();
        for (int i = 0; i < secs.size(); i++) {
            sectionIndex.put(secs.get(i).name(), i + 1);
        }

        Out out = new Out();
        out.skip(64 + 56L * phnum);
        long[] offsets = new long[segs.size()];
        long[] secOffsets = new long[secs.size()];
        for (int i = 0, k = 0; i < segs.size(); i++) {
            Segment seg = segs.get(i);
            // p_offset ≡ p_vaddr (mod page): the kernel maps file pages at virtual pages.
            long target = out.size() - Math.floorMod(out.size(), PAGE) + Math.floorMod(seg.vaddr(), PAGE);
            if (target < out.size()) {
                target += PAGE;
            }
            out.padTo(target);
            offsets[i] = target;
            for (SectionData s : seg.sections()) {
                // A NOBITS section's offset is where it would start; it occupies no file bytes.
                secOffsets[k++] = target + (s.vaddr() - seg.vaddr());
                if (!s.isNobits()) {
                    out.padTo(target + (s.vaddr() - seg.vaddr()));
                    out.bytes(s.bytes());
                }
            }
            out.padTo(target + seg.fileSize());
        }

        // Symbol table: null entry, then locals, then globals.
        ByteArrayOutputStream strtab = new ByteArrayOutputStream();
        strtab.write(0);
        List<Symbol> ordered = new ArrayList<>(symbols);
        ordered.sort(Comparator.comparingInt(s -> s.bind() == Elf.STB_LOCAL ? 0 : 1));
        int firstGlobal = 1 + (int) ordered.stream().filter(s -> s.bind() == Elf.STB_LOCAL).count();
        out.padTo(align(out.size(), 8));
        long symtabOffset = out.size();
        out.skip(24); // null symbol
        for (Symbol s : ordered) {
            int shndx;
            int type = s.type();
            if (s.section() == null) {
                shndx = Elf.SHN_ABS;
                if (type < 0) {
                    type = Elf.STT_NOTYPE;
                }
            } else {
                Integer idx = sectionIndex.get(s.section());
                if (idx == null) {
                    throw new IllegalArgumentException("symbol " + s.name() + ": no section named " + s.section());
                }
                shndx = idx;
                if (type < 0) {
                    type = (owner.get(idx - 1).flags() & Elf.PF_X) != 0 ? Elf.STT_FUNC : Elf.STT_OBJECT;
                }
            }
            out.u32(strtab.size());
            strtab.writeBytes(s.name().getBytes(StandardCharsets.UTF_8));
            strtab.write(0);
            out.u8((s.bind() << 4) | (type & 0xF));
            out.u8(Elf.STV_DEFAULT);
            out.u16(shndx);
            out.u64(s.value());
            out.u64(s.size());
        }
        long symtabSize = out.size() - symtabOffset;
        long strtabOffset = out.size();
        out.bytes(strtab.toByteArray());

        ByteArrayOutputStream shstr = new ByteArrayOutputStream();
        shstr.write(0);
        int[] nameOffsets = new int[shnum];
        for (int i = 0; i < secs.size(); i++) {
            nameOffsets[i + 1] = addName(shstr, secs.get(i).name());
        }
        nameOffsets[shnum - 3] = addName(shstr, ".symtab");
        nameOffsets[shnum - 2] = addName(shstr, ".strtab");
        nameOffsets[shnum - 1] = addName(shstr, ".shstrtab");
        long shstrOffset = out.size();
        out.bytes(shstr.toByteArray());

        out.padTo(align(out.size(), 8));
        long shoff = out.size();
        out.skip(64); // null section header
        for (int i = 0; i < secs.size(); i++) {
            SectionData s = secs.get(i);
            int segFlags = owner.get(i).flags();
            long flags = Elf.SHF_ALLOC | ((segFlags & Elf.PF_X) != 0 ? Elf.SHF_EXECINSTR : 0)
                    | ((segFlags & Elf.PF_W) != 0 ? Elf.SHF_WRITE : 0);
            sectionHeader(out, nameOffsets[i + 1], s.isNobits() ? Elf.SHT_NOBITS : Elf.SHT_PROGBITS, flags,
                    s.vaddr(), secOffsets[i], s.size(), 0, 0, s.align(), 0);
        }
        sectionHeader(out, nameOffsets[shnum - 3], Elf.SHT_SYMTAB, 0, 0, symtabOffset, symtabSize, shnum - 2,
                firstGlobal, 8, 24);
        sectionHeader(out, nameOffsets[shnum - 2], Elf.SHT_STRTAB, 0, 0, strtabOffset, strtab.size(), 0, 0, 1, 0);
        sectionHeader(out, nameOffsets[shnum - 1], Elf.SHT_STRTAB, 0, 0, shstrOffset, shstr.size(), 0, 0, 1, 0);

        byte[] image = out.toByteArray();
        Out head = new Out();
        head.bytes(new byte[] {0x7f, 'E', 'L', 'F', Elf.CLASS64, Elf.DATA_LSB, Elf.EV_CURRENT, Elf.OSABI_SYSV});
        head.skip(8);
        head.u16(Elf.ET_EXEC);
        head.u16(Elf.EM_X86_64);
        head.u32(Elf.EV_CURRENT);
        head.u64(entry);
        head.u64(64); // e_phoff
        head.u64(shoff);
        head.u32(0); // e_flags
        head.u16(64);
        head.u16(56);
        head.u16(phnum);
        head.u16(64);
        head.u16(shnum);
        head.u16(shnum - 1);
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            head.u32(Elf.PT_LOAD);
            head.u32(s.flags());
            head.u64(offsets[i]);
            head.u64(s.vaddr());
            head.u64(s.vaddr());
            head.u64(s.fileSize());
            head.u64(s.memSize());
            head.u64(PAGE);
        }
        head.u32(Elf.PT_GNU_STACK);
        head.u32(Elf.PF_R | Elf.PF_W);
        head.skip(40);
        head.u64(16);
        byte[] h = head.toByteArray();
        System.arraycopy(h, 0, image, 0, h.length);
        return image;
    }

    private static void checkNoSharedPages(List<Segment> segs) {
        for (int i = 1; i < segs.size(); i++) {
            Segment a = segs.get(i - 1), b = segs.get(i);
            long aEndPage = Math.floorDiv(a.vaddr() + Math.max(a.memSize(), 1) - 1, PAGE);
            if (Math.floorDiv(b.vaddr(), PAGE) <= aEndPage) {
                throw new IllegalArgumentException("segments " + a.name() + " and " + b.name()
                        + " share a page (0x" + Long.toHexString(b.vaddr()) + "); put them on separate pages");
            }
        }
    }

    private static long sectionAlign(long vaddr) {
        long a = 16;
        while (a > 1 && vaddr % a != 0) {
            a >>= 1;
        }
        return a;
    }

    private static int addName(ByteArrayOutputStream table, String name) {
        int off = table.size();
        table.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        table.write(0);
        return off;
    }

    private static void sectionHeader(Out out, int name, int type, long flags, long addr, long offset, long size,
                                      int link, int info, long align, long entsize) {
        out.u32(name);
        out.u32(type);
        out.u64(flags);
        out.u64(addr);
        out.u64(offset);
        out.u64(size);
        out.u32(link);
        out.u32(info);
        out.u64(align);
        out.u64(entsize);
    }

    private static long align(long v, long a) {
        return (v + a - 1) & -a;
    }

    /** A little-endian byte sink. */
    private static final class Out extends ByteArrayOutputStream {

        void skip(long n) {
            for (long i = 0; i < n; i++) {
                write(0);
            }
        }

        void padTo(long offset) {
            skip(offset - count);
        }

        void bytes(byte[] b) {
            writeBytes(b);
        }

        void u8(int v) {
            write(v);
        }

        void u16(int v) {
            write(v);
            write(v >>> 8);
        }

        void u32(long v) {
            for (int i = 0; i < 4; i++) {
                write((int) (v >>> (8 * i)));
            }
        }

        void u64(long v) {
            for (int i = 0; i < 8; i++) {
                write((int) (v >>> (8 * i)));
            }
        }
    }
}
