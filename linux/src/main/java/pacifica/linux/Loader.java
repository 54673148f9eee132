package pacifica.linux;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import pacifica.emu.cpu.Cpu;
import pacifica.linux.mem.ProcessMemory;
import pacifica.linux.sys.Errno;
import pacifica.x86.elf.Elf;
import pacifica.x86.elf.ElfFile;
import pacifica.x86.elf.ElfFormatException;
import pacifica.x86.elf.ProgramHeader;

/**
 * execve's loader: maps a static (or static-PIE) ELF64 x86-64 executable and builds the initial
 * stack exactly as the kernel does (strings at the top, then AT_RANDOM bytes and the platform
 * string, then 16-byte aligned argc, argv, envp and auxv). Failures are reported as an errno and
 * a message, as a shell would see them.
 */
public final class Loader {
    public static final long PIE_BASE = 0x555555554000L;
    public static final long STACK_TOP = 0x7ffffffff000L;
    public static final long STACK_SIZE = 8L << 20;
    static final int AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6, AT_BASE = 7,
            AT_FLAGS = 8, AT_ENTRY = 9, AT_UID = 11, AT_EUID = 12, AT_GID = 13, AT_EGID = 14, AT_PLATFORM = 15,
            AT_HWCAP = 16, AT_CLKTCK = 17, AT_SECURE = 23, AT_RANDOM = 25, AT_HWCAP2 = 26, AT_EXECFN = 31;

    /** A load failure: errno for execve, message for the command line. */
    public static final class LoadException extends Exception {
        public final int errno;

