package pacifica.x86.asm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import pacifica.x86.gnu.GnuTools;

/**
 * Assembles a whole program with GNU as and links it with GNU ld at the section addresses our
 * assembler chose, so the two can be compared section by section (including cross-section
 * references, which GNU resolves at link time).
 */
final class GnuProgram {
    private GnuProgram() {}

    static void assumeTools() {
        GnuTools.assumeTool("as");
        GnuTools.assumeTool("ld");
        GnuTools.assumeTool("objcopy");
    }

    /** Section name to contents, for the sections of {@code ours} (same addresses). */
    static Map<String, byte[]> build(String source, int bits, AsmResult ours) throws IOException {
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path d = dir.path();
            Files.writeString(d.resolve("in.s"), (bits == 64 ? "" : bits == 32 ? ".code32\n" : ".code16\n") + source);
            GnuTools.run(List.of("as", bits == 64 ? "--64" : "--32", "-o", d.resolve("in.o").toString(),
                    d.resolve("in.s").toString()));
            List<String> ld = new java.util.ArrayList<>(List.of("ld", "-static", "-nostdlib", "--no-relax",
                    "-m", bits == 64 ? "elf_x86_64" : "elf_i386", "-e", "0", "-o", d.resolve("out").toString()));
            for (AsmResult.OutSection s : ours.sections()) {
                if (s.name().equals(".text") || s.name().equals(".data") || s.name().equals(".bss")) {
                    ld.add("-T" + s.name().substring(1) + "=0x" + Long.toHexString(s.address()));
                }
            }
            ld.add(d.resolve("in.o").toString());
            GnuTools.run(ld);
            Map<String, byte[]> out = new HashMap<>();
            for (AsmResult.OutSection s : ours.sections()) {
                if (s.nobits()) continue;
                Path bin = d.resolve(s.name().substring(1) + ".bin");
                GnuTools.run(List.of("objcopy", "-O", "binary", "--only-section=" + s.name(),
                        d.resolve("out").toString(), bin.toString()));
                out.put(s.name(), Files.readAllBytes(bin));
            }
            return out;
        }
    }
}
