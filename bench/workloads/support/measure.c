/* measure: runs a command and reports the CPU time and peak RSS of it and its descendants,
 * from the rusage wait4(2) returns (microsecond resolution; /usr/bin/time rounds to 10 ms).
 *
 *   measure OUTFILE TIMEOUT_SECONDS COMMAND [ARGS...]
 *
 * Writes one line to OUTFILE:  STATUS USER_SECONDS SYS_SECONDS MAXRSS_KB WALL_SECONDS
 * where STATUS is the exit code, or "signal:N", or "timeout".  The command's stdin/stdout/stderr
 * are inherited.  The command runs in its own process group so a timeout kills all of it. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t timed_out;
static pid_t child;

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
    kill(-child, SIGKILL);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: measure OUTFILE TIMEOUT_SECONDS COMMAND [ARGS...]\n");
        return 2;
    }
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 2;
    }
    unsigned timeout = (unsigned)strtoul(argv[2], NULL, 10);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    child = fork();
    if (child < 0) {
        perror("fork");
        return 2;
    }
    if (child == 0) {
        setpgid(0, 0);
        execvp(argv[3], argv + 3);
        fprintf(stderr, "measure: cannot run %s: %s\n", argv[3], strerror(errno));
        _exit(127);
    }
    setpgid(child, child);
    struct sigaction sa = {0};
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    if (timeout)
        alarm(timeout);

    int status;
    struct rusage ru;
    while (wait4(child, &status, 0, &ru) < 0)
        if (errno != EINTR) {
            perror("wait4");
            return 2;
        }
    alarm(0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    /* wait4's rusage of the child already includes the descendants it waited for, and its
       ru_maxrss is the largest of theirs (the launcher script execs the JVM in the same process) */
    if (timed_out)
        fprintf(out, "timeout");
    else if (WIFSIGNALED(status))
        fprintf(out, "signal:%d", WTERMSIG(status));
    else
        fprintf(out, "%d", WEXITSTATUS(status));
    fprintf(out, " %ld.%06ld %ld.%06ld %ld %.6f\n", (long)ru.ru_utime.tv_sec, (long)ru.ru_utime.tv_usec,
            (long)ru.ru_stime.tv_sec, (long)ru.ru_stime.tv_usec, ru.ru_maxrss,
            (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    fclose(out);
    return 0;
}
