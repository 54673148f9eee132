package pacifica.x86.elf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pacifica.x86.gnu.GnuTools;

/** Runs {@code readelf -h -l -S -s --wide} and parses what the tests compare (GNU binutils 2.40 layout). */
final class Readelf {
    record Phdr(String type, long offset, long vaddr, long paddr, long filesz, long memsz, String flags,
                long align) {}

    record Shdr(int index, String name, String type, long addr, long offset, long size, long entsize,
                String flags, int link, int info, long align) {}

    record Sym(int num, long value, long size, String type, String bind, String vis, String ndx, String name) {}

    final Map<String, String> header = new HashMap<>();
    final List<Phdr> phdrs = new ArrayList<>();
    final List<Shdr> shdrs = new ArrayList<>();
    final Map<String, List<Sym>> symbols = new HashMap<>();
    String interpreter;
    String stderr;

    private static final Pattern HEADER = Pattern.compile("^  ([A-Za-z/ ]+):\\s+(.*)$");
    private static final Pattern PHDR = Pattern.compile(
            "^  (\\S+)\\s+0x(\\p{XDigit}+) 0x(\\p{XDigit}+) 0x(\\p{XDigit}+) 0x(\\p{XDigit}+) 0x(\\p{XDigit}+) (.{3}) 0x(\\p{XDigit}+)$");
    private static final Pattern SHDR = Pattern.compile(
            "^  \\[\\s*(\\d+)\\] (.*?)\\s+(\\S+)\\s+(\\p{XDigit}+) (\\p{XDigit}+) (\\p{XDigit}+) (\\p{XDigit}+) (.{3})\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)$");
    private static final Pattern SYMTAB = Pattern.compile("^Symbol table '(.*)' contains \\d+ entries:$");
    private static final Pattern SYM = Pattern.compile(
            "^\\s*(\\d+): (\\p{XDigit}+)\\s+(0x\\p{XDigit}+|\\d+) (\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+) ?(.*)$");
    private static final Pattern INTERP = Pattern.compile("^\\s+\\[Requesting program interpreter: (.*)]$");

    static Readelf of(Path file) throws IOException {
        GnuTools.ProcessResult r = GnuTools.run(List.of("readelf", "-h", "-l", "-S", "-s", "--wide", file.toString()));
        Readelf out = new Readelf();
        out.stderr = r.stderr();
        String block = "";
        List<Sym> syms = null;
        for (String line : r.stdout().split("\n")) {
            if (line.equals("ELF Header:")) { block = "h"; continue; }
            if (line.equals("Program Headers:")) { block = "l"; continue; }
            if (line.equals("Section Headers:")) { block = "S"; continue; }
            Matcher m = SYMTAB.matcher(line);
            if (m.matches()) {
                block = "s";
                syms = new ArrayList<>();
                out.symbols.put(m.group(1), syms);
                continue;
            }
            switch (block) {
                case "h" -> {
                    m = HEADER.matcher(line);
                    if (m.matches()) out.header.put(m.group(1).strip(), m.group(2).strip());
                }
                case "l" -> {
                    m = PHDR.matcher(line);
                    if (m.matches()) {
                        out.phdrs.add(new Phdr(m.group(1), hex(m.group(2)), hex(m.group(3)), hex(m.group(4)),
                                hex(m.group(5)), hex(m.group(6)), m.group(7), hex(m.group(8))));
                    }
                    m = INTERP.matcher(line);
                    if (m.matches()) out.interpreter = m.group(1);
                }
                case "S" -> {
                    m = SHDR.matcher(line);
                    if (m.matches()) {
                        out.shdrs.add(new Shdr(Integer.parseInt(m.group(1)), m.group(2).strip(), m.group(3),
                                hex(m.group(4)), hex(m.group(5)), hex(m.group(6)), hex(m.group(7)),
                                m.group(8).strip(), Integer.parseInt(m.group(9)), Integer.parseInt(m.group(10)),
                                Long.parseLong(m.group(11))));
                    }
                }
                case "s" -> {
                    m = SYM.matcher(line);
                    if (m.matches()) {
                        String size = m.group(3);
                        syms.add(new Sym(Integer.parseInt(m.group(1)), hex(m.group(2)),
                                size.startsWith("0x") ? hex(size.substring(2)) : Long.parseLong(size),
                                m.group(4), m.group(5), m.group(6), m.group(7), m.group(8)));
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    private static long hex(String s) {
        return Long.parseUnsignedLong(s, 16);
    }
}
