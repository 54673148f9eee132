package pacifica.linux;

import java.io.PrintWriter;

import pacifica.emu.cpu.Cpu;
import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.format.AttFormatter;

/** --trace: one line per executed instruction: pid, address, bytes, AT&T text. */
public final class InstructionTrace {
    private final PrintWriter out;
    private final Decoder decoder = new Decoder();
    private final AttFormatter fmt = new AttFormatter();
    private final byte[] buf = new byte[Decoder.MAX_LENGTH];
    private final Instruction insn = new Instruction();
    private final StringBuilder sb = new StringBuilder();

    public InstructionTrace(PrintWriter out) {
        this.out = out;
    }

    public synchronized void before(int pid, Cpu c) {
        int n = c.mem.fetch(c.rip, buf, 0, buf.length);
        sb.setLength(0);
        sb.append(pid).append(' ').append(String.format("%016x", c.rip)).append(": ");
        if (n == 0) {
            sb.append("(fetch fault)");
        } else {
            int len = decoder.decode(buf, 0, n, c.rip, 64, insn);
            for (int k = 0; k < len; k++) sb.append(String.format("%02x", buf[k] & 0xFF));
            sb.append(' ').repeat(" ", Math.max(0, 31 - 2 * len)).append(insn.form == null ? "(bad)" : fmt.format(insn));
        }
        out.println(sb);
    }

    public synchronized void close() {
        out.flush();
        out.close();
    }
}
