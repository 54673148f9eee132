package pacifica.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import pacifica.x86.asm.AsmError;
import pacifica.x86.asm.AsmException;
import pacifica.x86.asm.AsmResult;
import pacifica.x86.asm.TextAssembler;

/** {@code pacifica asm FILE.s -o OUT [--format bin|elf] [--base ADDR] [--bits 16|32|64]}: GNU as (AT&T) source to a flat binary or static ELF. */
@Command(name = "asm", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, description = "Assemble GNU as (AT&T syntax) source into a flat binary or a static x86-64 ELF executable.")
final class AsmCommand implements Callable<Integer> {
    enum Format { bin, elf }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.s", description = "assembly source")
    Path source;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "output file")
    Path output;

    @Option(names = "--format", defaultValue = "bin", paramLabel = "bin|elf",
            description = "output format: bin (flat image of all sections) or elf (static ELF64 executable); default ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--base", paramLabel = "ADDR",
            description = "address of the first byte of .text (default 0 for bin, 0x401000 for elf)")
    String base;

    @Option(names = "--bits", defaultValue = "64", paramLabel = "16|32|64", description = "initial code size (.code16/32/64 switch it); default ${DEFAULT-VALUE}")
    int bits;

    @Override
    public Integer call() throws IOException {
        if (bits != 16 && bits != 32 && bits != 64) throw new Main.UserException("--bits must be 16, 32 or 64");
        long start = base == null ? (format == Format.elf ? 0x401000L : 0) : parseAddress(base);
        String text = Files.readString(source, StandardCharsets.UTF_8);
        AsmResult result;
        try {
            result = TextAssembler.assemble(source.toString(), text, bits, start,
                    format == Format.elf ? TextAssembler.Layout.ELF : TextAssembler.Layout.FLAT);
        } catch (AsmException e) {
            var err = spec.commandLine().getErr();
            for (AsmError error : e.errors()) err.println(error);
            err.flush();
            return 1;
        }
        if (format == Format.elf) {
            try {
                result.toElf().write(output); // also marks it executable
            } catch (IllegalArgumentException e) {
                // A layout an executable cannot have (e.g. code and data sharing a page via --base).
                throw new Main.UserException("cannot write an ELF executable: " + e.getMessage());
            }
        } else {
            Files.write(output, result.flat());
        }
        return 0;
    }

    private static long parseAddress(String s) {
        try {
            String t = s.strip().toLowerCase(java.util.Locale.ROOT);
            return t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new Main.UserException("bad --base address '" + s + "'");
        }
    }
}
