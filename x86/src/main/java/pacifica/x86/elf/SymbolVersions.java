package pacifica.x86.elf;

import java.util.List;

/**
 * GNU symbol versioning of a dynamic symbol table: .gnu.version (one half-word per .dynsym
 * entry), .gnu.version_d (versions this object defines) and .gnu.version_r (versions it needs).
 *
 * @param versym      the raw .gnu.version entries; bit 15 is the "hidden" bit
 * @param definitions version definitions in file order
 * @param needs       needed versions (one per vernaux entry) in file order
 */
public record SymbolVersions(int[] versym, List<Definition> definitions, List<Need> needs) {
    public static final int HIDDEN = 0x8000;
    /** vd_flags bit marking the version definition of the object itself. */
    public static final int VER_FLG_BASE = 1;

    /** A .gnu.version_d entry: its index (vd_ndx), flags and the name of its first aux entry. */
    public record Definition(int index, int flags, String name) {}

    /** A .gnu.version_r aux entry: the library file, the version index it gets (vna_other), its name. */
    public record Need(String file, int index, int flags, String name) {}

    public static final SymbolVersions NONE = new SymbolVersions(new int[0], List.of(), List.of());
}
