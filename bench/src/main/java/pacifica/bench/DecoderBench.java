package pacifica.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import pacifica.x86.decode.Decoder;
import pacifica.x86.decode.Instruction;
import pacifica.x86.elf.ElfFile;
import pacifica.x86.elf.Section;
import pacifica.x86.format.AttFormatter;
import pacifica.x86.format.Formatter;
import pacifica.x86.format.IntelFormatter;

/**
 * Decoder and formatter throughput over typical compiler output: a linear sweep (like
 * {@code objdump -d}) over the .text of a system binary, loaded at set-up with
 * {@link ElfFile}. Without one (no /usr/bin, or not x86-64 ELF) it falls back to a generated
 * sample of common compiler instruction encodings.
 *
 * <p>Each benchmark operation is one sweep over the whole buffer. The auxiliary counters
 * {@code bytes} and {@code instructions} are reported by JMH as rates: bytes/s (divide by 10^6
 * for MB/s) and instructions/s.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar DecoderBench} (see the README). Set
 * {@code -Dpacifica.bench.code=/path/to/elf} (JMH {@code -jvmArgsAppend}) to sweep another binary.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class DecoderBench {
    /** Binaries whose .text is typical gcc -O2 output, in order of preference. */
    static final List<String> CANDIDATES = List.of("/usr/bin/ls", "/bin/ls", "/usr/bin/grep", "/usr/bin/bash",
            "/bin/bash", "/usr/bin/find");
    static final int MAX_CODE = 4 << 20;

    byte[] code;
    long codeAddress;
    String source;
    final Decoder decoder = new Decoder();
    final Instruction insn = new Instruction();
    final StringBuilder text = new StringBuilder(128);
    Formatter att;
    Formatter intel;

    /** Counters JMH reports as per-second rates next to the operation rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;
        public long instructions;

        @Setup(Level.Iteration)
        public void clear() {
            bytes = 0;
            instructions = 0;
        }
    }

    @Setup
    public void load() {
        String override = System.getProperty("pacifica.bench.code");
        Optional<Loaded> loaded = override != null ? text(Path.of(override)) : Optional.empty();
        for (String c : CANDIDATES) {
            if (loaded.isPresent()) break;
            loaded = text(Path.of(c));
        }
        Loaded l = loaded.orElseGet(() -> new Loaded("generated sample", 0x401000, generatedSample(1 << 20)));
        code = l.bytes();
        codeAddress = l.address();
        source = l.source();
        att = new AttFormatter();
        intel = new IntelFormatter();
        System.out.printf("%nDecoderBench: %s, %d bytes%n", source, code.length);
    }

    record Loaded(String source, long address, byte[] bytes) {}

    /** The .text of an x86-64 ELF file, at most {@link #MAX_CODE} bytes. */
    static Optional<Loaded> text(Path file) {
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            ElfFile elf = ElfFile.read(file);
            if (elf.machine() != pacifica.x86.elf.Elf.EM_X86_64) return Optional.empty();
            Optional<Section> text = elf.section(".text");
            if (text.isEmpty()) return Optional.empty();
            byte[] data = elf.sectionData(text.get());
            if (data.length > MAX_CODE) data = java.util.Arrays.copyOf(data, MAX_CODE);
            return Optional.of(new Loaded(file + " .text", text.get().addr(), data));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A deterministic stand-in for compiler output: the encodings gcc -O2 emits most (mov/lea with
     * base+displacement, push/pop, add/sub/cmp/test with immediates, jcc/jmp/call rel32, ret, nop
     * padding, a little SSE), with random registers and displacements.
     */
    static byte[] generatedSample(int size) {
        Random rnd = new Random(2024);
        byte[][] templates = {
            {0x48, (byte) 0x89, 0x44, 0x24, 0x08},        // mov %rax,0x8(%rsp)
            {0x48, (byte) 0x8b, 0x45, (byte) 0xf8},       // mov -0x8(%rbp),%rax
            {(byte) 0x89, (byte) 0xc7},                   // mov %eax,%edi
            {0x48, (byte) 0x8d, 0x3d, 0, 0, 0, 0},        // lea 0x0(%rip),%rdi
            {0x41, 0x57}, {0x41, 0x56}, {0x53}, {0x5b}, {0x41, 0x5c}, // push/pop
            {0x48, (byte) 0x83, (byte) 0xec, 0x18},       // sub $0x18,%rsp
            {0x48, (byte) 0x83, (byte) 0xc4, 0x18},       // add $0x18,%rsp
            {0x48, (byte) 0x85, (byte) 0xc0},             // test %rax,%rax
            {0x39, (byte) 0xd0},                          // cmp %edx,%eax
            {0x74, 0x10}, {0x75, (byte) 0xf0},            // je/jne rel8
            {0x0f, (byte) 0x84, 0, 1, 0, 0},              // je rel32
            {(byte) 0xe8, 0, 0, 0, 0},                    // call rel32
            {(byte) 0xe9, 0, 0, 0, 0},                    // jmp rel32
            {(byte) 0xc3},                                // ret
            {0x31, (byte) 0xc0},                          // xor %eax,%eax
            {(byte) 0xb8, 1, 0, 0, 0},                    // mov $1,%eax
            {0x0f, (byte) 0xb6, 0x07},                    // movzbl (%rdi),%eax
            {0x48, (byte) 0x8b, 0x04, (byte) 0xc8},       // mov (%rax,%rcx,8),%rax
            {0x66, 0x0f, 0x1f, 0x44, 0, 0},               // nopw 0x0(%rax,%rax,1)
            {(byte) 0xf3, 0x0f, 0x1e, (byte) 0xfa},       // endbr64
            {0x66, 0x0f, (byte) 0xef, (byte) 0xc0},       // pxor %xmm0,%xmm0
            {0x0f, 0x11, 0x07},                           // movups %xmm0,(%rdi)
        };
        byte[] out = new byte[size];
        int p = 0;
        while (true) {
            byte[] t = templates[rnd.nextInt(templates.length)].clone();
            if (p + t.length > size) break;
            // Vary register fields and displacements so the sample is not a handful of byte strings.
            for (int i = 1; i < t.length; i++) {
                if (t[i] == 0 && rnd.nextBoolean()) t[i] = (byte) rnd.nextInt(256);
            }
            System.arraycopy(t, 0, out, p, t.length);
            p += t.length;
        }
        return java.util.Arrays.copyOf(out, p);
    }

    /**
     * A quick measurement without JMH, in thread CPU time as well as wall time, for shared or
     * loaded machines where JMH's wall-clock rates mostly measure the competition:
     * {@code java -cp bench/target/benchmarks.jar pacifica.bench.DecoderBench [seconds]}.
     */
    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        DecoderBench b = new DecoderBench();
        b.load();
        Counters counters = new Counters();
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String kind : List.of("decode", "formatAtt")) {
            long sink = 0;
            long warmEnd = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < warmEnd) sink += kind.equals("decode") ? b.decode(counters) : b.formatAtt(counters);
            counters.clear();
            long wall0 = System.nanoTime(), cpu0 = mx.getCurrentThreadCpuTime();
            long end = wall0 + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) sink += kind.equals("decode") ? b.decode(counters) : b.formatAtt(counters);
            double wall = (System.nanoTime() - wall0) / 1e9, cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("%-9s %7.1f MB/s %6.2f M insn/s per CPU-second;  %7.1f MB/s wall  (sink %d)%n", kind,
                    counters.bytes / cpu / 1e6, counters.instructions / cpu / 1e6, counters.bytes / wall / 1e6,
                    sink & 1);
        }
    }

    /** One linear sweep of the decoder over the code. */
    @Benchmark
    public long decode(Counters counters) {
        byte[] c = code;
        long address = codeAddress;
        int n = c.length;
        int offset = 0;
        long instructions = 0;
        long check = 0;
        while (offset < n) {
            int len = decoder.decode(c, offset, n, address + offset, 64, insn);
            check += insn.opcode;
            offset += len;
            instructions++;
        }
        counters.bytes += n;
        counters.instructions += instructions;
        return check;
    }

    /** Decode and print each instruction in AT&amp;T syntax (objdump's text, no layout). */
    @Benchmark
    public long formatAtt(Counters counters) {
        return sweepFormatting(att, counters);
    }

    /** Decode and print each instruction in Intel syntax. */
    @Benchmark
    public long formatIntel(Counters counters) {
        return sweepFormatting(intel, counters);
    }

    private long sweepFormatting(Formatter formatter, Counters counters) {
        byte[] c = code;
        int n = c.length;
        int offset = 0;
        long instructions = 0;
        long check = 0;
        while (offset < n) {
            int len = decoder.decode(c, offset, n, codeAddress + offset, 64, insn);
            text.setLength(0);
            formatter.format(insn, text);
            check += text.length();
            offset += len;
            instructions++;
        }
        counters.bytes += n;
        counters.instructions += instructions;
        return check;
    }
}
