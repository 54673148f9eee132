/* A tight system-call loop: getpid, write of one byte to /dev/null and clock_gettime, each made
 * as a real system call with syscall(2) so the vDSO (which turns clock_gettime into a plain
 * memory read natively) does not hide the kernel entry.  Measures the cost of a guest system call
 * in the emulator: trap, dispatch, host call, return. */
#include "bench.h"
#include <fcntl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    long iters = bench_reps(argc, argv, 1000000, 300);
    int fd = open("/dev/null", O_WRONLY);
    if (fd < 0) {
        perror("/dev/null");
        return 1;
    }
    long pid = syscall(SYS_getpid);
    long same_pid = 0, written = 0, clock_ok = 0;
    struct timespec prev = {0, 0}, now;
    for (long i = 0; i < iters; i++) {
        same_pid += syscall(SYS_getpid) == pid;
        written += syscall(SYS_write, fd, "x", 1);
        if (syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &now) == 0 &&
            (now.tv_sec > prev.tv_sec || (now.tv_sec == prev.tv_sec && now.tv_nsec >= prev.tv_nsec)))
            clock_ok++;
        prev = now;
    }
    close(fd);
    /* only counts are printed: pids and times differ from run to run */
    printf("syscalls: iterations=%ld getpid_consistent=%ld bytes_written=%ld clock_monotonic=%ld\n", iters,
           same_pid, written, clock_ok);
    return 0;
}
