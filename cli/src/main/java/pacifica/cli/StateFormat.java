package pacifica.cli;

import pacifica.emu.cpu.Cpu;

/** Renders the final CPU state of {@code run-flat} as text or as one JSON object. */
final class StateFormat {
    private StateFormat() {}

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    private static String hex16(long v) {
        return String.format("0x%016x", v);
    }

    static String text(Cpu c) {
        StringBuilder sb = new StringBuilder();
        for (int k : RunFlatCommand.PRINT_ORDER) {
            sb.append(String.format("%-6s %s%n", RunFlatCommand.GPR[k], hex16(c.gpr[k])));
        }
        sb.append(String.format("%-6s %s%n", "RIP", hex16(c.rip)));
        sb.append(String.format("%-6s %s%n", "RFLAGS", hex16(c.rflags())));
        for (int n = 0; n < 16; n++) {
            sb.append(String.format("%-6s %s %s%n", "XMM" + n, hex16(c.xmm[2 * n]), hex16(c.xmm[2 * n + 1])));
        }
        for (int n = 0; n < 8; n++) {
            sb.append(String.format("%-6s %s 0x%04x%n", "MM" + n, hex16(c.fpMant[n]), c.fpExp[n] & 0xFFFF));
        }
        sb.append(String.format("FCW    0x%04x%nFSW    0x%04x%nFTW    0x%04x%nMXCSR  0x%08x%n",
                c.fcw, fswWithTop(c), c.tagWord(), c.mxcsr));
        return sb.toString();
    }

    /** FSW with the current TOP in bits 13:11. */
    static int fswWithTop(Cpu c) {
        return (c.fsw & ~0x3800) | (c.fpTop & 7) << 11;
    }

    static String json(Cpu c) {
        StringBuilder sb = new StringBuilder("{");
        for (int k : RunFlatCommand.PRINT_ORDER) {
            sb.append('"').append(RunFlatCommand.GPR[k]).append("\":\"").append(hex(c.gpr[k])).append("\",");
        }
        sb.append("\"RIP\":\"").append(hex(c.rip)).append("\",");
        sb.append("\"RFLAGS\":\"").append(hex(c.rflags())).append("\",");
        for (int n = 0; n < 16; n++) {
            sb.append("\"XMM").append(n).append("\":[\"").append(hex(c.xmm[2 * n])).append("\",\"")
                    .append(hex(c.xmm[2 * n + 1])).append("\"],");
        }
        for (int n = 0; n < 8; n++) {
            sb.append("\"MM").append(n).append("\":[\"").append(hex(c.fpMant[n])).append("\",\"")
                    .append(hex(c.fpExp[n] & 0xFFFF)).append("\"],");
        }
        sb.append("\"FCW\":\"").append(hex(c.fcw)).append("\",");
        sb.append("\"FSW\":\"").append(hex(fswWithTop(c))).append("\",");
        sb.append("\"FTW\":\"").append(hex(c.tagWord())).append("\",");
        sb.append("\"MXCSR\":\"").append(hex(c.mxcsr & 0xFFFFFFFFL)).append("\"}");
        return sb.append('\n').toString();
    }
}
