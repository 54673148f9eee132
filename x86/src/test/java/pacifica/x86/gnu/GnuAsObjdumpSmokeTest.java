package pacifica.x86.gnu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pacifica.x86.gnu.GnuAs.Result;
import pacifica.x86.gnu.GnuObjdump.Line;
import pacifica.x86.gnu.GnuObjdump.Syntax;

/** Checks the GNU oracle helpers against encodings verified by hand with binutils 2.40. */
class GnuAsObjdumpSmokeTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static Line only(byte[] code, int bits, long vma, Syntax syntax) throws IOException {
        List<Line> lines = GnuObjdump.disassemble(code, bits, vma, syntax);
        assertEquals(1, lines.size(), () -> "expected one line, got " + lines);
        return lines.getFirst();
    }

    // ------------------------------------------------------------------ GnuTools

    @Test
    void findsToolsAndRunsProcesses() throws IOException {
        GnuTools.assumeTool("objdump");
        assertTrue(GnuTools.has("objdump"));
        assertFalse(GnuTools.has("no-such-tool-pacifica"));

        GnuTools.ProcessResult echo = GnuTools.run(List.of("objdump", "--version"));
        assertTrue(echo.stdout().startsWith("GNU objdump"), echo.stdout());

        // Nonzero exit: an IOException carrying stderr, unless the caller asks to look at it.
        IOException e = assertThrows(IOException.class,
                () -> GnuTools.run(List.of("objdump", "-d", "/nonexistent/pacifica")));
        assertTrue(e.getMessage().contains("/nonexistent/pacifica"), e.getMessage());
        GnuTools.ProcessResult failed = GnuTools.run(List.of("objdump", "-d", "/nonexistent/pacifica"), null,
                Duration.ofSeconds(30), false);
        assertFalse(failed.ok());
        assertFalse(failed.stderr().isBlank());

        assertThrows(IOException.class, () -> GnuTools.run(List.of("no-such-tool-pacifica")));
    }

    @Test
    void feedsStdin() throws IOException {
        GnuTools.assumeTool("as");
        // as reads its source from stdin when given no file.
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            Path obj = dir.resolve("x.o");
            GnuTools.run(List.of("as", "--64", "-o", obj.toString()), "nop\n".getBytes(), Duration.ofSeconds(30), true);
            assertTrue(Files.size(obj) > 0);
        }
    }

    @Test
    void tempDirIsDeleted() throws IOException {
        Path path;
        try (GnuTools.TempDir dir = GnuTools.tempDir()) {
            path = dir.path();
            Files.createDirectories(dir.resolve("a/b"));
            Files.writeString(dir.resolve("a/b/c.txt"), "x");
        }
        assertFalse(Files.exists(path));
    }

    // ------------------------------------------------------------------ GnuObjdump

    @Test
    void disassembles64BitAtt() throws IOException {
        GnuTools.assumeTool("objdump");
        List<Line> lines = GnuObjdump.disassemble(hex("48 89 d8 0f 1f 44 00 00 e8 00 00 00 00"), 64, 0x401000,
                Syntax.ATT);
        assertEquals(List.of(
                new Line(0x401000, hex("48 89 d8"), "mov    %rbx,%rax"),
                new Line(0x401003, hex("0f 1f 44 00 00"), "nopl   0x0(%rax,%rax,1)"),
                new Line(0x401008, hex("e8 00 00 00 00"), "call   0x40100d")), lines);
    }

    @Test
    void disassembles64BitIntel() throws IOException {
        GnuTools.assumeTool("objdump");
        List<Line> lines = GnuObjdump.disassemble(hex("48 89 d8 0f 1f 44 00 00 48 8d 05 10 00 00 00"), 64, 0,
                Syntax.INTEL);
        assertEquals("mov    rax,rbx", lines.get(0).text());
        assertEquals("nop    DWORD PTR [rax+rax*1+0x0]", lines.get(1).text());
        // RIP-relative operands carry objdump's target comment, spacing kept verbatim.
        assertEquals("lea    rax,[rip+0x10]        # 0x1f", lines.get(2).text());
    }

    @Test
    void disassembles32And16Bit() throws IOException {
        GnuTools.assumeTool("objdump");
        assertEquals("mov    %ebx,%eax", only(hex("89 d8"), 32, 0, Syntax.ATT).text());
        assertEquals("mov    %bx,%ax", only(hex("66 89 d8"), 32, 0, Syntax.ATT).text());
        assertEquals("push   %es", only(hex("06"), 32, 0, Syntax.ATT).text());

        List<Line> real = GnuObjdump.disassemble(hex("89 d8 66 89 d8 8b 47 02 e8 00 00"), 16, 0x7c00, Syntax.ATT);
        assertEquals(List.of("mov    %bx,%ax", "mov    %ebx,%eax", "mov    0x2(%bx),%ax", "call   0x7c0b"),
                real.stream().map(Line::text).toList());
        assertEquals(0x7c08, real.get(3).address());
        assertEquals("mov    ax,WORD PTR [bx+0x2]", only(hex("8b 47 02"), 16, 0, Syntax.INTEL).text());
    }

    @Test
    void keepsBadAndTruncatedAndLonePrefixLines() throws IOException {
        GnuTools.assumeTool("objdump");
        List<Line> lines = GnuObjdump.disassemble(hex("0f 04 06 48 48 90 f0 90 c4"), 64, 0, Syntax.ATT);
        assertEquals(List.of(
                new Line(0, hex("0f 04"), "(bad)"),
                new Line(2, hex("06"), "(bad)"),          // push %es does not exist in 64-bit mode
                new Line(3, hex("48"), "rex.W"),          // a REX followed by another REX stands alone
                new Line(4, hex("48 90"), "rex.W nop"),
                new Line(6, hex("f0 90"), "lock nop"),
                new Line(8, hex("c4"), ".byte 0xc4")),     // cut off by the end of the blob
                lines);
        assertTrue(lines.get(0).isBad());
        assertFalse(lines.get(3).isBad());
    }

    @Test
    void zeroBytesAreDisassembledNotElided() throws IOException {
        GnuTools.assumeTool("objdump");
        List<Line> lines = GnuObjdump.disassemble(new byte[16], 64, 0, Syntax.ATT);
        assertEquals(8, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.text().equals("add    %al,(%rax)")));
    }

    @Test
    void longInstructionsStayOnOneLine() throws IOException {
        GnuTools.assumeTool("objdump");
        // 15 bytes: the architectural maximum, still one line with --insn-width=15.
        byte[] code = hex("66 66 66 66 66 2e 0f 1f 84 00 00 00 00 00 90");
        List<Line> lines = GnuObjdump.disassemble(code, 64, 0, Syntax.ATT);
        assertEquals(2, lines.size(), lines::toString);
        assertEquals(14, lines.getFirst().length());
        assertEquals("data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)", lines.getFirst().text());
    }

    @Test
    void stridedDisassemblyMapsSlots() throws IOException {
        GnuTools.assumeTool("objdump");
        List<byte[]> encodings = List.of(hex("48 89 d8"), hex("66"), hex("0f 04"), hex(""), hex("c3"));
        Map<Long, Line> bySlot = GnuObjdump.disassembleAtStride(encodings, 64, Syntax.ATT, 16);
        assertEquals(5, bySlot.size());
        assertEquals(new Line(0, hex("48 89 d8"), "mov    %rbx,%rax"), bySlot.get(0L));
        // A lone prefix absorbs the first padding byte.
        assertEquals(new Line(16, hex("66 90"), "xchg   %ax,%ax"), bySlot.get(1L));
        assertEquals("(bad)", bySlot.get(2L).text());
        assertEquals(new Line(48, hex("90"), "nop"), bySlot.get(3L));
        assertEquals(new Line(64, hex("c3"), "ret"), bySlot.get(4L));
    }

    @Test
    void stridedDisassemblyReportsOverrunSlotsAsNull() throws IOException {
        GnuTools.assumeTool("objdump");
        // With stride 4, slot 1 decodes as "0f 90 90 90 31 c0 90" (seto with disp32) and so runs
        // over slot 2's start.
        List<byte[]> encodings = List.of(hex("48 89 d8"), hex("0f"), hex("31 c0"), hex("c3"));
        Map<Long, Line> bySlot = GnuObjdump.disassembleAtStride(encodings, 64, Syntax.ATT, 4);
        assertArrayEquals(hex("0f 90 90 90 31 c0 90"), bySlot.get(1L).bytes());
        assertTrue(bySlot.containsKey(2L));
        assertNull(bySlot.get(2L));
        assertEquals("ret", bySlot.get(3L).text());

        assertThrows(IllegalArgumentException.class,
                () -> GnuObjdump.disassembleAtStride(List.of(new byte[5]), 64, Syntax.ATT, 4));
    }

    @Test
    void stridedDisassemblyInBulk() throws IOException {
        GnuTools.assumeTool("objdump");
        Random random = new Random(42);
        int n = 100_000;
        List<byte[]> encodings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] enc = new byte[1 + random.nextInt(15)];
            random.nextBytes(enc);
            encodings.add(enc);
        }
        long t0 = System.nanoTime();
        Map<Long, Line> bySlot = GnuObjdump.disassembleAtStride(encodings, 64, Syntax.ATT, 16);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long missing = bySlot.values().stream().filter(l -> l == null).count();
        System.out.println("GnuObjdump.disassembleAtStride: " + n + " random encodings in " + ms + " ms, "
                + missing + " slots overrun");
        assertEquals(n, bySlot.size());
        // Random bytes are several instructions per slot; the last one may run over the next slot's
        // start (an instruction starting at the slot itself cannot: 15 bytes at most < stride).
        for (long i = 0; i < n; i++) {
            Line line = bySlot.get(i);
            if (line != null) {
                assertEquals(16 * i, line.address());
                assertTrue(line.length() <= 15, line::toString);
            }
        }
        assertTrue(missing < n / 4, "most slots must have a line: " + missing);
    }

    // ------------------------------------------------------------------ GnuAs

    @Test
    void assemblesEachLineAndIsolatesErrors() throws IOException {
        GnuTools.assumeTool("as");
        GnuTools.assumeTool("objcopy");
        GnuTools.assumeTool("objdump");
        List<Result> results = GnuAs.assembleEach(List.of(
                "mov %rbx,%rax", "add $1,%eax", "mov %rax,%ebx", "lock", "nopw 0x0(%rax,%rax,1)",
                "bogus %eax", "ret"), 64);
        assertEquals(7, results.size());
        assertArrayEquals(hex("48 89 d8"), results.get(0).bytes());
        assertArrayEquals(hex("83 c0 01"), results.get(1).bytes());
        assertNull(results.get(2).bytes());
        assertTrue(results.get(2).error().contains("operand type mismatch"), results.get(2).error());
        assertArrayEquals(hex("f0"), results.get(3).bytes());
        // as drops a zero displacement, unlike objdump's "nopw 0x0(%rax,%rax,1)" spelling of 66 0f 1f 44 00 00.
        assertArrayEquals(hex("66 0f 1f 04 00"), results.get(4).bytes());
        assertNull(results.get(5).bytes());
        assertTrue(results.get(5).error().contains("bogus"), results.get(5).error());
        assertArrayEquals(hex("c3"), results.get(6).bytes());
        assertEquals("mov %rax,%ebx", results.get(2).source());
    }

    @Test
    void assembles32And16BitAndIntelSyntax() throws IOException {
        GnuTools.assumeTool("as");
        GnuTools.assumeTool("objcopy");
        GnuTools.assumeTool("objdump");
        List<Result> r32 = GnuAs.assembleEach(List.of("mov %ebx,%eax", "push %es", "inc %eax"), 32);
        assertEquals(List.of("89 d8", "06", "40"), r32.stream().map(Result::hex).toList());

        List<Result> r16 = GnuAs.assembleEach(List.of("mov %bx,%ax", "mov %ebx,%eax", "mov 2(%bx),%ax"), 16);
        assertEquals(List.of("89 d8", "66 89 d8", "8b 47 02"), r16.stream().map(Result::hex).toList());

        List<Result> intel = GnuAs.assembleEach(List.of("mov rax, rbx", "mov rax, ebx"), 64, Syntax.INTEL);
        assertEquals("48 89 d8", intel.get(0).hex());
        assertFalse(intel.get(1).ok());
    }

    @Test
    void branchesRelativeToDotAssembleAndAbsoluteTargetsAreFlagged() throws IOException {
        GnuTools.assumeTool("as");
        GnuTools.assumeTool("objcopy");
        GnuTools.assumeTool("objdump");
        List<Result> results = GnuAs.assembleEach(List.of("jmp .+0x10", "jmp 0x1000", "jmp .+0x1000", "nop"), 64);
        assertEquals("eb 0e", results.get(0).hex()); // relaxed to the short form
        assertNull(results.get(1).bytes());           // would need R_X86_64_PC32 against *ABS*
        assertTrue(results.get(1).error().contains("R_X86_64_PC32"), results.get(1).error());
        assertEquals("e9 fb 0f 00 00", results.get(2).hex());
        assertEquals("90", results.get(3).hex());

        List<Result> r16 = GnuAs.assembleEach(List.of("jmp 0x1000", "jmp .+0x10"), 16);
        assertTrue(r16.get(0).error().contains("R_386_PC16"), r16.get(0).error());
        assertEquals("eb 0e", r16.get(1).hex());
    }

    @Test
    void rejectsLineBreaks() {
        assertThrows(IllegalArgumentException.class, () -> GnuAs.assembleEach(List.of("nop\nnop"), 64));
    }

    @Test
    void assemblesInBulkAndRoundTripsThroughObjdump() throws IOException {
        GnuTools.assumeTool("as");
        GnuTools.assumeTool("objcopy");
        GnuTools.assumeTool("objdump");
        String[] regs = {"%rax", "%rcx", "%rdx", "%rbx", "%rsp", "%rbp", "%rsi", "%rdi",
                         "%r8", "%r9", "%r10", "%r11", "%r12", "%r13", "%r14", "%r15"};
        String[] ops = {"mov", "add", "sub", "xor", "and", "or", "cmp", "adc", "sbb", "test"};
        String[] unary = {"inc", "dec", "neg", "not", "push", "pop", "bswap"};
        int n = 100_000;
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String op = ops[i % ops.length];
            String a = regs[(i / 10) % 16];
            String b = regs[(i / 160) % 16];
            lines.add(switch (i % 4) {
                case 0 -> op + " " + a + "," + b;
                case 1 -> op + "q $" + (i % 1000) + "," + (i / 4 % 8) * 8 + "(" + a + ")";
                case 2 -> op + " " + (i % 512) + "(" + a + "," + b.replace("%rsp", "%rbp") + ",4)," + a;
                default -> i % 1000 == 3 ? "mov %rax,%ebx" : unary[i / 4 % unary.length] + " " + a;
            });
        }
        long t0 = System.nanoTime();
        List<Result> results = GnuAs.assembleEach(lines, 64);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long failed = results.stream().filter(r -> !r.ok()).count();
        System.out.println("GnuAs.assembleEach: " + n + " lines in " + ms + " ms, " + failed + " rejected");
        assertEquals(n, results.size());
        assertTrue(failed >= 100, "the deliberately invalid lines must be rejected");
        assertNotNull(results.get(0).bytes());

        // Round trip: every assembled line disassembles to exactly one instruction of its length.
        List<byte[]> encodings = results.stream().filter(Result::ok).map(Result::bytes).toList();
        Map<Long, Line> bySlot = GnuObjdump.disassembleAtStride(encodings, 64, Syntax.ATT, 16);
        for (int i = 0; i < encodings.size(); i++) {
            Line line = bySlot.get((long) i);
            assertNotNull(line, "slot " + i);
            assertArrayEquals(encodings.get(i), line.bytes(), line::toString);
            assertFalse(line.isBad(), line::toString);
        }
    }
}
