package pacifica.cli.disasm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import pacifica.x86.elf.Elf;
import pacifica.x86.elf.ElfFile;
import pacifica.x86.elf.ElfFormatException;
import pacifica.x86.elf.ElfSymbol;
import pacifica.x86.elf.Section;

/**
 * The symbols objdump uses to label and annotate a disassembly, chosen and ordered by objdump's
 * rules (binutils objdump.c: remove_useless_symbols, compare_symbols, find_symbol_for_address),
 * so that labels such as {@code <main>} and annotations such as {@code <main+0x10>} name the
 * same symbol objdump names when several share an address.
 *
 * <p>Usage: {@link #sortFor(Section)} before disassembling a section (objdump re-sorts per
 * section, preferring that section's symbols), then {@link #find} and {@link #describe}.
 */
final class ObjdumpSymbols {
    /** BFD's view of an ELF symbol: the flags objdump's ordering looks at. */
    record Sym(String name, long value, long size, int sectionIndex, String sectionName, boolean function,
               boolean object, boolean local, boolean global, boolean debugging, boolean sectionSym, boolean file) {}

    private final Sym[] sorted;
    private final boolean relocatable;
    private String compareSection = "";

    private ObjdumpSymbols(List<Sym> syms, boolean relocatable) {
        this.sorted = syms.toArray(new Sym[0]);
        this.relocatable = relocatable;
    }

    /** The useful symbols of .symtab, or of .dynsym when .symtab has none (as objdump -d). */
    static ObjdumpSymbols of(ElfFile elf) throws ElfFormatException {
        List<ElfSymbol> raw = List.of();
        if (elf.symtab().isPresent()) {
            raw = elf.symbols(elf.symtab().get());
        }
        if (raw.size() <= 1 && elf.dynsym().isPresent()) {
            raw = elf.symbols(elf.dynsym().get());
        }
        List<Section> sections = elf.sections();
        List<Sym> syms = new ArrayList<>();
        for (ElfSymbol s : raw) {
            if (s.index() == 0) continue; // BFD does not return the null symbol
            int shndx = s.shndx();
            if (shndx == Elf.SHN_UNDEF || shndx == Elf.SHN_COMMON) continue;
            boolean real = shndx < sections.size() && shndx < Elf.SHN_LORESERVE;
            String secName = real ? sections.get(shndx).name() : "*ABS*";
            int secIndex = real ? shndx : -1;
            boolean sectionSym = s.type() == Elf.STT_SECTION;
            boolean file = s.type() == Elf.STT_FILE;
            // BFD names a section symbol after its section.
            String name = sectionSym && s.name().isEmpty() ? secName : s.name();
            boolean debugging = sectionSym || file;
            if (name.isEmpty()) continue;
            if (debugging && !(name.startsWith(".plt") || name.startsWith(".got"))) continue;
            syms.add(new Sym(name, s.value(), s.size(), secIndex, secName,
                    s.type() == Elf.STT_FUNC,
                    s.type() == Elf.STT_OBJECT || s.type() == Elf.STT_COMMON,
                    s.bind() == Elf.STB_LOCAL,
                    s.bind() == Elf.STB_GLOBAL,
                    debugging, sectionSym, file));
        }
        return new ObjdumpSymbols(syms, elf.type() == Elf.ET_REL);
    }

    boolean isEmpty() {
        return sorted.length == 0;
    }

    int size() {
        return sorted.length;
    }

    Sym get(int i) {
        return sorted[i];
    }

    /** Re-sorts for disassembling {@code section}: objdump prefers that section's symbols on ties. */
    void sortFor(Section section) {
        compareSection = section.name();
        Arrays.sort(sorted, this::compare);
    }

