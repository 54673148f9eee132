/* mmap, mprotect, munmap, mremap, brk and file mappings. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static sigjmp_buf jb;
static void on_segv(int sig, siginfo_t *si, void *ctx) { siglongjmp(jb, 1); }

static int writable(volatile char *p) {
    if (sigsetjmp(jb, 1)) return 0;
    *p = 1;
    return 1;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    char *p = mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap ok %d aligned %d zero %d\n", p != MAP_FAILED, ((long) p & 4095) == 0, p[12345] == 0);
    memset(p, 'x', 1 << 20);
    printf("writable %d\n", writable(p + 4096));
    mprotect(p + 4096, 4096, PROT_READ);
    printf("after mprotect: page1 %d page0 %d page2 %d read %c\n", writable(p + 4096), writable(p), writable(p + 8192),
           p[4096]);
    munmap(p + 8192, 4096);
    printf("after munmap: %d\n", writable(p + 8192));
    char *q = mremap(p + 12288, 4096, 65536, MREMAP_MAYMOVE);
    printf("mremap ok %d keeps data %d\n", q != MAP_FAILED, q[0] == 'x');
    char *b0 = sbrk(0);
    char *b1 = sbrk(1 << 16);
    printf("sbrk grows %d\n", b1 == b0 && sbrk(0) == b0 + (1 << 16));
    memset(b1, 1, 1 << 16);
    int fd = open("map.txt", O_CREAT | O_RDWR | O_TRUNC, 0600);
    write(fd, "mapped file contents\n", 21);
    char *m = mmap(NULL, 21, PROT_READ, MAP_PRIVATE, fd, 0);
    printf("file map: %.20s\n", m);
    long sum = 0;
    for (int i = 0; i < 100; i++) {
        char *x = malloc(1000 * i + 1);
        memset(x, i, 1000 * i + 1);
        sum += x[1000 * i];
        free(x);
    }
    printf("malloc sum %ld\n", sum);
    char *big = malloc(64 << 20);
    big[(64 << 20) - 1] = 7;
    printf("big %d\n", big[(64 << 20) - 1]);
    return 0;
}
