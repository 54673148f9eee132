package pacifica.x86.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import pacifica.x86.gnu.GnuTools;

/** {@link ElfWriter} output checked by readelf, objdump and the host kernel. */
class ElfWriterTest {
    /** mov $60,%eax; mov $42,%edi; syscall  (exit(42)) */
    static final byte[] EXIT42 = {(byte) 0xb8, 60, 0, 0, 0, (byte) 0xbf, 42, 0, 0, 0, 0x0f, 0x05};

    static ElfWriter exit42() {
        return new ElfWriter()
                .entry(0x401000)
                .segment(".text", 0x401000, Elf.PF_R | Elf.PF_X, EXIT42)
                .segment(".data", 0x402000, Elf.PF_R | Elf.PF_W, new byte[] {1, 2, 3, 4})
                .segment(".bss", 0x403000, Elf.PF_R | Elf.PF_W, new byte[0], 0x100)
                .symbol("_start", 0x401000, 5, ".text")
                .symbol("set_status", 0x401005, 7, ".text", Elf.STT_FUNC, Elf.STB_LOCAL)
                .symbol("table", 0x402000, 4, ".data")
                .symbol("buffer", 0x403000, 0x100, ".bss")
                .symbol("ANSWER", 42, 0, null);
    }

    @Test
    void parsesBackWhatItWrote() throws ElfFormatException {
        ElfFile elf = ElfFile.parse(exit42().toBytes());
        assertEquals(Elf.ET_EXEC, elf.type());
        assertEquals(Elf.EM_X86_64, elf.machine());
        assertEquals(0x401000, elf.entry());
        List<ProgramHeader> load = elf.programHeaders().stream().filter(ProgramHeader::isLoad).toList();
        assertEquals(3, load.size());
        assertEquals(0x401000, load.get(0).vaddr());
        assertEquals(0, load.get(0).offset() % ElfWriter.PAGE);
        assertEquals(0x100, load.get(2).memsz());
        assertEquals(0, load.get(2).filesz());
        assertEquals(List.of(EXIT42.length), List.of(elf.segmentData(load.get(0)).length));
        Section bss = elf.section(".bss").orElseThrow();
        assertEquals(Elf.SHT_NOBITS, bss.type());
        List<ElfSymbol> syms = elf.symbols();
        assertEquals(List.of("", "set_status", "_start", "table", "buffer", "ANSWER"),
                syms.stream().map(ElfSymbol::name).toList());
        assertEquals(Elf.STB_LOCAL, syms.get(1).bind());
        assertEquals(Elf.STT_FUNC, syms.get(2).type());
        assertEquals(Elf.STT_OBJECT, syms.get(3).type());
        assertEquals(Elf.SHN_ABS, syms.get(5).shndx());
        assertEquals(elf.section(".text").orElseThrow().index(), syms.get(2).shndx());
        assertTrue(!elf.isDynamic() && !elf.isPie());
    }

    /** The assembler's layout: .text+.rodata in one R+X PT_LOAD, .data+.bss (NOBITS) in one R+W PT_LOAD. */
    @Test
    void segmentsHoldSeveralSectionsWithNobitsLast() throws ElfFormatException {
        byte[] image = new ElfWriter().entry(0x401000)
                .segment(Elf.PF_R | Elf.PF_X, ElfWriter.SectionData.progbits(".text", 0x401000, EXIT42, 16),
                        ElfWriter.SectionData.progbits(".rodata", 0x401010, new byte[] {7, 8}, 8))
                .segment(Elf.PF_R | Elf.PF_W, ElfWriter.SectionData.progbits(".data", 0x402000, new byte[] {1, 2, 3}, 4),
                        ElfWriter.SectionData.nobits(".bss", 0x402008, 0x20, 8))
                .symbol("_start", 0x401000, 0, ".text", Elf.STT_NOTYPE, Elf.STB_GLOBAL)
                .symbol("buffer", 0x402008, 0, ".bss", Elf.STT_NOTYPE, Elf.STB_LOCAL)
                .toBytes();
        ElfFile elf = ElfFile.parse(image);
        List<ProgramHeader> load = elf.programHeaders().stream().filter(ProgramHeader::isLoad).toList();
        assertEquals(2, load.size());
        assertEquals(0x12, load.get(0).filesz());
        assertEquals(0x12, load.get(0).memsz());
        assertEquals(3, load.get(1).filesz());
        assertEquals(0x28, load.get(1).memsz());
        byte[] text = elf.segmentData(load.get(0));
        assertEquals(7, text[0x10]);
        assertEquals(0, text[EXIT42.length]); // the gap between .text and .rodata is zero
        Section rodata = elf.section(".rodata").orElseThrow();
        assertEquals(Elf.SHT_PROGBITS, rodata.type());
        assertEquals(load.get(0).offset() + 0x10, rodata.offset());
        assertEquals(1, elf.section(".text").orElseThrow().index());
        Section bss = elf.section(".bss").orElseThrow();
        assertEquals(Elf.SHT_NOBITS, bss.type());
        assertEquals(0x20, bss.size());
        assertEquals(List.of("", "buffer", "_start"), elf.symbols().stream().map(ElfSymbol::name).toList());
        assertEquals(bss.index(), elf.symbols().get(1).shndx());
        assertEquals(Elf.STT_NOTYPE, elf.symbols().get(2).type());
    }

