package pacifica.linux.sys;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import pacifica.emu.cpu.Cpu;
import pacifica.linux.Proc;

/** uname, limits, usage, random, arch_prctl, prctl, futex (one thread), affinity. */
final class MiscCalls {
    private MiscCalls() {}

    private static final SecureRandom RANDOM = new SecureRandom();

    static long uname(Proc p, long[] a) {
        byte[] b = new byte[65 * 6];
        String[] f = {"Linux", hostname(), "6.1.0-pacifica", "#1 SMP PREEMPT_DYNAMIC Pacifica", "x86_64", "(none)"};
        for (int k = 0; k < 6; k++) {
            byte[] s = f[k].getBytes(StandardCharsets.UTF_8);
            System.arraycopy(s, 0, b, 65 * k, Math.min(64, s.length));
        }
        U.writeBytes(p, a[0], b);
        return 0;
    }

    static String hostname() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (Exception e) {
            return "localhost";
        }
    }

    static long[] limit(int res) {
        return switch (res) {
            case 3 -> new long[] {8L << 20, -1}; // STACK
            case 7 -> new long[] {1024, 1024}; // NOFILE
            default -> new long[] {-1, -1};
        };
    }

    static long getrlimit(Proc p, long[] a) {
        if (a[0] < 0 || a[0] > 15) return -Errno.EINVAL;
        long[] l = limit((int) a[0]);
        U.write64(p, a[1], l[0]);
        U.write64(p, a[1] + 8, l[1]);
        return 0;
    }

    static long prlimit64(Proc p, long[] a) {
        if (a[1] < 0 || a[1] > 15) return -Errno.EINVAL;
        if (a[3] != 0) {
            long[] l = limit((int) a[1]);
            U.write64(p, a[3], l[0]);
            U.write64(p, a[3] + 8, l[1]);
        }
        return 0;
    }

    static long getrusage(Proc p, long[] a) {
        byte[] b = new byte[144];
        long us = (System.nanoTime() - p.startNanos) / 1000;
        U.le(b).putLong(0, us / 1_000_000).putLong(8, us % 1_000_000);
        U.writeBytes(p, a[1], b);
        return 0;
    }

    static long times(Proc p, long[] a) {
        long ticks = (System.nanoTime() - p.startNanos) / 10_000_000L;
        if (a[0] != 0) {
            byte[] b = new byte[32];
            U.le(b).putLong(0, ticks);
            U.writeBytes(p, a[0], b);
        }
        return System.nanoTime() / 10_000_000L;
    }

    static long sysinfo(Proc p, long[] a) {
        byte[] b = new byte[112];
        long up = (System.nanoTime() - p.kernel.startNanos) / 1_000_000_000L + 1;
        U.le(b).putLong(0, up).putLong(32, 8L << 30).putLong(40, 4L << 30).putShort(80, (short) p.kernel.procs.size())
                .putInt(104, 1);
        U.writeBytes(p, a[0], b);
        return 0;
    }

    static long getgroups(Proc p, long[] a) {
        if (a[0] == 0) return 1;
        U.write32(p, a[1], p.kernel.gid);
        return 1;
    }

    static long getrandom(Proc p, long[] a) {
        byte[] b = new byte[(int) Math.min(a[1], 1 << 20)];
        RANDOM.nextBytes(b);
        U.writeBytes(p, a[0], b);
        return b.length;
    }

    static long archPrctl(Proc p, long[] a) {
        Cpu c = p.cpu;
        switch ((int) a[0]) {
            case 0x1001 -> c.segBase[5] = a[1]; // ARCH_SET_GS
            case 0x1002 -> c.segBase[4] = a[1]; // ARCH_SET_FS
            case 0x1003 -> U.write64(p, a[1], c.segBase[4]);
            case 0x1004 -> U.write64(p, a[1], c.segBase[5]);
            default -> {
                return -Errno.EINVAL;
            }
        }
        return 0;
    }

    static long prctl(Proc p, long[] a) {
        switch ((int) a[0]) {
            case 15 -> { // PR_SET_NAME
                byte[] s = p.mem.readCString(a[1], 16);
                String n = s == null ? "" : new String(s, StandardCharsets.ISO_8859_1);
                p.comm = n.length() > 15 ? n.substring(0, 15) : n;
                return 0;
            }
            case 16 -> { // PR_GET_NAME
                byte[] b = new byte[16];
                byte[] s = p.comm.getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(s, 0, b, 0, Math.min(15, s.length));
                U.writeBytes(p, a[1], b);
                return 0;
            }
            default -> {
                return -Errno.EINVAL;
            }
        }
    }

    static long futex(Proc p, long[] a) {
        int op = (int) a[1] & 0x7F;
        switch (op) {
            case 0, 9 -> { // WAIT, WAIT_BITSET: one thread, nobody can wake us
                byte[] b = U.readBytes(p, a[0], 4);
                if (U.le(b).getInt(0) != (int) a[2]) return -Errno.EAGAIN;
                return -Errno.ETIMEDOUT;
            }
            case 1, 10 -> {
                return 0;
            }
            default -> {
                return -Errno.ENOSYS;
            }
        }
    }

    static long schedGetaffinity(Proc p, long[] a) {
        if (a[1] < 8) return -Errno.EINVAL;
        U.write64(p, a[2], 1);
        return 8;
    }
}
