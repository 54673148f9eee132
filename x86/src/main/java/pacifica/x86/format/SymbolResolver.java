package pacifica.x86.format;

/**
 * Names addresses for the formatters, as objdump does with an ELF symbol table:
 * {@code symbolize(0x401126)} might return {@code "<main+0x16>"}. Return null for no symbol.
 */
@FunctionalInterface
public interface SymbolResolver {
    SymbolResolver NONE = address -> null;

    String symbolize(long address);
}
