package pacifica.x86.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Malformed files: every one must give an {@link ElfFormatException} (never an
 * IndexOutOfBounds, NegativeArraySize, OutOfMemory, ...), whichever accessor meets the damage.
 */
class ElfFileHostileTest {

    /** Parses and touches everything a loader or disassembler would. */
    static void exercise(byte[] image) throws ElfFormatException {
        ElfFile elf = ElfFile.parse(image);
        elf.interpreter();
        for (ProgramHeader p : elf.programHeaders()) {
            if (p.isLoad()) elf.segmentData(p);
        }
        for (Section s : elf.sections()) {
            elf.sectionData(s);
            if (s.type() == Elf.SHT_SYMTAB || s.type() == Elf.SHT_DYNSYM) elf.symbols(s);
            if (s.type() == Elf.SHT_RELA || s.type() == Elf.SHT_REL) elf.relocations(s);
            if (s.type() == Elf.SHT_DYNSYM) elf.symbolVersions(s);
        }
        elf.symbols();
    }

    private static void onlyElfFormatException(byte[] image, String what) {
        try {
            exercise(image);
        } catch (ElfFormatException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank(), what);
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + ": " + e, e);
        }
    }

    @Test
    void everyTruncationIsAFormatErrorOrParses() {
        byte[] good = ElfWriterTest.exit42().toBytes();
        for (int n = 0; n < good.length; n++) {
            onlyElfFormatException(java.util.Arrays.copyOf(good, n), "truncated to " + n);
        }
    }

    @Test
    void randomHeaderCorruption() {
        byte[] good = ElfWriterTest.exit42().toBytes();
        ElfFile elf;
        try {
            elf = ElfFile.parse(good);
        } catch (ElfFormatException e) {
            throw new AssertionError(e);
        }
        long shoff = elf.header().shoff();
        Random rnd = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] bad = good.clone();
            int flips = 1 + rnd.nextInt(4);
            for (int f = 0; f < flips; f++) {
                // Aim at the structures: ELF header + program headers, section headers, symbol table.
                int region = rnd.nextInt(3);
                int pos = switch (region) {
                    case 0 -> rnd.nextInt(64 + 56 * 4);
                    case 1 -> (int) shoff + rnd.nextInt(bad.length - (int) shoff);
                    default -> rnd.nextInt(bad.length);
                };
                bad[pos] = rnd.nextInt(4) == 0 ? (byte) 0xff : (byte) rnd.nextInt(256);
            }
            onlyElfFormatException(bad, "mutation " + i);
        }
    }

    @Test
    void clearMessages() {
        assertEquals("not an ELF file: bad magic (expected 7f 45 4c 46)",
                assertThrows(ElfFormatException.class, () -> ElfFile.parse(new byte[64])).getMessage());
        byte[] big = ElfWriterTest.exit42().toBytes();
        big[5] = 2;
        assertEquals("big-endian ELF files are not supported",
                assertThrows(ElfFormatException.class, () -> ElfFile.parse(big)).getMessage());
        byte[] far = ElfWriterTest.exit42().toBytes();
        far[0x28 + 7] = 0x10; // e_shoff far beyond the file
        assertTrue(assertThrows(ElfFormatException.class, () -> ElfFile.parse(far)).getMessage()
                .startsWith("section header 0 extends past end of file"));
    }
}