        public LoadException(int errno, String message) {
            super(message, null, false, false);
            this.errno = errno;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private Loader() {}

    /** Reads and checks the file; the caller has resolved the path. */
    public static ElfFile check(Path host, String shown) throws LoadException {
        byte[] data;
        try {
            if (Files.isDirectory(host)) throw new LoadException(Errno.EACCES, shown + ": Is a directory");
            if (!Files.exists(host)) throw new LoadException(Errno.ENOENT, shown + ": No such file or directory");
            if (!Files.isExecutable(host)) throw new LoadException(Errno.EACCES, shown + ": Permission denied");
            data = Files.readAllBytes(host);
        } catch (IOException e) {
            throw new LoadException(Errno.EACCES, shown + ": cannot read: " + e.getMessage());
        }
        if (!ElfFile.hasElfMagic(data)) throw new LoadException(Errno.ENOEXEC, shown + ": not an ELF executable");
        ElfFile elf;
        try {
            elf = ElfFile.parse(data);
        } catch (ElfFormatException e) {
            throw new LoadException(Errno.ENOEXEC, shown + ": bad ELF file: " + e.getMessage());
        }
        if (!elf.is64()) throw new LoadException(Errno.ENOEXEC, shown + ": 32-bit ELF programs are not supported");
        if (elf.machine() != Elf.EM_X86_64) throw new LoadException(Errno.ENOEXEC, shown + ": not an x86-64 program");
        if (elf.type() != Elf.ET_EXEC && elf.type() != Elf.ET_DYN) {
            throw new LoadException(Errno.ENOEXEC, shown + ": not an executable (ELF type " + elf.type() + ")");
        }
        if (elf.isDynamic()) {
            String interp;
            try {
                interp = elf.interpreter().orElse("?");
            } catch (ElfFormatException e) {
                interp = "?";
            }
            throw new LoadException(Errno.ENOEXEC, shown + ": dynamically linked programs are not supported (interpreter "
                    + interp + "); link it with -static");
        }
        return elf;
    }

    /** Maps the image into a new address space and sets up {@code p}'s CPU to start it. */
    public static void load(Proc p, ElfFile elf, String execfn, List<String> argv, List<String> envp)
            throws LoadException {
        ProcessMemory m = new ProcessMemory();
        long bias = 0;
        long minVaddr = Long.MAX_VALUE, maxEnd = 0;
        for (ProgramHeader ph : elf.programHeaders()) {
            if (!ph.isLoad()) continue;
            minVaddr = Math.min(minVaddr, ph.vaddr() & ~0xFFFL);
            maxEnd = Math.max(maxEnd, ph.vaddr() + ph.memsz());
        }
        if (maxEnd == 0) throw new LoadException(Errno.ENOEXEC, execfn + ": no loadable segments");
        if (elf.type() == Elf.ET_DYN) bias = PIE_BASE - minVaddr;
        for (ProgramHeader ph : elf.programHeaders()) {
            if (!ph.isLoad() || ph.memsz() == 0) continue;
            long start = (ph.vaddr() + bias) & ~0xFFFL;
            long end = (ph.vaddr() + bias + ph.memsz() + 0xFFF) & ~0xFFFL;
            int prot = (ph.readable() ? 1 : 0) | (ph.writable() ? 2 : 0) | (ph.executable() ? 4 : 0);
            // A page shared with the previous segment keeps both segments' rights.
            ProcessMemory.Vma prev = m.vmaAt(start);
            if (prev != null) {
                m.protect(start, 4096, prev.prot | prot);
                start += 4096;
            }
            if (end > start) m.map(start, end - start, prot, execfn, ph.offset() & ~0xFFFL);
        }
        for (ProgramHeader ph : elf.programHeaders()) {
            if (!ph.isLoad() || ph.filesz() == 0) continue;
            byte[] data;
            try {
                data = elf.segmentData(ph);
            } catch (ElfFormatException e) {
                throw new LoadException(Errno.ENOEXEC, execfn + ": " + e.getMessage());
            }
            m.poke(ph.vaddr() + bias, data, 0, data.length);
        }
        long phdr = 0;
        for (ProgramHeader ph : elf.programHeaders()) if (ph.type() == Elf.PT_PHDR) phdr = ph.vaddr() + bias;
        if (phdr == 0) {
            for (ProgramHeader ph : elf.programHeaders()) {
                if (ph.isLoad() && ph.offset() <= elf.header().phoff()
                        && elf.header().phoff() < ph.offset() + ph.filesz()) {
                    phdr = ph.vaddr() + bias + (elf.header().phoff() - ph.offset());
                }
            }
        }
        p.newImage(m);
        p.brkStart = p.brk = (maxEnd + bias + 0xFFF) & ~0xFFFL;
        p.mmapTop = 0x7ffff7fff000L;
        m.map(STACK_TOP - STACK_SIZE, STACK_SIZE, 3, "[stack]");
        long entry = elf.entry() + bias;
        long[] aux = {
            AT_PHDR, phdr, AT_PHENT, 56, AT_PHNUM, elf.programHeaders().size(), AT_PAGESZ, 4096, AT_BASE, 0,
            AT_FLAGS, 0, AT_ENTRY, entry, AT_UID, p.kernel.uid, AT_EUID, p.kernel.uid, AT_GID, p.kernel.gid,
            AT_EGID, p.kernel.gid, AT_SECURE, 0, AT_RANDOM, -1, AT_HWCAP, p.cpu.cpuid.leaf1Edx & 0xFFFFFFFFL,
            AT_HWCAP2, 0, AT_CLKTCK, 100, AT_PLATFORM, -2, AT_EXECFN, -3, AT_NULL, 0};
        Cpu c = p.cpu;
        c.gpr[Cpu.RSP] = buildStack(m, execfn, argv, envp, aux);
        c.rip = entry;
        p.exe = execfn;
        p.argv = argv;
        String base = argv.isEmpty() ? execfn : argv.get(0);
        base = base.substring(base.lastIndexOf('/') + 1);
        p.comm = base.length() > 15 ? base.substring(0, 15) : base;
    }

    private static long buildStack(ProcessMemory m, String execfn, List<String> argv, List<String> envp, long[] aux) {
        long sp = STACK_TOP - 8; // the kernel leaves a NULL word at the very top
        sp = putString(m, sp, execfn);
        long execfnAddr = sp;
        List<Long> envAddrs = new ArrayList<>(), argAddrs = new ArrayList<>();
        for (int k = envp.size() - 1; k >= 0; k--) {
            sp = putString(m, sp, envp.get(k));
            envAddrs.add(0, sp);
        }
        for (int k = argv.size() - 1; k >= 0; k--) {
            sp = putString(m, sp, argv.get(k));
            argAddrs.add(0, sp);
        }
        sp = putString(m, sp, "x86_64");
        long platform = sp;
        sp &= ~15L;
        byte[] rnd = new byte[16];
        RANDOM.nextBytes(rnd);
        sp -= 16;
        m.poke(sp, rnd, 0, 16);
        long random = sp;
        for (int k = 0; k < aux.length; k += 2) {
            if (aux[k + 1] == -1) aux[k + 1] = random;
            else if (aux[k + 1] == -2) aux[k + 1] = platform;
            else if (aux[k + 1] == -3) aux[k + 1] = execfnAddr;
        }
        int words = 1 + argAddrs.size() + 1 + envAddrs.size() + 1 + aux.length;
        sp = (sp - 8L * words) & ~15L;
        ByteBuffer b = ByteBuffer.allocate(8 * words).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(argAddrs.size());
        for (long a : argAddrs) b.putLong(a);
        b.putLong(0);
        for (long a : envAddrs) b.putLong(a);
        b.putLong(0);
        for (long a : aux) b.putLong(a);
        m.poke(sp, b.array(), 0, b.capacity());
        return sp;
    }

    private static long putString(ProcessMemory m, long sp, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        sp -= z.length;
        m.poke(sp, z, 0, z.length);
        return sp;
    }
}
