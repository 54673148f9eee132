/* Pipes, fork, exec and wait. */
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc > 1) { /* exec'ed child */
        printf("exec'ed with %s %s\n", argv[1], argc > 2 ? argv[2] : "-");
        return atoi(argv[1]);
    }
    setvbuf(stdout, NULL, _IONBF, 0);
    int p[2];
    if (pipe(p)) return 1;
    pid_t pid = fork();
    if (pid == 0) {
        close(p[0]);
        for (int i = 0; i < 1000; i++) dprintf(p[1], "%d\n", i);
        _exit(3);
    }
    close(p[1]);
    char buf[4096];
    long total = 0, n;
    while ((n = read(p[0], buf, sizeof buf)) > 0) total += n;
    int status;
    pid_t w = waitpid(pid, &status, 0);
    printf("read %ld bytes, waited right child %d, exited %d code %d\n", total, w == pid, WIFEXITED(status),
           WEXITSTATUS(status));
    pid = fork();
    if (pid == 0) {
        execl("/proc/self/exe", "procs", "5", "x", (char *) 0);
        _exit(99);
    }
    waitpid(pid, &status, 0);
    printf("exec child code %d\n", WEXITSTATUS(status));
    pid = fork();
    if (pid == 0) {
        raise(SIGTERM);
        _exit(1);
    }
    waitpid(pid, &status, 0);
    printf("signaled %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));
    pid = fork();
    if (pid == 0) {
        *(volatile int *) 0 = 1;
        _exit(1);
    }
    waitpid(pid, &status, 0);
    printf("segv child: signaled %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));
    w = waitpid(-1, &status, 0);
    printf("waitpid no child: %d %s\n", (int) w, strerror(errno));

    /* waitid: an exited child and a killed one, reported through siginfo_t; WNOHANG with none ready. */
    {
        siginfo_t info;
        pid_t c1 = fork();
        if (c1 == 0) _exit(7);
        memset(&info, 0x55, sizeof info);
        int r = waitid(P_PID, c1, &info, WEXITED);
        printf("waitid exited: r=%d signo=%d code=%d pid_ok=%d status=%d\n", r, info.si_signo, info.si_code,
               info.si_pid == c1, info.si_status);
        pid_t c2 = fork();
        if (c2 == 0) { pause(); _exit(0); }
        memset(&info, 0x55, sizeof info);
        r = waitid(P_ALL, 0, &info, WEXITED | WNOHANG);
        printf("waitid nohang: r=%d pid=%d\n", r, (int) info.si_pid);
        kill(c2, SIGKILL);
        r = waitid(P_ALL, 0, &info, WEXITED);
        printf("waitid killed: r=%d code=%d status=%d\n", r, info.si_code, info.si_status);
        errno = 0;
        r = waitid(P_ALL, 0, &info, WEXITED);
        printf("waitid none: r=%d %s\n", r, strerror(errno));
    }

    /* execveat: through a descriptor of the program itself (AT_EMPTY_PATH, i.e. fexecve). */
    {
        int fd = open("/proc/self/exe", O_RDONLY);
        pid_t c = fork();
        if (c == 0) {
            char *args[] = {argv[0], "5", "via-execveat", NULL};
            char *env[] = {NULL};
            syscall(SYS_execveat, fd, "", args, env, 0x1000 /* AT_EMPTY_PATH */);
            _exit(99);
        }
        int st;
        waitpid(c, &st, 0);
        printf("execveat child code %d\n", WEXITSTATUS(st));
        close(fd);
    }
    /* a two-stage pipeline: child 1 writes, child 2 upper-cases through a second pipe */
    int a[2], b[2];
    pipe(a);
    pipe(b);
    if (fork() == 0) {
        close(a[0]); close(b[0]); close(b[1]);
        for (int i = 0; i < 3; i++) dprintf(a[1], "word%d\n", i);
        _exit(0);
    }
    if (fork() == 0) {
        close(a[1]); close(b[0]);
        char c;
        while (read(a[0], &c, 1) == 1) {
            if (c >= 'a' && c <= 'z') c -= 32;
            write(b[1], &c, 1);
        }
        _exit(0);
    }
    close(a[0]); close(a[1]); close(b[1]);
    while ((n = read(b[0], buf, sizeof buf)) > 0) write(1, buf, n);
    while (wait(&status) > 0) { }
    signal(SIGPIPE, SIG_IGN);
    int q[2];
    pipe(q);
    close(q[0]);
    n = write(q[1], "x", 1);
    printf("write to closed pipe: %ld %s\n", n, strerror(errno));
    fprintf(stderr, "to stderr\n");
    return 0;
}
