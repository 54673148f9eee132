package pacifica.cli.disasm;

import java.util.ArrayList;
import java.util.List;

import pacifica.x86.elf.Elf;
import pacifica.x86.elf.ElfFile;
import pacifica.x86.elf.ElfFormatException;
import pacifica.x86.elf.ElfSymbol;
import pacifica.x86.elf.Relocation;
import pacifica.x86.elf.Section;

/**
 * objdump's synthetic {@code name@plt} symbols for x86-64 (BFD's get_synthetic_symtab): every
 * PLT entry whose {@code jmp *disp(%rip)} goes through a GOT slot that a JUMP_SLOT, GLOB_DAT or
 * IRELATIVE dynamic relocation fills is named after that relocation's symbol
 * ({@code *ABS*+0xADDEND@plt} when it has none).
 */
final class PltSymbols {
    private PltSymbols() {}

    static final List<String> PLT_SECTIONS = List.of(".plt", ".plt.sec", ".plt.bnd", ".plt.got");

    /**
     * @param relocs the dynamic relocations sorted by address
     * @param dyn    the dynamic symbol table
     */
    static List<ObjdumpSymbols.Sym> synthesize(ElfFile elf, List<Relocation> relocs, List<ElfSymbol> dyn)
            throws ElfFormatException {
        List<ObjdumpSymbols.Sym> out = new ArrayList<>();
        if (relocs.isEmpty()) return out;
        for (Section plt : elf.sections()) {
            if (!PLT_SECTIONS.contains(plt.name()) || !plt.hasFileData()) continue;
            byte[] data = elf.sectionData(plt);
            int entry = plt.entsize() > 0 && plt.entsize() <= 32 ? (int) plt.entsize() : 16;
            for (int off = 0; off + entry <= data.length; off += entry) {
                long got = gotSlot(data, off, entry, plt.addr());
                if (got == -1) continue;
                Relocation r = find(relocs, got);
                if (r == null || !(r.type() == Relocation.R_X86_64_JUMP_SLOT || r.type() == Relocation.R_X86_64_GLOB_DAT
                        || r.type() == Relocation.R_X86_64_IRELATIVE)) {
                    continue;
                }
                ElfSymbol d = r.symbol() > 0 && r.symbol() < dyn.size() ? dyn.get(r.symbol()) : null;
                String name = d == null ? "*ABS*" : d.name();
                if (r.addend() != 0) name += "+0x" + Long.toHexString(r.addend());
                name += "@plt";
                boolean local = d != null && d.bind() == Elf.STB_LOCAL;
                out.add(new ObjdumpSymbols.Sym(name, "", plt.addr() + off, 0, plt.index(), plt.name(), plt.addr(),
                        d != null && d.type() == Elf.STT_FUNC,
                        d != null && (d.type() == Elf.STT_OBJECT || d.type() == Elf.STT_COMMON),
                        local, !local, false, false, false, false, true));
            }
        }
        return out;
    }

    /**
     * The GOT slot an entry jumps through: the first {@code ff 25 disp32} (jmp *disp(%rip)) at the
     * places the PLT layouts put it (after an optional endbr64 and bnd prefix), or -1.
     */
    static long gotSlot(byte[] d, int off, int entry, long base) {
        for (int at : new int[] {0, 1, 4, 5}) {
            int p = off + at;
            if (p + 6 > off + entry) break;
            if ((d[p] & 0xFF) == 0xff && (d[p + 1] & 0xFF) == 0x25) {
                if (at == 1 && (d[off] & 0xFF) != 0xf2) continue;
                if (at >= 4 && !((d[off] & 0xFF) == 0xf3 && (d[off + 1] & 0xFF) == 0x0f && (d[off + 2] & 0xFF) == 0x1e
                        && (d[off + 3] & 0xFF) == 0xfa)) continue;
                if (at == 5 && (d[off + 4] & 0xFF) != 0xf2) continue;
                int disp = (d[p + 2] & 0xFF) | (d[p + 3] & 0xFF) << 8 | (d[p + 4] & 0xFF) << 16 | d[p + 5] << 24;
                return base + p + 6 + disp;
            }
        }
        return -1;
    }

    private static Relocation find(List<Relocation> relocs, long address) {
        int lo = 0, hi = relocs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compareUnsigned(relocs.get(mid).offset(), address);
            if (c == 0) return relocs.get(mid);
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }
}
