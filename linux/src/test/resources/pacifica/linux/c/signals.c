/* Signal handlers that read and change the interrupted context (ucontext), masks, alternate stacks. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

static volatile int got;
static volatile void *fault_addr;
static char altstack[65536];
static volatile int on_alt;
static sigjmp_buf jb;

static void on_ill(int sig, siginfo_t *si, void *ctx) {
    ucontext_t *uc = ctx;
    got = sig;
    uc->uc_mcontext.gregs[REG_RIP] += 2; /* skip ud2 */
    uc->uc_mcontext.gregs[REG_RAX] = 42;
}

static void on_segv(int sig, siginfo_t *si, void *ctx) {
    ucontext_t *uc = ctx;
    fault_addr = si->si_addr;
    char x;
    on_alt = (uintptr_t) &x >= (uintptr_t) altstack && (uintptr_t) &x < (uintptr_t) altstack + sizeof altstack;
    printf("segv code %d trapno %lld\n", si->si_code, (long long) uc->uc_mcontext.gregs[REG_TRAPNO]);
    siglongjmp(jb, 1);
}

static void on_usr(int sig) { got = sig; }
static void on_fpe(int sig, siginfo_t *si, void *ctx) {
    printf("fpe code %d\n", si->si_code);
    siglongjmp(jb, 2);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_ill;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGILL, &sa, NULL);
    long rax;
    __asm__ volatile("mov $1, %%rax\n\tud2\n\t" : "=a"(rax));
    printf("after ud2: sig %d rax %ld\n", got, rax);

    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGSEGV, &sa, NULL);
    if (sigsetjmp(jb, 1) == 0) {
        *(volatile int *) 0x1234 = 5;
    }
    printf("fault addr %p on altstack %d\n", fault_addr, on_alt);

    sa.sa_sigaction = on_fpe;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGFPE, &sa, NULL);
    volatile int zero = 0;
    if (sigsetjmp(jb, 1) == 0) printf("%d\n", 100 / zero);
    printf("after fpe\n");

    signal(SIGUSR1, on_usr);
    sigset_t set, old, pend;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    got = 0;
    raise(SIGUSR1);
    sigpending(&pend);
    printf("blocked: got %d pending %d\n", got, sigismember(&pend, SIGUSR1));
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("unblocked: got %d\n", got);

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr;
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGUSR2, &sa, NULL);
    got = 0;
    kill(getpid(), SIGUSR2);
    struct sigaction now;
    sigaction(SIGUSR2, NULL, &now);
    printf("resethand: got %d now default %d\n", got, now.sa_handler == SIG_DFL);

    signal(SIGALRM, on_usr);
    got = 0;
    alarm(1);
    pause();
    printf("alarm: got %d\n", got);
    signal(SIGINT, SIG_IGN);
    raise(SIGINT);
    printf("ignored SIGINT\n");
    fflush(stdout);
    abort();
}
