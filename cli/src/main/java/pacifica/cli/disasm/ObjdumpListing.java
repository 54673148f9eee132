package pacifica.cli.disasm;

import java.io.IOException;
import java.io.Writer;

import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.elf.Elf;
import pacifica.x86.elf.ElfFile;
import pacifica.x86.elf.Section;
import pacifica.x86.format.AttFormatter;
import pacifica.x86.format.Formatter;
import pacifica.x86.format.IntelFormatter;
import pacifica.x86.format.SymbolResolver;

/**
 * Prints a disassembly laid out exactly as GNU objdump 2.40 lays it out (binutils objdump.c:
 * disassemble_section, disassemble_bytes): the file and section headers, symbol label lines, the
 * address column, the raw bytes (7 per line, the rest on continuation lines), zero-run elision,
 * and data dumps for object symbols. The text of each instruction comes from the formatters in
 * {@code pacifica.x86.format}; this class owns everything around it.
 *
 * <p>Two entry points mirror two objdump invocations:
 * {@link #raw} is {@code objdump -D -b binary -m i386:x86-64 --adjust-vma=BASE -z FILE} and
 * {@link #elf} is {@code objdump -d FILE}.
 */
public final class ObjdumpListing {
    /** Bytes per line for instructions: the i386 disassembler's bytes_per_line. */
    static final int INSN_BYTES_PER_LINE = 7;
    /** Bytes per line for data dumps (objdump's default octets_per_line when not disassembling). */
    static final int DATA_BYTES_PER_LINE = 16;
    static final int SKIP_ZEROES = 8, SKIP_ZEROES_AT_END = 3;

    public enum Syntax { ATT, INTEL }

    private final Writer out;
    private final Syntax syntax;
    private final boolean disassembleZeroes;
    private final Decoder decoder = new Decoder();
    private final Instruction insn = new Instruction();
    /** Output is assembled here and written in large chunks: no String per line or instruction. */
    private final StringBuilder line = new StringBuilder(1 << 17);

    /**
     * @param disassembleZeroes objdump's {@code -z}: print zero runs instead of {@code ...}
     */
    public ObjdumpListing(Writer out, Syntax syntax, boolean disassembleZeroes) {
        this.out = out;
        this.syntax = syntax;
        this.disassembleZeroes = disassembleZeroes;
    }

    private Formatter formatter(SymbolResolver symbols) {
        return syntax == Syntax.INTEL ? new IntelFormatter(symbols) : new AttFormatter(symbols);
    }

    /** The layout of one address range being disassembled. */
    private record Region(byte[] data, long vma, int vmaDigits, int skipAddrChars, int mode) {}

    /** {@code objdump -D -b binary -m ARCH --adjust-vma=vma [-z] name}. */
    public void raw(String name, byte[] data, int mode, long vma) throws IOException {
        int digits = mode == 64 ? 16 : 8;
        line.append("\n").append(name).append(":     file format binary\n\n");
        if (data.length == 0) {
            flush();
            return;
        }
        line.append("\nDisassembly of section .data:\n");
        line.append('\n').append(hex(vma, digits)).append(" <.data>:\n");
        Region r = new Region(data, vma, digits, skipAddrChars(vma, data.length, digits), mode);
        disassembleBytes(r, 0, data.length, true, formatter(SymbolResolver.NONE));
        flush();
    }

    /** {@code objdump -d [-z] name} for an x86 ELF file; {@code modeOverride} 0 takes the mode from the file. */
    public void elf(String name, ElfFile elf, int modeOverride) throws IOException {
        int mode = modeOverride != 0 ? modeOverride : elf.machine() == Elf.EM_386 ? 32 : 64;
        int digits = elf.is64() ? 16 : 8;
        String format = elf.is64() ? "elf64-x86-64" : elf.machine() == Elf.EM_X86_64 ? "elf32-x86-64" : "elf32-i386";
        line.append('\n').append(name).append(":     file format ").append(format).append("\n\n");
        ObjdumpSymbols symbols = ObjdumpSymbols.of(elf);
        for (Section sec : elf.sections()) {
            if (sec.index() == 0 || !sec.isExecutable() || !sec.hasFileData() || sec.size() == 0) {
                continue;
            }
            elfSection(elf, sec, symbols, mode, digits);
        }
        flush();
    }

    private void elfSection(ElfFile elf, Section sec, ObjdumpSymbols symbols, int mode, int digits)
            throws IOException {
        byte[] data = elf.sectionData(sec);
        symbols.sortFor(sec);
        Formatter formatter = formatter(symbols.isEmpty() ? SymbolResolver.NONE
                : address -> symbols.describe(symbols.findSymbol(address, sec), address, sec));
        Region r = new Region(data, sec.addr(), digits, skipAddrChars(sec.addr(), data.length, digits), mode);
        line.append("\nDisassembly of section ").append(sec.name()).append(":\n");

        int place = symbols.findPlace(sec.addr(), sec, true);
        int sym = place;
        int offset = 0, stop = data.length;
        while (offset < stop) {
            long addr = sec.addr() + offset;
            line.append('\n').append(hex(addr, digits)).append(' ').append(symbols.describe(sym, addr, sec)).append(":\n");
            int next;
            if (sym >= 0 && Long.compareUnsigned(symbols.get(sym).value(), addr) > 0) {
                next = sym;
            } else if (sym < 0) {
                next = -1;
            } else {
                long v = symbols.get(sym).value();
                while (place < symbols.size() && !(symbols.get(place).sectionName().equals(sec.name())
                        && Long.compareUnsigned(symbols.get(place).value(), v) > 0)) {
                    place++;
                }
                next = place < symbols.size() ? place : -1;
            }
            long nextStop;
            if (sym >= 0 && Long.compareUnsigned(symbols.get(sym).value(), addr) > 0) {
                nextStop = symbols.get(sym).value() - sec.addr();
            } else if (next < 0) {
                nextStop = stop;
            } else {
                nextStop = symbols.get(next).value() - sec.addr();
            }
            if (nextStop > stop || nextStop <= offset || nextStop < 0) {
                nextStop = stop;
            }
            // A symbol marked as an object in a code section is dumped as data, not disassembled.
            boolean insns = true;
            if (sym >= 0) {
                ObjdumpSymbols.Sym s = symbols.get(sym);
                boolean sameSection = s.sectionIndex() == sec.index();
                boolean before = Long.compareUnsigned(s.value(), addr) <= 0;
                boolean compiledMarker = s.name().contains("gnu_compiled") || s.name().contains("gcc2_compiled");
                insns = !sameSection || !before || (!s.object() && !compiledMarker) || s.function();
            }
            disassembleBytes(r, offset, (int) nextStop, insns, formatter);
            offset = (int) nextStop;
            sym = next;
        }
    }

