package pacifica.x86.asm;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an assembled program as a static ELF64 x86-64 executable (ET_EXEC): one PT_LOAD for the
 * code sections (R+X) and one for the data sections (R+W, .bss as memory beyond the file
 * contents), section headers, and a symbol table with the labels so that {@code objdump -d} shows
 * them. Segment file offsets are congruent to their addresses modulo the 4 KiB page, as the
 * kernel's loader requires.
 */
public final class ElfWriter {
    private static final long PAGE = 0x1000;
    private static final int EHDR = 64, PHDR = 56, SHDR = 64, SYM = 24;

    private ElfWriter() {}

    private record Segment(long vaddr, long fileSize, long memSize, int flags, List<AsmResult.OutSection> sections) { }

    public static byte[] write(AsmResult program) {
        List<Segment> segments = new ArrayList<>();
        List<AsmResult.OutSection> code = new ArrayList<>(), data = new ArrayList<>();
        for (AsmResult.OutSection s : program.sections()) (s.exec() ? code : data).add(s);
        addSegment(segments, code, 5);
        addSegment(segments, data, 6);

        // File layout: headers, then each segment at an offset congruent to its address.
        long offset = EHDR + (long) PHDR * segments.size();
        long[] segOffset = new long[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            long off = (offset + PAGE - 1) / PAGE * PAGE + s.vaddr % PAGE;
            if (off - PAGE >= offset) off -= PAGE;
            segOffset[i] = off;
            offset = off + s.fileSize;
        }
        // Section data offsets.
        List<AsmResult.OutSection> sections = program.sections();
        long[] secOffset = new long[sections.size()];
        for (int i = 0; i < segments.size(); i++) {
            Segment seg = segments.get(i);
            for (AsmResult.OutSection s : seg.sections) {
                secOffset[sections.indexOf(s)] = segOffset[i] + (s.address() - seg.vaddr);
            }
        }

        // String tables and symbols.
        ByteArrayOutputStream shstr = new ByteArrayOutputStream();
        shstr.write(0);
        int[] secName = new int[sections.size()];
        for (int i = 0; i < sections.size(); i++) secName[i] = add(shstr, sections.get(i).name());
        int symtabName = add(shstr, ".symtab"), strtabName = add(shstr, ".strtab"), shstrName = add(shstr, ".shstrtab");

        ByteArrayOutputStream strtab = new ByteArrayOutputStream();
        strtab.write(0);
        List<AsmResult.OutSymbol> ordered = new ArrayList<>();
        for (AsmResult.OutSymbol s : program.symbols()) if (!s.global()) ordered.add(s);
        int firstGlobal = ordered.size() + 1;
        for (AsmResult.OutSymbol s : program.symbols()) if (s.global()) ordered.add(s);
        ByteBuffer symtab = le(SYM * (ordered.size() + 1));
        symtab.position(SYM);
        for (AsmResult.OutSymbol s : ordered) {
            int shndx = 0;
            for (int i = 0; i < sections.size(); i++) if (sections.get(i).name().equals(s.section())) shndx = i + 1;
            symtab.putInt(add(strtab, s.name()));
            symtab.put((byte) ((s.global() ? 1 : 0) << 4)); // STT_NOTYPE
            symtab.put((byte) 0);
            symtab.putShort((short) shndx);
            symtab.putLong(s.address());
            symtab.putLong(0);
        }

        long symOff = align(offset, 8);
        long strOff = symOff + symtab.capacity();
        long shstrOff = strOff + strtab.size();
        long shOff = align(shstrOff + shstr.size(), 8);
        int shnum = sections.size() + 4;
        ByteBuffer f = le((int) (shOff + (long) SHDR * shnum));

        // ELF header
        f.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        f.position(16);
        f.putShort((short) 2);      // ET_EXEC
        f.putShort((short) 62);     // EM_X86_64
        f.putInt(1);
        f.putLong(program.entry());
        f.putLong(EHDR);            // e_phoff
        f.putLong(shOff);
        f.putInt(0);
        f.putShort((short) EHDR);
        f.putShort((short) PHDR);
        f.putShort((short) segments.size());
        f.putShort((short) SHDR);
        f.putShort((short) shnum);
        f.putShort((short) (shnum - 1)); // .shstrtab is last

        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            f.position(EHDR + PHDR * i);
            f.putInt(1);            // PT_LOAD
            f.putInt(s.flags);
            f.putLong(segOffset[i]);
            f.putLong(s.vaddr);
            f.putLong(s.vaddr);
            f.putLong(s.fileSize);
            f.putLong(s.memSize);
            f.putLong(PAGE);
        }
        for (int i = 0; i < sections.size(); i++) {
            AsmResult.OutSection s = sections.get(i);
            if (s.nobits()) continue;
            f.put((int) secOffset[i], s.data());
        }
        f.put((int) symOff, symtab.array());
        f.put((int) strOff, strtab.toByteArray());
        f.put((int) shstrOff, shstr.toByteArray());

        f.position((int) shOff + SHDR); // entry 0 stays null
        for (int i = 0; i < sections.size(); i++) {
            AsmResult.OutSection s = sections.get(i);
            long flags = 2 | (s.exec() ? 4 : 0) | (s.write() ? 1 : 0); // SHF_ALLOC, EXECINSTR, WRITE
            section(f, secName[i], s.nobits() ? 8 : 1, flags, s.address(), secOffset[i], s.size(), 0, 0,
                    Math.max(1, s.align()), 0);
        }
        section(f, symtabName, 2, 0, 0, symOff, symtab.capacity(), sections.size() + 2, firstGlobal, 8, SYM);
        section(f, strtabName, 3, 0, 0, strOff, strtab.size(), 0, 0, 1, 0);
        section(f, shstrName, 3, 0, 0, shstrOff, shstr.size(), 0, 0, 1, 0);
        return f.array();
    }

    private static void addSegment(List<Segment> segments, List<AsmResult.OutSection> group, int flags) {
        if (group.isEmpty()) return;
        long start = group.get(0).address();
        long fileEnd = start, memEnd = start;
        for (AsmResult.OutSection s : group) {
            memEnd = Math.max(memEnd, s.address() + s.size());
            if (!s.nobits()) fileEnd = Math.max(fileEnd, s.address() + s.size());
        }
        segments.add(new Segment(start, fileEnd - start, memEnd - start, flags, group));
    }

    private static void section(ByteBuffer f, int name, int type, long flags, long addr, long offset, long size,
                                int link, int info, long align, long entsize) {
        f.putInt(name);
        f.putInt(type);
        f.putLong(flags);
        f.putLong(addr);
        f.putLong(offset);
        f.putLong(size);
        f.putInt(link);
        f.putInt(info);
        f.putLong(align);
        f.putLong(entsize);
    }

    private static int add(ByteArrayOutputStream table, String s) {
        int at = table.size();
        table.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        table.write(0);
        return at;
    }

    private static long align(long v, long a) {
        return (v + a - 1) / a * a;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
