package pacifica.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import pacifica.x86.elf.Elf;
import pacifica.x86.elf.ElfWriter;
import pacifica.x86.gnu.GnuTools;

/** {@code pacifica disasm} against objdump: layout exact, instruction text measured. */
class DisasmCommandTest {

    record Result(int code, String out, String err) {}

    static Result disasm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] argv = new String[args.length + 1];
        argv[0] = "disasm";
        System.arraycopy(args, 0, argv, 1, args.length);
        int code = cl.execute(argv);
        return new Result(code, out.toString(), err.toString());
    }

    static String objdump(List<String> argv, Path dir) throws IOException {
        return GnuTools.run(argv).stdout();
    }

    /** Layout that does not depend on any decoding: headers, wrapping, .byte at the end of the data. */
    @Test
    void rawLayoutOfSimpleInstructions() throws IOException {
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path f = dir.resolve("a.bin");
            // call .+5 ; 10-byte movabs (wraps after 7 bytes) ; jmp . ; nop ; truncated add
            Files.write(f, new byte[] {(byte) 0xe8, 0, 0, 0, 0, 0x48, (byte) 0xb8, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66,
                    0x77, (byte) 0x88, (byte) 0xeb, (byte) 0xfe, (byte) 0x90, 0x00});
            Result r = disasm("--base", "0x401000", f.toString());
            assertEquals(0, r.code(), r.err());
            List<String> lines = r.out().lines().toList();
            assertEquals("", lines.get(0));
            assertEquals(f + ":     file format binary", lines.get(1));
            assertEquals(List.of("", "", "Disassembly of section .data:", "", "0000000000401000 <.data>:"),
                    lines.subList(2, 7));
            assertTrue(lines.get(7).startsWith("  401000:\te8 00 00 00 00       \tcall   "), lines.get(7));
            assertTrue(lines.get(8).startsWith("  401005:\t48 b8 11 22 33 44 55 \t"), lines.get(8));
            assertEquals("  40100c:\t66 77 88 ", lines.get(9));
            assertTrue(lines.get(10).startsWith("  40100f:\teb fe                \tjmp    "), lines.get(10));
            assertEquals("  401011:\t90                   \tnop", lines.get(11));
            assertEquals("  401012:\t00                   \t.byte 0x0", lines.get(12));
            assertEquals(13, lines.size());
        }
    }

    @Test
    void rawMatchesObjdumpOnLsText() throws IOException {
        GnuTools.assumeTool("objdump");
        GnuTools.assumeTool("objcopy");
        Path ls = Path.of("/bin/ls");
        assumeTrue(Files.isRegularFile(ls), "skipped: /bin/ls not present");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path text = dir.resolve("ls.text");
            GnuTools.run(List.of("objcopy", "-O", "binary", "--only-section=.text", ls.toString(), text.toString()));
            byte[] code = Files.readAllBytes(text);
            Path f = dir.resolve("ls64k.bin");
            Files.write(f, Arrays.copyOf(code, Math.min(code.length, 64 * 1024)));
            String expected = objdump(List.of("objdump", "-D", "-b", "binary", "-m", "i386:x86-64",
                    "--adjust-vma=0x4000", "-z", f.toString()), dir.path());
            Result r = disasm("--base", "0x4000", f.toString());
            assertEquals(0, r.code(), r.err());
            check("raw /bin/ls .text (64 KiB)", expected, r.out());
        }
    }

    @Test
    void elfMatchesObjdumpOnStaticGccBinary() throws IOException {
        GnuTools.assumeTool("objdump");
        GnuTools.assumeTool("gcc");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path c = dir.resolve("p.c");
            Files.writeString(c, """
                    #include <stdio.h>
                    #include <string.h>
                    static int table[64];
                    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
                    int main(int argc, char **argv) {
                        for (int i = 0; i < 64; i++) table[i] = fib(i % 20) * argc;
                        printf("%d %zu\\n", table[argc], strlen(argv[0]));
                        return 0;
                    }
                    """);
            Path exe = dir.resolve("p");
            GnuTools.ProcessResult cc = GnuTools.run(List.of("gcc", "-O2", "-static", "-o", exe.toString(), c.toString()),
                    null, GnuTools.DEFAULT_TIMEOUT, false);
            assumeTrue(cc.ok(), "skipped: gcc -static failed (no static libc?): " + cc.stderr());
            String expected = objdump(List.of("objdump", "-d", exe.toString()), dir.path());
            Result r = disasm(exe.toString());
            assertEquals(0, r.code(), r.err());
            check("ELF gcc -O2 -static", expected, r.out());
        }
    }

    /** Dynamically linked PIE, with and without .symtab: synthetic @plt symbols, versioned GOT names. */
    @Test
    void elfMatchesObjdumpOnDynamicPie() throws IOException {
        GnuTools.assumeTool("objdump");
        GnuTools.assumeTool("gcc");
        GnuTools.assumeTool("strip");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path c = dir.resolve("d.c");
            Files.writeString(c, """
                    #include <stdio.h>
                    #include <stdlib.h>
                    int counter = 3;
                    int main(int argc, char **argv) {
                        char *p = malloc(argc * 16);
                        for (int i = 0; i < argc; i++) counter += atoi(argv[i]);
                        printf("%d %p\\n", counter, (void *) p);
                        free(p);
                        return 0;
                    }
                    """);
            Path exe = dir.resolve("d");
            GnuTools.run(List.of("gcc", "-O2", "-o", exe.toString(), c.toString()));
            Path stripped = dir.resolve("d.stripped");
            Files.copy(exe, stripped);
            GnuTools.run(List.of("strip", stripped.toString()));
            for (Path f : List.of(exe, stripped)) {
                String expected = objdump(List.of("objdump", "-d", f.toString()), dir.path());
                assertTrue(expected.contains("@plt>"), expected);
                Result r = disasm(f.toString());
                assertEquals(0, r.code(), r.err());
                check("ELF gcc -O2 dynamic PIE " + f.getFileName(), expected, r.out());
            }
        }
    }

    /** An ELF written by ElfWriter: tiny, decodes fully, so the whole output must be identical. */
    @Test
    void elfFromWriterIsIdentical() throws IOException {
        GnuTools.assumeTool("objdump");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            byte[] code = {(byte) 0xb8, 60, 0, 0, 0, (byte) 0xbf, 42, 0, 0, 0, 0x0f, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, (byte) 0xe8, (byte) 0xd7, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xc3, 0, 0};
            Path f = dir.resolve("w");
            new ElfWriter().entry(0x401000)
                    .segment(".text", 0x401000, Elf.PF_R | Elf.PF_X, code)
                    .symbol("_start", 0x401000, 12, ".text")
                    .symbol("helper", 0x401018, 6, ".text")
                    .write(f);
            String expected = objdump(List.of("objdump", "-d", f.toString()), dir.path());
            Result r = disasm(f.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals(expected, r.out());
        }
    }

    /** ELF32 (as --32, ld -m elf_i386) with an object symbol in .text: objdump dumps it as data. */
    @Test
    void elf32WithDataInTextIsIdentical() throws IOException {
        GnuTools.assumeTool("objdump");
        GnuTools.assumeTool("as");
        GnuTools.assumeTool("ld");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path s = dir.resolve("obj.s");
            Files.writeString(s, """
                    .globl _start
                    .text
                    _start: movl $1, %eax
                            movl $42, %ebx
                            int $0x80
                            .type table, @object
                    table:  .ascii "Hello, world! 0123456789abcdef\\x01\\x02"
                            .size table, 32
                            .type after, @function
                    after:  ret
                            .long 0
                            nop
                    """);
            Path o = dir.resolve("obj.o");
            Path exe = dir.resolve("obj32");
            GnuTools.run(List.of("as", "--32", "-o", o.toString(), s.toString()));
            GnuTools.ProcessResult ld = GnuTools.run(List.of("ld", "-m", "elf_i386", "-o", exe.toString(), o.toString()),
                    null, GnuTools.DEFAULT_TIMEOUT, false);
            assumeTrue(ld.ok(), "skipped: ld -m elf_i386 unavailable: " + ld.stderr());
            String expected = objdump(List.of("objdump", "-d", exe.toString()), dir.path());
            assertTrue(expected.contains("Hello, world! 01"), expected);
            Result r = disasm(exe.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals(expected, r.out());
        }
    }

    /** Corrupted ELF files: a one-line user error or a listing, never an internal error. */
    @Test
    void hostileElfFilesNeverCrash() throws IOException {
        GnuTools.assumeTool("gcc");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path c = dir.resolve("h.c");
            Files.writeString(c, "#include <stdio.h>\nint main(void) { puts(\"hi\"); return 0; }\n");
            Path exe = dir.resolve("h");
            GnuTools.run(List.of("gcc", "-O2", "-o", exe.toString(), c.toString()));
            byte[] good = Files.readAllBytes(exe);
            pacifica.x86.elf.ElfFile elf = pacifica.x86.elf.ElfFile.parse(good);
            int shoff = (int) elf.header().shoff();
            int dynEnd = (int) elf.section(".text").orElseThrow().offset();
            java.util.Random rnd = new java.util.Random(11);
            Path f = dir.resolve("bad");
            for (int i = 0; i < 150; i++) {
                byte[] bad = good.clone();
                for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                    int pos = switch (rnd.nextInt(3)) {
                        case 0 -> rnd.nextInt(dynEnd);
                        case 1 -> shoff + rnd.nextInt(bad.length - shoff);
                        default -> rnd.nextInt(bad.length);
                    };
                    bad[pos] = (byte) rnd.nextInt(256);
                }
                Files.write(f, bad);
                Result r = disasm(f.toString());
                assertTrue(r.code() == 0 || (r.code() == 1 && r.err().strip().lines().count() == 1),
                        "mutation " + i + ": exit " + r.code() + "\n" + r.err());
            }
        }
    }

    @Test
    void help() {
        Result r = disasm("--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: pacifica disasm"), r.out());
    }

    @Test
    void userErrors() throws IOException {
        Result r = disasm("/no/such/file.bin");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        r = disasm("--bits", "8", "x");
        assertEquals(Main.EXIT_USAGE, r.code());
        r = disasm("--syntax", "masm", "x");
        assertEquals(Main.EXIT_USAGE, r.code());
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path empty = dir.resolve("empty.bin");
            Files.write(empty, new byte[0]);
            r = disasm(empty.toString());
            assertEquals(1, r.code());
            assertEquals("pacifica disasm: " + empty + ": empty file", r.err().strip());
            Path f = dir.resolve("bad.elf");
            byte[] bad = new byte[64];
            bad[0] = 0x7f; bad[1] = 'E'; bad[2] = 'L'; bad[3] = 'F'; bad[4] = 2; bad[5] = 1;
            bad[0x28] = (byte) 0xff; bad[0x29] = (byte) 0xff; bad[0x3a] = 64; bad[0x3c] = 1; // e_shoff beyond EOF
            Files.write(f, bad);
            r = disasm(f.toString());
            assertEquals(1, r.code());
            assertTrue(r.err().startsWith("pacifica disasm: " + f + ": section header 0 extends past end of file"),
                    r.err());
        }
    }

    private static void check(String name, String expected, String actual) {
        pacifica.cli.disasm.ObjdumpComparisonAccess.Result c = pacifica.cli.disasm.ObjdumpComparisonAccess.compare(
                expected, actual);
        System.out.println(c.report(name));
        assertEquals(c.expectedLayout(), c.actualLayout(), name + ": header and label lines");
        assertEquals(0, c.layoutMismatches(), name + ": address/bytes columns of same-length instructions:\n"
                + c.layoutExamples());
        assertEquals(0, c.annotationMismatches(), name + ": symbol annotations of same-length instructions:\n"
                + c.annotationExamples());
        double max = Double.parseDouble(System.getProperty("pacifica.disasm.maxMismatch", "1.0"));
        assertTrue(c.mismatchRate() <= max, c.report(name));
    }
}