    /** objdump's skip_addr_chars: leading zeros of the section's end address, dropped in fours, one kept. */
    static int skipAddrChars(long vma, long size, int digits) {
        String buf = hex(vma + size, digits);
        int skip = 0;
        while (skip < buf.length() && buf.charAt(skip) == '0') skip++;
        if (skip == buf.length() && vma != 0) skip = 0; // don't discard zeros on overflow
        if (skip != 0) skip = (skip - 1) & -4;
        return skip;
    }

    static String hex(long value, int digits) {
        String h = Long.toHexString(digits == 8 ? value & 0xFFFF_FFFFL : value);
        if (h.length() > digits) h = h.substring(h.length() - digits);
        return "0".repeat(digits - h.length()) + h;
    }

    /** The address column: the address without its skipped leading zeros, other leading zeros as spaces. */
    private void appendAddress(Region r, long offset) {
        int digits = r.vmaDigits();
        long v = r.vma() + offset;
        boolean leading = true;
        for (int i = r.skipAddrChars(); i < digits; i++) {
            int d = (int) (v >>> (4 * (digits - 1 - i))) & 0xF;
            if (leading && d == 0 && i < digits - 1) {
                line.append(' ');
                continue;
            }
            leading = false;
            line.append(HEX[d]);
        }
        line.append(":\t");
    }

    private void flush() throws IOException {
        out.append(line);
        line.setLength(0);
        out.flush();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private void appendByte(int b) {
        line.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]).append(' ');
    }

    /** disassemble_bytes: instructions (or data) from {@code start} to {@code stop}. */
    private void disassembleBytes(Region r, int start, int stop, boolean insns, Formatter formatter)
            throws IOException {
        byte[] data = r.data();
        int perLine = insns ? INSN_BYTES_PER_LINE : DATA_BYTES_PER_LINE;
        int offset = start;
        while (offset < stop) {
            if (line.length() > (1 << 16)) {
                out.append(line);
                line.setLength(0);
            }
            int octets = 0;
            if (!disassembleZeroes) {
                while (offset + octets < stop && data[offset + octets] == 0) octets++;
            }
            if (!disassembleZeroes && (octets >= SKIP_ZEROES
                    || (offset + octets == stop && octets < SKIP_ZEROES_AT_END))) {
                // Skip zero runs in multiples of 4 unless they run to the end, so as not to
                // swallow the start of an instruction that begins with a zero byte.
                if (offset + octets != stop) octets &= ~3;
                line.append("\t...\n");
                offset += octets;
                continue;
            }
            boolean incomplete = false;
            if (insns) {
                octets = decoder.decode(data, offset, stop, r.vma() + offset, r.mode(), insn);
                if (insn.form == null && insn.invalid == Instruction.Invalid.TRUNCATED) {
                    // objdump ran out of bytes mid-instruction: it names the first byte as a
                    // prefix, or prints it as .byte, and moves on by one byte.
                    octets = 1;
                    incomplete = true;
                }
            } else {
                octets = Math.min(perLine, stop - offset);
            }
            appendAddress(r, offset);
            int pb = Math.min(octets, perLine);
            for (int j = 0; j < pb; j++) appendByte(data[offset + j] & 0xFF);
            for (int j = pb; j < perLine; j++) line.append("   ");
            if (!insns) {
                line.append("    ");
                for (int j = 0; j < octets; j++) {
                    int b = data[offset + j] & 0xFF;
                    line.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                }
            } else if (incomplete) {
                line.append('\t').append(incompleteText(data[offset] & 0xFF, r.mode()));
            } else {
                line.append('\t');
                formatter.format(insn, line);
            }
            while (pb < octets) {
                line.append('\n');
                appendAddress(r, offset + pb);
                int end = Math.min(pb + perLine, octets);
                for (int j = pb; j < end; j++) appendByte(data[offset + j] & 0xFF);
                pb = end;
            }
            line.append('\n');
            offset += octets;
        }
    }

    /** What objdump prints for an instruction cut off by the end of the data (i386-dis.c prefix_name). */
    static String incompleteText(int b, int mode) {
        boolean prefix = switch (b) {
            case 0xf3, 0xf2, 0xf0, 0x2e, 0x36, 0x3e, 0x26, 0x64, 0x65, 0x66, 0x67, 0x9b -> true;
            default -> mode == 64 && (b & 0xF0) == 0x40;
        };
        return prefix ? pacifica.x86.format.Formatter.prefixName(b, mode) : ".byte 0x" + Integer.toHexString(b);
    }
}
