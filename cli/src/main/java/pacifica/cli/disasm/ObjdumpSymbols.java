package pacifica.cli.disasm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import pacifica.x86.elf.Elf;
import pacifica.x86.elf.ElfFile;
import pacifica.x86.elf.ElfFormatException;
import pacifica.x86.elf.ElfSymbol;
import pacifica.x86.elf.Relocation;
import pacifica.x86.elf.Section;
import pacifica.x86.elf.SymbolVersions;

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
    record Sym(String name, String version, long value, long size, int sectionIndex, String sectionName,
               long sectionAddr, boolean function, boolean object, boolean local, boolean global, boolean debugging,
               boolean sectionSym, boolean file, boolean undefined, boolean synthetic) {

        /** The name as objdump prints it: with "@VERSION" or "@@VERSION" for versioned dynamic symbols. */
        String display() {
            return version.isEmpty() ? name : name + version;
        }

        /** BFD's section-relative asymbol.value, which objdump compares with an address in one place. */
        long bfdValue() {
            return value - sectionAddr;
        }
    }

    /** A dynamic relocation: its address and symbol (null for none or an absolute symbol). */
    private record DynReloc(long address, Sym symbol) {}

    private final Sym[] sorted;
    private final boolean relocatable;
    private final DynReloc[] dynRelocs;
    private String compareSection = "";
    /** Whether the last {@link #findPlace} found a symbol of equal value in the current section. */
    private boolean inCurrentSection;

    private ObjdumpSymbols(List<Sym> syms, boolean relocatable, List<DynReloc> dynRelocs) {
        this.sorted = syms.toArray(new Sym[0]);
        this.relocatable = relocatable;
        this.dynRelocs = dynRelocs.toArray(new DynReloc[0]);
    }

    /**
     * The useful symbols of .symtab, or of .dynsym when .symtab has none, plus the synthetic
     * {@code name@plt} symbols of a dynamically linked file's PLTs (as objdump -d).
     */
    static ObjdumpSymbols of(ElfFile elf) throws ElfFormatException {
        List<Section> sections = elf.sections();
        List<ElfSymbol> dyn = elf.dynsym().isPresent() ? elf.symbols(elf.dynsym().get()) : List.of();
        SymbolVersions versions = elf.dynsym().isPresent() ? elf.symbolVersions(elf.dynsym().get())
                : SymbolVersions.NONE;
        List<ElfSymbol> raw = List.of();
        boolean fromDynsym = false;
        if (elf.symtab().isPresent()) {
            raw = elf.symbols(elf.symtab().get());
        }
        if (raw.size() <= 1 && !dyn.isEmpty()) {
            raw = dyn;
            fromDynsym = true;
        }
        List<Sym> syms = new ArrayList<>();
        for (ElfSymbol s : raw) {
            if (s.index() == 0) continue; // BFD does not return the null symbol
            if (s.shndx() == Elf.SHN_UNDEF || s.shndx() == Elf.SHN_COMMON) continue;
            Sym sym = bfdSymbol(s, sections, fromDynsym ? version(versions, s) : "");
            if (sym.name().isEmpty()) continue;
            if (sym.debugging() && !(sym.name().startsWith(".plt") || sym.name().startsWith(".got"))) continue;
            syms.add(sym);
        }
        List<DynReloc> dynRelocs = new ArrayList<>();
        if (!dyn.isEmpty()) {
            List<Relocation> relocs = new ArrayList<>();
            List<DynReloc> found = new ArrayList<>();
            for (Section s : sections) {
                if ((s.type() == Elf.SHT_RELA || s.type() == Elf.SHT_REL) && s.link() == elf.dynsym().get().index()) {
                    for (Relocation r : elf.relocations(s)) {
                        relocs.add(r);
                        Sym sym = null;
                        if (r.symbol() > 0 && r.symbol() < dyn.size() && dyn.get(r.symbol()).shndx() != Elf.SHN_ABS) {
                            ElfSymbol d = dyn.get(r.symbol());
                            sym = bfdSymbol(d, sections, version(versions, d));
                        }
                        found.add(new DynReloc(r.offset(), sym));
                    }
                }
            }
            // Sorted by address; relocations at one address keep their file order.
            Integer[] order = new Integer[found.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Long.compareUnsigned(found.get(a).address(), found.get(b).address()));
            List<Relocation> sortedRelocs = new ArrayList<>();
            for (Integer i : order) {
                dynRelocs.add(found.get(i));
                sortedRelocs.add(relocs.get(i));
            }
            if (elf.machine() == Elf.EM_X86_64) {
                syms.addAll(PltSymbols.synthesize(elf, sortedRelocs, dyn));
            }
        }
        return new ObjdumpSymbols(syms, elf.type() == Elf.ET_REL, dynRelocs);
    }

    /** BFD's asymbol for an ELF symbol (elf_slurp_symbol_table's flags). */
    static Sym bfdSymbol(ElfSymbol s, List<Section> sections, String version) {
        int shndx = s.shndx();
        boolean real = shndx > 0 && shndx < sections.size() && shndx < Elf.SHN_LORESERVE;
        String secName = real ? sections.get(shndx).name() : shndx == Elf.SHN_UNDEF ? "*UND*" : "*ABS*";
        long secAddr = real ? sections.get(shndx).addr() : 0;
        boolean sectionSym = s.type() == Elf.STT_SECTION;
        boolean file = s.type() == Elf.STT_FILE;
        // BFD names a section symbol after its section.
        String name = sectionSym && s.name().isEmpty() ? secName : s.name();
        boolean undefined = shndx == Elf.SHN_UNDEF;
        return new Sym(name, version, s.value(), s.size(), real ? shndx : -1, secName, secAddr,
                s.type() == Elf.STT_FUNC,
                s.type() == Elf.STT_OBJECT || s.type() == Elf.STT_COMMON,
                s.bind() == Elf.STB_LOCAL,
                s.bind() == Elf.STB_GLOBAL && !undefined && shndx != Elf.SHN_COMMON,
                sectionSym || file, sectionSym, file, undefined, false);
    }

    /** objdump_print_symname's version suffix (bfd _bfd_elf_get_symbol_version_string, base_p true). */
    static String version(SymbolVersions v, ElfSymbol s) {
        if (v.versym().length == 0 || s.index() >= v.versym().length
                || (v.definitions().isEmpty() && v.needs().isEmpty())) {
            return "";
        }
        int raw = v.versym()[s.index()];
        boolean hidden = (raw & SymbolVersions.HIDDEN) != 0;
        int vernum = raw & 0x7fff;
        int cverdefs = 0;
        for (SymbolVersions.Definition d : v.definitions()) cverdefs = Math.max(cverdefs, d.index() & 0x7fff);
        String version;
        if (vernum == 0) {
            version = "";
        } else if (vernum == 1 && (vernum > cverdefs || definition(v, 1) != null
                && (definition(v, 1).flags() & SymbolVersions.VER_FLG_BASE) != 0)) {
            version = "Base";
        } else if (vernum <= cverdefs) {
            SymbolVersions.Definition d = definition(v, vernum);
            version = d == null || d.name() == null ? "" : d.name();
        } else {
            version = "<corrupt>";
            for (SymbolVersions.Need n : v.needs()) {
                if (n.index() == vernum) {
                    hidden = true;
                    version = n.name();
                    break;
                }
            }
        }
        if (s.shndx() == Elf.SHN_UNDEF) hidden = true;
        return version.isEmpty() ? "" : (hidden ? "@" : "@@") + version;
    }

    private static SymbolVersions.Definition definition(SymbolVersions v, int index) {
        for (SymbolVersions.Definition d : v.definitions()) {
            if ((d.index() & 0x7fff) == index) return d;
        }
        return null;
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
    int findPlace(long vma, Section sec, boolean requireSection) {
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
            if (symOk(true, min, sec)) {
                // objdump returns here, before its dynamic-relocation lookup.
                inCurrentSection = true;
                return min;
            }
            min++;
        }
        inCurrentSection = false;
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

    /**
     * The symbol objdump names {@code vma} by in an operand or comment: the nearest symbol, except
     * that in a dynamically linked file an address with a dynamic relocation is named by the
     * relocation's symbol (so a GOT slot reads {@code <printf@GLIBC_2.2.5>}).
     */
    Sym findSymbol(long vma, Section sec) {
        int place = findPlace(vma, sec, false);
        if (place < 0) return null;
        Sym found = sorted[place];
        if (inCurrentSection) return found;
        int n = dynRelocs.length;
        // objdump compares BFD's section-relative value with the address here; kept as it is.
        if (n > 0 && found.bfdValue() != vma && !found.synthetic()
                && Long.compareUnsigned(dynRelocs[0].address(), vma) <= 0
                && Long.compareUnsigned(dynRelocs[n - 1].address(), vma) >= 0) {
            int lo = 0, hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Long.compareUnsigned(dynRelocs[mid].address(), vma) < 0) lo = mid + 1; else hi = mid;
            }
            for (int i = lo; i < n && dynRelocs[i].address() == vma; i++) {
                if (dynRelocs[i].symbol() != null) return dynRelocs[i].symbol();
            }
        }
        return found;
    }

    /** The label or annotation for the symbol at {@code place} ({@code -1}: none). */
    String describe(int place, long vma, Section sec) {
        return describe(place < 0 ? null : sorted[place], vma, sec);
    }

    /** objdump_print_addr_with_sym without the address: {@code <sym+0x10>} or {@code <.text+0x10>}. */
    String describe(Sym sym, long vma, Section sec) {
        StringBuilder sb = new StringBuilder("<");
        long base;
        if (sym == null) {
            sb.append(sec.name());
            base = sec.addr();
        } else {
            sb.append(sym.display());
            base = sym.value();
            if (sym.undefined()) return sb.append('>').toString();
        }
        if (Long.compareUnsigned(vma, base) < 0) {
            sb.append("-0x").append(Long.toHexString(base - vma));
        } else if (vma != base) {
            sb.append("+0x").append(Long.toHexString(vma - base));
        }
        return sb.append('>').toString();
    }
}
