/*
 * Executes machine code on the host processor and reports whether it faults: the oracle for
 * "does this encoding raise #UD on a real AMD64 CPU" (used by HostExecutionTest).
 *
 * Each argument is one instruction in hex. It is copied into an executable page, followed by RET,
 * and called. A 4-byte data word at page offset 0x800 holds 0x1F80 (the default MXCSR), so that an
 * instruction with a RIP-relative operand aimed there (VLDMXCSR/VSTMXCSR) reads sane data.
 * Output, one line per argument: "<hex> ok" or "<hex> sig <n>" (4 = SIGILL, i.e. #UD).
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static sigjmp_buf env;

static void on_signal(int sig) { siglongjmp(env, sig); }

int main(int argc, char **argv) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_NODEFER;
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    unsigned char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) return 2;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        int n = 0;
        memset(page, 0xCC, 0x800);
        while (s[0] && s[1] && n < 64) {
            unsigned v;
            if (sscanf(s, "%2x", &v) != 1) return 3;
            page[n++] = (unsigned char) v;
            s += 2;
        }
        page[n] = 0xC3;
        page[0x800] = 0x80;
        page[0x801] = 0x1F;
        page[0x802] = 0;
        page[0x803] = 0;
        int sig = sigsetjmp(env, 1);
        if (sig == 0) {
            ((void (*)(void)) page)();
            printf("%s ok\n", argv[i]);
        } else {
            printf("%s sig %d\n", argv[i], sig);
        }
        fflush(stdout);
    }
    return 0;
}
