package pacifica.linux.sys;

import java.time.Instant;

import pacifica.linux.Proc;

/** Clocks and sleeps from the host clocks. */
final class TimeCalls {
    private TimeCalls() {}

    static long[] now(Proc p, int clock) {
        switch (clock) {
            case 0, 5 -> { // REALTIME, REALTIME_COARSE
                Instant i = Instant.now();
                return new long[] {i.getEpochSecond(), i.getNano()};
            }
            case 2, 3 -> { // PROCESS/THREAD_CPUTIME_ID
                long ns = System.nanoTime() - p.startNanos;
                return new long[] {ns / 1_000_000_000L, ns % 1_000_000_000L};
            }
            default -> { // MONOTONIC and friends
                long ns = System.nanoTime();
                return new long[] {ns / 1_000_000_000L, ns % 1_000_000_000L};
            }
        }
    }

    static long clockGettime(Proc p, long[] a) {
        if (a[0] < 0 || a[0] > 11) return -Errno.EINVAL;
        long[] t = now(p, (int) a[0]);
        U.write64(p, a[1], t[0]);
        U.write64(p, a[1] + 8, t[1]);
        return 0;
    }

    static long clockGetres(Proc p, long[] a) {
        if (a[0] < 0 || a[0] > 11) return -Errno.EINVAL;
        if (a[1] != 0) {
            U.write64(p, a[1], 0);
            U.write64(p, a[1] + 8, a[0] == 5 || a[0] == 6 ? 4_000_000 : 1);
        }
        return 0;
    }

    static long gettimeofday(Proc p, long[] a) {
        if (a[0] != 0) {
            Instant i = Instant.now();
            U.write64(p, a[0], i.getEpochSecond());
            U.write64(p, a[0] + 8, i.getNano() / 1000);
        }
        if (a[1] != 0) U.write64(p, a[1], 0);
        return 0;
    }

    static long time(Proc p, long[] a) {
        long t = Instant.now().getEpochSecond();
        if (a[0] != 0) U.write64(p, a[0], t);
        return t;
    }

    private static long sleep(Proc p, long ns) {
        long end = System.nanoTime() + ns;
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) return 0;
            if (p.pending != 0) return -Errno.EINTR;
            try {
                Thread.sleep(Math.min(left / 1_000_000, 10), (int) Math.min(left % 1_000_000, 999_999));
            } catch (InterruptedException e) {
                return -Errno.EINTR;
            }
        }
    }

    static long nanosleep(Proc p, long[] a) {
        long s = U.read64(p, a[0]), ns = U.read64(p, a[0] + 8);
        if (s < 0 || ns < 0 || ns >= 1_000_000_000L) return -Errno.EINVAL;
        return sleep(p, s * 1_000_000_000L + ns);
    }

    static long clockNanosleep(Proc p, long[] a) {
        long s = U.read64(p, a[2]), ns = U.read64(p, a[2] + 8);
        if (ns < 0 || ns >= 1_000_000_000L) return -Errno.EINVAL;
        long total = s * 1_000_000_000L + ns;
        if ((a[1] & 1) != 0) { // TIMER_ABSTIME
            long[] t = now(p, (int) a[0]);
            total -= t[0] * 1_000_000_000L + t[1];
        }
        long r = sleep(p, Math.max(0, total));
        return r;
    }
}
