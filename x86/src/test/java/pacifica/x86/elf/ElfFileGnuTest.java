package pacifica.x86.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pacifica.x86.gnu.GnuTools;

/**
 * Builds small programs with gcc/as/ld and checks that {@link ElfFile} reads exactly what
 * {@code readelf -h -l -S -s --wide} reads: every header field, program header, section header and
 * symbol.
 */
class ElfFileGnuTest {
    private static GnuTools.TempDir dir;
    private static final List<String> TOOLS = List.of("gcc", "as", "ld", "strip", "readelf");

    private static void assumeBuilt() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "skipped: needs " + String.join(", ", TOOLS));
    }

    private static final String C_SOURCE = """
            #include <stdio.h>
            int counter = 3;
            static int sq(int x) { return x * x; }
            int main(int argc, char **argv) {
                for (int i = 0; i < argc; i++) counter += sq(i);
                printf("%d\\n", counter);
                return 0;
            }
            """;

    private static final String ASM32 = """
            .globl _start
            .text
            _start: movl $1, %eax
                    movl $42, %ebx
                    int $0x80
            .data
            value: .long 7
            .bss
            buffer: .skip 64
            """;

    @BeforeAll
    static void build() throws IOException {
        for (String tool : TOOLS) {
            if (!GnuTools.has(tool)) return;
        }
        dir = GnuTools.tempDir();
        Files.writeString(dir.resolve("t.c"), C_SOURCE);
        Files.writeString(dir.resolve("a32.s"), ASM32);
        gcc("-O2", "-o", "pie", "t.c");
        gcc("-O2", "-no-pie", "-o", "nopie", "t.c");
        try {
            gcc("-O2", "-static", "-o", "static", "t.c");
        } catch (IOException noStaticLibc) {
            // Checked per test: the "static" case skips.
        }
        gcc("-O2", "-c", "-o", "t.o", "t.c");
        Files.copy(dir.resolve("pie"), dir.resolve("stripped"));
        GnuTools.run(List.of("strip", dir.resolve("stripped").toString()));
        GnuTools.run(List.of("as", "--32", "-o", dir.resolve("a32.o").toString(), dir.resolve("a32.s").toString()));
        GnuTools.run(List.of("ld", "-m", "elf_i386", "-o", dir.resolve("a32").toString(),
                dir.resolve("a32.o").toString()));
    }

    private static void gcc(String... args) throws IOException {
        List<String> argv = new ArrayList<>(List.of("gcc"));
        for (String a : args) {
            argv.add(a.equals("t.c") || a.startsWith("-") ? (a.equals("t.c") ? dir.resolve(a).toString() : a)
                    : dir.resolve(a).toString());
        }
        GnuTools.run(argv);
    }

    @AfterAll
    static void clean() {
        if (dir != null) dir.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pie", "nopie", "static", "t.o", "stripped", "a32", "a32.o"})
    void agreesWithReadelf(String name) throws IOException {
        assumeBuilt();
        Path file = dir.resolve(name);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "skipped: could not build " + name
                + " (gcc -static needs the static C library)");
        Readelf re = Readelf.of(file);
        ElfFile elf = ElfFile.read(file);

        ElfHeader h = elf.header();
        assertEquals(re.header.get("Class"), h.is64() ? "ELF64" : "ELF32");
        assertEquals(re.header.get("Type").split(" ")[0], typeName(h.type()));
        assertEquals(re.header.get("Machine"), h.machine() == Elf.EM_X86_64 ? "Advanced Micro Devices X86-64"
                : h.machine() == Elf.EM_386 ? "Intel 80386" : "?");
        assertEquals(re.header.get("Entry point address"), "0x" + Long.toHexString(h.entry()));
        assertEquals(re.header.get("Start of program headers"), h.phoff() + " (bytes into file)");
        assertEquals(re.header.get("Start of section headers"), h.shoff() + " (bytes into file)");
        assertEquals(re.header.get("Number of program headers"), Integer.toString(h.phnum()));
        assertEquals(re.header.get("Number of section headers"), Integer.toString(h.shnum()));
        assertEquals(re.header.get("Section header string table index"), Integer.toString(h.shstrndx()));
        assertEquals(re.header.get("Flags"), "0x" + Long.toHexString(h.flags()));

        assertEquals(re.phdrs.size(), elf.programHeaders().size(), "program header count");
        for (int i = 0; i < re.phdrs.size(); i++) {
            Readelf.Phdr r = re.phdrs.get(i);
            ProgramHeader p = elf.programHeaders().get(i);
            String what = name + " program header " + i;
            assertEquals(r.type(), PHDR_TYPES.getOrDefault(p.type(), r.type()), what);
            assertEquals(r, new Readelf.Phdr(r.type(), p.offset(), p.vaddr(), p.paddr(), p.filesz(), p.memsz(),
                    flags(p), p.align()), what);
        }
        assertEquals(re.interpreter, elf.interpreter().orElse(null));
        // AT_PHDR: PT_PHDR's address, else where the LOAD segment holding the table maps e_phoff.
        Readelf.Phdr phdr = re.phdrs.stream().filter(x -> x.type().equals("PHDR")).findFirst().orElse(null);
        Readelf.Phdr first = re.phdrs.stream().filter(x -> x.type().equals("LOAD")).findFirst().orElse(null);
        if (phdr != null) {
            assertEquals(phdr.vaddr(), elf.programHeaderAddress().getAsLong(), name + " AT_PHDR");
        } else if (first != null && first.offset() == 0) {
            assertEquals(first.vaddr() + h.phoff(), elf.programHeaderAddress().getAsLong(), name + " AT_PHDR");
        }
        assertEquals(re.phdrs.stream().anyMatch(x -> x.type().equals("TLS")), elf.tlsSegment().isPresent());
        assertEquals(re.interpreter != null, elf.isDynamic());
        assertEquals(re.header.get("Type").startsWith("DYN"), elf.isPie());

        assertEquals(re.shdrs.size(), elf.sections().size(), "section count");
        for (int i = 0; i < re.shdrs.size(); i++) {
            Readelf.Shdr r = re.shdrs.get(i);
            Section s = elf.sections().get(i);
            String what = name + " section " + i;
            assertEquals(r, new Readelf.Shdr(s.index(), s.name(), SHT_NAMES.getOrDefault(s.type(), r.type()),
                    s.addr(), s.offset(), s.size(), s.entsize(), sectionFlags(s.flags()), s.link(), s.info(),
                    s.addralign()), what);
            if (s.hasFileData()) {
                assertEquals(s.size(), elf.sectionData(s).length, what);
            }
        }

        int tables = 0;
        for (Section s : elf.sections()) {
            if (s.type() != Elf.SHT_SYMTAB && s.type() != Elf.SHT_DYNSYM) continue;
            tables++;
            List<Readelf.Sym> expected = re.symbols.get(s.name());
            List<ElfSymbol> actual = elf.symbols(s);
            assertEquals(expected.size(), actual.size(), name + " " + s.name() + " entries");
            for (int i = 0; i < actual.size(); i++) {
                Readelf.Sym r = expected.get(i);
                ElfSymbol y = actual.get(i);
                String what = name + " " + s.name() + " symbol " + i + " " + r;
                assertEquals(r.value(), y.value(), what);
                assertEquals(r.size(), y.size(), what);
                assertEquals(r.type(), STT_NAMES.get(y.type()), what);
                assertEquals(r.bind(), y.bind() == Elf.STB_LOCAL ? "LOCAL" : y.bind() == Elf.STB_GLOBAL ? "GLOBAL"
                        : y.bind() == Elf.STB_WEAK ? "WEAK" : "?", what);
                assertEquals(r.vis(), List.of("DEFAULT", "INTERNAL", "HIDDEN", "PROTECTED").get(y.visibility()), what);
                assertEquals(r.ndx(), y.shndx() == Elf.SHN_UNDEF ? "UND" : y.shndx() == Elf.SHN_ABS ? "ABS"
                        : y.shndx() == Elf.SHN_COMMON ? "COM" : Integer.toString(y.shndx()), what);
                // readelf appends symbol versions ("printf@GLIBC_2.2.5 (3)") from .gnu.version.
                String shown = r.name().replaceFirst(" \\(\\d+\\)$", "");
                if (y.type() == Elf.STT_SECTION && y.name().isEmpty()) {
                    // readelf shows a section symbol by its section's name.
                    shown = shown.equals(elf.sections().get(y.shndx()).name()) ? "" : shown;
                }
                assertTrue(shown.equals(y.name()) || shown.startsWith(y.name() + "@"), what + " vs " + y.name());
            }
        }
        assertEquals(re.symbols.size(), tables, "symbol tables");

        // Relocations: offset, r_info and addend of every entry, as readelf -r shows them.
        String rel = GnuTools.run(java.util.List.of("readelf", "-r", "-W", file.toString())).stdout();
        java.util.Map<String, java.util.List<String>> expectedRel = new java.util.LinkedHashMap<>();
        java.util.List<String> current = null;
        for (String line : rel.split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Relocation section '(.*)' at offset").matcher(line);
            if (m.find()) {
                current = new java.util.ArrayList<>();
                expectedRel.put(m.group(1), current);
                continue;
            }
            String[] f = line.trim().split("\\s+");
            if (current != null && f.length >= 3 && f[0].matches("\\p{XDigit}{8,16}") && f[1].matches("\\p{XDigit}{8,16}")) {
                String addend = line.contains(" + ") ? line.substring(line.lastIndexOf(" + ") + 3).strip()
                        : line.contains(" - ") ? "-" + line.substring(line.lastIndexOf(" - ") + 3).strip()
                        : f.length == 4 ? f[3] : "0";
                current.add(Long.parseUnsignedLong(f[0], 16) + "/" + Long.toHexString(Long.parseUnsignedLong(f[1], 16))
                        + "/" + addend);
            }
        }
        for (Section s : elf.sections()) {
            if (s.type() != Elf.SHT_RELA && s.type() != Elf.SHT_REL) continue;
            java.util.List<String> actualRel = new java.util.ArrayList<>();
            for (Relocation r : elf.relocations(s)) {
                long info = h.is64() ? ((long) r.symbol() << 32) | (r.type() & 0xFFFFFFFFL) : ((long) r.symbol() << 8) | r.type();
                String addend = !r.hasAddend() ? "0" : r.addend() < 0 ? "-" + Long.toHexString(-r.addend())
                        : Long.toHexString(r.addend());
                actualRel.add(r.offset() + "/" + Long.toHexString(info) + "/" + addend);
            }
            if (!r_hasAddendAll(elf.relocations(s))) {
                // REL (ELF32): readelf shows no addend column; compare offset and info only.
                actualRel.replaceAll(x -> x.substring(0, x.lastIndexOf('/')));
                expectedRel.get(s.name()).replaceAll(x -> x.substring(0, x.lastIndexOf('/')));
            }
            assertEquals(expectedRel.get(s.name()), actualRel, name + " " + s.name());
        }

        // Symbol versions, as readelf -V shows them for .gnu.version.
        if (elf.dynsym().isPresent()) {
            SymbolVersions v = elf.symbolVersions(elf.dynsym().get());
            String ver = GnuTools.run(java.util.List.of("readelf", "-V", "-W", file.toString())).stdout();
            java.util.List<Integer> expectedVersym = new java.util.ArrayList<>();
            boolean inVersym = false;
            for (String line : ver.split("\n")) {
                if (line.startsWith("Version symbols section")) { inVersym = true; continue; }
                if (line.isBlank()) inVersym = inVersym && expectedVersym.isEmpty();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)h? \\(").matcher(line);
                if (inVersym && line.matches("^\\s+\\p{XDigit}+:.*")) {
                    while (m.find()) expectedVersym.add(Integer.parseInt(m.group(1)));
                }
            }
            java.util.List<Integer> actualVersym = java.util.Arrays.stream(v.versym()).map(x -> x & 0x7fff).boxed().toList();
            assertEquals(expectedVersym, actualVersym, name + " .gnu.version");
            for (SymbolVersions.Need need : v.needs()) {
                assertTrue(ver.contains("Name: " + need.name() + "  Flags: none  Version: " + need.index())
                        || ver.contains("Name: " + need.name() + "  Flags: WEAK  Version: " + need.index()), need.toString());
            }
        }
        assertFalse(elf.symbols().isEmpty() && tables == 0);
    }

    /** Random corruption of a real dynamic PIE (versions, relocations, dynsym): only ElfFormatException. */
    @org.junit.jupiter.api.Test
    void hostileMutationsOfARealPie() throws IOException {
        assumeBuilt();
        byte[] good = Files.readAllBytes(dir.resolve("pie"));
        ElfFile elf = ElfFile.parse(good);
        // The interesting bytes: headers, the dynamic-linking sections, and the section header table.
        long dynEnd = elf.section(".rela.plt").map(x -> x.offset() + x.size()).orElse(0x700L);
        long shoff = elf.header().shoff();
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 5000; i++) {
            byte[] bad = good.clone();
            for (int f = 1 + rnd.nextInt(3); f > 0; f--) {
                int pos = rnd.nextBoolean() ? rnd.nextInt((int) dynEnd) : (int) shoff + rnd.nextInt(bad.length - (int) shoff);
                bad[pos] = (byte) rnd.nextInt(256);
            }
            try {
                ElfFileHostileTest.exercise(bad);
            } catch (ElfFormatException expected) {
                // fine
            } catch (RuntimeException | Error e) {
                throw new AssertionError("mutation " + i + ": " + e, e);
            }
        }
    }

    private static boolean r_hasAddendAll(List<Relocation> rs) {
        return rs.stream().allMatch(Relocation::hasAddend);
    }

    static final Map<Integer, String> PHDR_TYPES = Map.ofEntries(Map.entry(Elf.PT_NULL, "NULL"),
            Map.entry(Elf.PT_LOAD, "LOAD"), Map.entry(Elf.PT_DYNAMIC, "DYNAMIC"), Map.entry(Elf.PT_INTERP, "INTERP"),
            Map.entry(Elf.PT_NOTE, "NOTE"), Map.entry(Elf.PT_PHDR, "PHDR"), Map.entry(Elf.PT_TLS, "TLS"),
            Map.entry(Elf.PT_GNU_EH_FRAME, "GNU_EH_FRAME"), Map.entry(Elf.PT_GNU_STACK, "GNU_STACK"),
            Map.entry(Elf.PT_GNU_RELRO, "GNU_RELRO"), Map.entry(Elf.PT_GNU_PROPERTY, "GNU_PROPERTY"));

    static final Map<Integer, String> SHT_NAMES = Map.ofEntries(Map.entry(Elf.SHT_NULL, "NULL"),
            Map.entry(Elf.SHT_PROGBITS, "PROGBITS"), Map.entry(Elf.SHT_SYMTAB, "SYMTAB"),
            Map.entry(Elf.SHT_STRTAB, "STRTAB"), Map.entry(Elf.SHT_RELA, "RELA"), Map.entry(Elf.SHT_NOTE, "NOTE"),
            Map.entry(Elf.SHT_NOBITS, "NOBITS"), Map.entry(Elf.SHT_DYNSYM, "DYNSYM"),
            Map.entry(Elf.SHT_DYNAMIC, "DYNAMIC"), Map.entry(Elf.SHT_INIT_ARRAY, "INIT_ARRAY"),
            Map.entry(Elf.SHT_FINI_ARRAY, "FINI_ARRAY"));

    static final Map<Integer, String> STT_NAMES = Map.of(Elf.STT_NOTYPE, "NOTYPE", Elf.STT_OBJECT, "OBJECT",
            Elf.STT_FUNC, "FUNC", Elf.STT_SECTION, "SECTION", Elf.STT_FILE, "FILE", Elf.STT_COMMON, "COMMON",
            Elf.STT_TLS, "TLS", Elf.STT_GNU_IFUNC, "IFUNC");

    static String typeName(int type) {
        return switch (type) {
            case Elf.ET_REL -> "REL";
            case Elf.ET_EXEC -> "EXEC";
            case Elf.ET_DYN -> "DYN";
            case Elf.ET_CORE -> "CORE";
            default -> "NONE";
        };
    }

    static String flags(ProgramHeader p) {
        return (p.readable() ? "R" : " ") + (p.writable() ? "W" : " ") + (p.executable() ? "E" : " ");
    }

    /** readelf's flag letters in its order (W A X M S I L O G T C). */
    static String sectionFlags(long f) {
        String letters = "WAXxMSILOGTC";
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < letters.length(); bit++) {
            if (bit == 3) continue;
            if ((f & (1L << bit)) != 0) sb.append(letters.charAt(bit));
        }
        if ((f & 0x200000) != 0) sb.append('R'); // SHF_GNU_RETAIN
        return sb.toString();
    }
}