    private int compare(Sym a, Sym b) {
        int c = Long.compareUnsigned(a.value(), b.value());
        if (c != 0) return c;
        boolean as = compareSection.equals(a.sectionName()), bs = compareSection.equals(b.sectionName());
        if (as != bs) return as ? -1 : 1;
        String an = a.name(), bn = b.name();
        boolean af = an.contains("gnu_compiled") || an.contains("gcc2_compiled");
        boolean bf = bn.contains("gnu_compiled") || bn.contains("gcc2_compiled");
        if (af != bf) return af ? 1 : -1;
        af = fileSymbol(a);
        bf = fileSymbol(b);
        if (af != bf) return af ? 1 : -1;
        if (a.debugging() != b.debugging()) return a.debugging() ? 1 : -1;
        if (a.sectionSym() != b.sectionSym()) return a.sectionSym() ? 1 : -1;
        if (a.function() != b.function()) return a.function() ? -1 : 1;
        if (a.object() != b.object()) return a.object() ? -1 : 1;
        if (a.local() != b.local()) return a.local() ? 1 : -1;
        if (a.global() != b.global()) return a.global() ? -1 : 1;
        long asz = a.sectionSym() ? 0 : a.size(), bsz = b.sectionSym() ? 0 : b.size();
        if (asz != bsz) return Long.compareUnsigned(asz, bsz) > 0 ? -1 : 1;
        boolean ad = an.startsWith("."), bd = bn.startsWith(".");
        if (ad != bd) return ad ? 1 : -1;
        return compareBytes(an, bn);
    }

    private static boolean fileSymbol(Sym s) {
        String n = s.name();
        int l = n.length();
        return s.file() || (l > 2 && n.charAt(l - 2) == '.' && (n.charAt(l - 1) == 'o' || n.charAt(l - 1) == 'a'));
    }

    /** strcmp order (unsigned bytes); names are ISO-8859-1 decoded, so chars are the bytes. */
    private static int compareBytes(String a, String b) {
        return a.compareTo(b);
    }

    private boolean symOk(boolean wantSection, int place, Section sec) {
        if (wantSection) {
            Sym s = sorted[place];
            return s.sectionIndex() == sec.index() && s.sectionName().equals(sec.name());
        }
        return true;
    }

    /**
     * objdump's find_symbol_for_address: the symbol to name {@code vma} by while disassembling
     * {@code sec}, or -1 for none; the result is an index for {@link #get}.
     */
    int find(long vma, Section sec, boolean requireSection) {
        int n = sorted.length;
        if (n < 1) return -1;
        int min = 0, max = n;
        while (min + 1 < max) {
            int mid = (max + min) >>> 1;
            int c = Long.compareUnsigned(sorted[mid].value(), vma);
            if (c > 0) {
                max = mid;
            } else if (c < 0) {
                min = mid;
            } else {
                min = mid;
                break;
            }
        }
        int place = min;
        while (place > 0 && sorted[place].value() == sorted[place - 1].value()) place--;
        // Among symbols of equal value prefer one in the current section.
        min = place;
        while (min < max && sorted[min].value() == sorted[place].value()) {
            if (symOk(true, min, sec)) return min;
            min++;
        }
        boolean want = requireSection || (relocatable && Long.compareUnsigned(vma, sec.addr()) >= 0
                && Long.compareUnsigned(vma, sec.addr() + sec.size()) < 0);
        if (!symOk(want, place, sec)) {
            int newPlace = n;
            for (int i = min - 1; i >= 0; i--) {
                if (symOk(want, i, sec)) {
                    if (newPlace == n) newPlace = i;
                    if (sorted[i].value() != sorted[newPlace].value()) break;
                    newPlace = i;
                }
            }
            if (newPlace != n) {
                place = newPlace;
            } else {
                for (int i = place + 1; i < n; i++) {
                    if (symOk(want, i, sec)) {
                        place = i;
                        break;
                    }
                }
            }
            if (!symOk(want, place, sec)) return -1;
        }
        return place;
    }

    /** objdump_print_addr_with_sym without the address: {@code <sym+0x10>} or {@code <.text+0x10>}. */
    String describe(int place, long vma, Section sec) {
        StringBuilder sb = new StringBuilder("<");
        long base;
        if (place < 0) {
            sb.append(sec.name());
            base = sec.addr();
        } else {
            sb.append(sorted[place].name());
            base = sorted[place].value();
        }
        if (Long.compareUnsigned(vma, base) < 0) {
            sb.append("-0x").append(Long.toHexString(base - vma));
        } else if (vma != base) {
            sb.append("+0x").append(Long.toHexString(vma - base));
        }
        return sb.append('>').toString();
    }
}
