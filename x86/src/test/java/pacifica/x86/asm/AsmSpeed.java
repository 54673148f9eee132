package pacifica.x86.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Throughput of the text assembler (not a unit test): assembles a program of general-purpose
 * instructions with labels and branches and prints lines per second.
 * Run: java -cp x86/target/classes:x86/target/test-classes pacifica.x86.asm.AsmSpeed
 */
public final class AsmSpeed {
    public static void main(String[] args) {
        List<String> ok = new ArrayList<>();
        for (String line : ConformanceLines.generate(64, AttConformanceTest::general)) {
            if (line.contains(".")) continue;
            try {
                TextAssembler.assemble("t.s", line, 64, 0, TextAssembler.Layout.FLAT);
                ok.add(line);
            } catch (RuntimeException e) {
                // not encodable on its own
            }
        }
        Random r = new Random(1);
        StringBuilder sb = new StringBuilder();
        int lines = 0;
        for (int i = 0; i < 200_000; i++) {
            if (i % 10 == 0) {
                sb.append("L").append(i).append(":\n");
                lines++;
            }
            if (i % 7 == 0) {
                sb.append("  jne L").append(Math.max(0, i - r.nextInt(200)) / 10 * 10).append('\n');
            } else {
                sb.append("  ").append(ok.get(r.nextInt(ok.size()))).append('\n');
            }
            lines++;
        }
        String src = sb.toString();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            AsmResult res = TextAssembler.assemble("speed.s", src, 64, 0x401000, TextAssembler.Layout.ELF);
            long t1 = System.nanoTime();
            System.out.printf("%d lines, %d bytes in %.0f ms: %.0f lines/s%n", lines, res.section(".text").size(),
                    (t1 - t0) / 1e6, lines / ((t1 - t0) / 1e9));
        }
    }
}
