package pacifica.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import pacifica.cli.disasm.ObjdumpListing;
import pacifica.x86.elf.Elf;
import pacifica.x86.elf.ElfFile;
import pacifica.x86.elf.ElfFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pacifica disasm}: disassembles a raw file (like {@code objdump -D -b binary -m
 * i386:x86-64 --adjust-vma=BASE -z}) or the code sections of an x86 ELF file (like
 * {@code objdump -d}), with output laid out byte for byte as objdump lays it out.
 */
@Command(name = "disasm", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {
            "Disassemble x86 machine code, printing what GNU objdump prints.",
            "A raw file is shown as 'objdump -D -b binary -m i386:x86-64 -z --adjust-vma=BASE FILE' shows it",
            "(-m i386 for --bits 32, i8086 for --bits 16); an ELF file's code sections as 'objdump -d FILE'."
        })
public final class DisasmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--syntax", paramLabel = "att|intel", description = "Assembler syntax (default: ${DEFAULT-VALUE}).",
            defaultValue = "att", converter = SyntaxConverter.class)
    ObjdumpListing.Syntax syntax;

    @Option(names = "--bits", paramLabel = "16|32|64",
            description = "Processor mode; default 64 for raw files, the ELF class for ELF files.")
    Integer bits;

    @Option(names = "--base", paramLabel = "ADDR", description = "Address of the first byte of a raw file (default 0).",
            converter = AddressConverter.class)
    Long base;

    @Option(names = "--raw", description = "Treat the file as raw code even if it is an ELF file.")
    boolean raw;

    @Option(names = {"-z", "--disassemble-zeroes"},
            description = "ELF files: print runs of zero bytes instead of '...' (raw files always do).")
    boolean zeroes;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to disassemble.")
    String file;

    @Override
    public Integer call() throws IOException {
        if (bits != null && bits != 16 && bits != 32 && bits != 64) {
            throw new Main.UserException("--bits must be 16, 32 or 64, not " + bits, Main.EXIT_USAGE);
        }
        byte[] data = Files.readAllBytes(Path.of(file));
        if (data.length == 0) {
            // objdump prints nothing and fails for an empty file; say why.
            throw new Main.UserException(file + ": empty file");
        }
        Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        boolean elf = !raw && ElfFile.hasElfMagic(data);
        if (!elf) {
            new ObjdumpListing(out, syntax, true).raw(file, data, bits == null ? 64 : bits, base == null ? 0 : base);
        } else {
            if (base != null) {
                throw new Main.UserException("--base applies to raw files; " + file + " is an ELF file (use --raw)");
            }
            ElfFile parsed;
            try {
                parsed = ElfFile.parse(data);
            } catch (ElfFormatException e) {
                throw new Main.UserException(file + ": " + e.getMessage());
            }
            if (parsed.machine() != Elf.EM_X86_64 && parsed.machine() != Elf.EM_386) {
                throw new Main.UserException(file + ": not an x86 ELF file (e_machine " + parsed.machine() + ")");
            }
            try {
                new ObjdumpListing(out, syntax, zeroes).elf(file, parsed, bits == null ? 0 : bits);
            } catch (ElfFormatException e) {
                throw new Main.UserException(file + ": " + e.getMessage());
            }
        }
        out.flush();
        return 0;
    }

    static final class SyntaxConverter implements picocli.CommandLine.ITypeConverter<ObjdumpListing.Syntax> {
        @Override
        public ObjdumpListing.Syntax convert(String value) {
            return switch (value) {
                case "att" -> ObjdumpListing.Syntax.ATT;
                case "intel" -> ObjdumpListing.Syntax.INTEL;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected att or intel, not '" + value + "'");
            };
        }
    }

    /** Hexadecimal with 0x (as objdump's --adjust-vma takes it) or decimal. */
    static final class AddressConverter implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                String v = value.strip();
                if (v.startsWith("0x") || v.startsWith("0X")) {
                    return Long.parseUnsignedLong(v.substring(2), 16);
                }
                return Long.parseUnsignedLong(v);
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException("not an address: '" + value + "'");
            }
        }
    }
}