    @Test
    void rejectsFileContentsAfterNobitsAndMisorderedSections() {
        assertThrows(IllegalArgumentException.class, () -> new ElfWriter().segment(Elf.PF_R | Elf.PF_W,
                ElfWriter.SectionData.nobits(".bss", 0x402000, 0x10, 8),
                ElfWriter.SectionData.progbits(".data", 0x402010, new byte[4], 4)));
        assertThrows(IllegalArgumentException.class, () -> new ElfWriter().segment(Elf.PF_R,
                ElfWriter.SectionData.progbits(".b", 0x402010, new byte[4], 4),
                ElfWriter.SectionData.progbits(".a", 0x402000, new byte[4], 4)));
        assertThrows(IllegalArgumentException.class, () -> ElfWriter.SectionData.progbits(".odd", 0x402001, new byte[1], 4));
        assertThrows(IllegalArgumentException.class, () -> new ElfWriter().segment(Elf.PF_R,
                ElfWriter.SectionData.progbits(".a", 0x402000, new byte[4], 4),
                ElfWriter.SectionData.progbits(".a", 0x402010, new byte[4], 4)));
    }

    @Test
    void rejectsSegmentsSharingAPage() {
        ElfWriter w = new ElfWriter().segment(".a", 0x401000, Elf.PF_R, new byte[16])
                .segment(".b", 0x401800, Elf.PF_R | Elf.PF_W, new byte[16]);
        assertThrows(IllegalArgumentException.class, w::toBytes);
        assertThrows(IllegalArgumentException.class,
                () -> new ElfWriter().segment(".a", 0x1000, Elf.PF_R, new byte[1]).symbol("x", 0, 0, ".nope").toBytes());
    }

    @Test
    void readelfAcceptsItAndAgrees() throws IOException {
        GnuTools.assumeTool("readelf");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path file = dir.resolve("exit42");
            exit42().write(file);
            Readelf re = Readelf.of(file);
            assertEquals("", re.stderr, "readelf warnings");
            assertEquals("EXEC (Executable file)", re.header.get("Type"));
            assertEquals("0x401000", re.header.get("Entry point address"));
            assertEquals(List.of("LOAD", "LOAD", "LOAD", "GNU_STACK"), re.phdrs.stream().map(Readelf.Phdr::type).toList());
            assertEquals("R E", re.phdrs.get(0).flags());
            assertEquals("RW ", re.phdrs.get(2).flags());
            assertEquals(List.of("", ".text", ".data", ".bss", ".symtab", ".strtab", ".shstrtab"),
                    re.shdrs.stream().map(Readelf.Shdr::name).toList());
            assertEquals("AX", re.shdrs.get(1).flags());
            assertEquals("WA", re.shdrs.get(3).flags());
            List<Readelf.Sym> syms = re.symbols.get(".symtab");
            assertEquals("1: 0000000000401005 7 FUNC LOCAL DEFAULT 1 set_status",
                    format(syms.get(1)));
            assertEquals("2: 0000000000401000 5 FUNC GLOBAL DEFAULT 1 _start", format(syms.get(2)));
            assertEquals("5: 000000000000002a 0 NOTYPE GLOBAL DEFAULT ABS ANSWER", format(syms.get(5)));
        }
    }

    private static String format(Readelf.Sym s) {
        return String.format("%d: %016x %d %s %s %s %s %s", s.num(), s.value(), s.size(), s.type(), s.bind(), s.vis(),
                s.ndx(), s.name()).replaceAll(" +", " ");
    }

    @Test
    void objdumpShowsTheSymbols() throws IOException {
        GnuTools.assumeTool("objdump");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path file = dir.resolve("exit42");
            exit42().write(file);
            String out = GnuTools.run(List.of("objdump", "-d", file.toString())).stdout();
            assertTrue(out.contains("file format elf64-x86-64"), out);
            assertTrue(out.contains("0000000000401000 <_start>:\n  401000:\tb8 3c 00 00 00       \tmov    $0x3c,%eax"), out);
            assertTrue(out.contains("0000000000401005 <set_status>:\n  401005:\tbf 2a 00 00 00       \tmov    $0x2a,%edi"), out);
            assertTrue(out.contains("  40100a:\t0f 05                \tsyscall"), out);
        }
    }

    @Test
    void runsNativelyWithStatus42() throws IOException {
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "skipped: needs Linux on x86-64 to run the written executable");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path file = dir.resolve("exit42");
            exit42().write(file);
            GnuTools.ProcessResult r = GnuTools.run(List.of(file.toString()), null, Duration.ofSeconds(10), false);
            assertEquals(42, r.exitCode(), r.stderr());
        }
    }
}
