package pacifica.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import pacifica.x86.gnu.GnuTools;

/** The static ELF executable: runs natively, and objdump shows our labels. */
class ElfWriterTest {
    static final String EXIT42 = """
            # exit(42) with a raw system call
                    .globl _start
                    .text
            helper: ret
            _start: call helper
                    mov $60, %eax          # SYS_exit
                    mov answer(%rip), %edi
                    syscall
                    .data
            answer: .long 42
                    .bss
            buffer: .zero 64
            """;

    static Path write(Path dir, String source) throws IOException {
        AsmResult r = TextAssembler.assemble("exit.s", source, 64, 0x401000, TextAssembler.Layout.ELF);
        Path exe = dir.resolve("exit42");
        Files.write(exe, ElfWriter.write(r));
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        return exe;
    }

    @Test
    void runsNatively() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "skipped: needs Linux on x86-64 to run the executable");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path exe = write(dir.path(), EXIT42);
            Process p = new ProcessBuilder(exe.toString()).start();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            assertEquals(42, p.exitValue());
        }
    }

    @Test
    void objdumpShowsLabelsAndEntry() throws Exception {
        GnuTools.assumeTool("objdump");
        GnuTools.assumeTool("readelf");
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path exe = write(dir.path(), EXIT42);
            String dis = GnuTools.run(List.of("objdump", "-d", exe.toString())).stdout();
            assertTrue(dis.contains("0000000000401000 <helper>:"), dis);
            assertTrue(dis.contains("0000000000401001 <_start>:"), dis);
            assertTrue(dis.contains("mov    0xfef(%rip),%edi        # 402000 <answer>"), dis);
            String hdr = GnuTools.run(List.of("readelf", "-h", "-l", "-s", exe.toString())).stdout();
            assertTrue(hdr.contains("Entry point address:               0x401001"), hdr);
            assertTrue(hdr.contains("EXEC (Executable file)"), hdr);
            assertTrue(hdr.matches("(?s).*LOAD .*R E .*LOAD .*RW .*"), hdr);
            assertTrue(hdr.matches("(?s).*GLOBAL DEFAULT +1 _start.*"), hdr);
            assertTrue(hdr.matches("(?s).*LOCAL +DEFAULT +3 buffer.*"), hdr);
        }
    }
}
