/*
 * Alignment checking (#AC -> SIGBUS BUS_ADRALN) and single-step traps (RFLAGS.TF: #DB -> SIGTRAP
 * TRAP_TRACE), compared with the native run: which accesses fault at which misalignments, and the
 * offsets of the instructions after which the single-step traps arrive.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

static sigjmp_buf jump;
static volatile int got_sig, got_code;
static volatile uintptr_t got_addr;
static char buf[256] __attribute__((aligned(64)));

static void on_bus(int sig, siginfo_t *info, void *ctx) {
    __asm__ volatile("pushf; andl $~0x40000,(%rsp); popf"); /* AC is still set in the handler */
    got_sig = sig;
    got_code = info->si_code;
    got_addr = (uintptr_t) info->si_addr;
    (void) ctx;
    siglongjmp(jump, 1);
}

#define AC_ON "pushf; orl $0x40000,(%%rsp); popf\n"
#define AC_OFF "pushf; andl $~0x40000,(%%rsp); popf\n"
#define ACCESS(name, text)                                                                     \
    do {                                                                                       \
        got_sig = 0;                                                                           \
        if (!sigsetjmp(jump, 1)) {                                                             \
            __asm__ volatile(AC_ON text "\n" AC_OFF                                            \
                             : : "r"(p) : "memory", "rax", "rcx", "rsi", "rdi", "xmm0", "cc"); \
        } else {                                                                               \
            __asm__ volatile("pushf; andl $~0x40000,(%rsp); popf");                            \
        }                                                                                      \
        if (got_sig == SIGBUS)                                                                 \
            printf(" %s:BUS/%d%s", name, got_code, got_addr ? "/addr" : "");                   \
        else if (got_sig)                                                                      \
            printf(" %s:sig%d", name, got_sig);                                                \
        else                                                                                   \
            printf(" %s:ok", name);                                                            \
    } while (0)

static void alignment(void) {
    static const int offsets[] = {0, 1, 2, 4, 8, 12};
    for (unsigned k = 0; k < sizeof offsets / sizeof offsets[0]; k++) {
        char *p = buf + 64 + offsets[k];
        printf("offset %d:", offsets[k]);
        ACCESS("movw", "movw (%0),%%ax");
        ACCESS("movl", "movl (%0),%%eax");
        ACCESS("movq", "movq (%0),%%rax");
        ACCESS("addq-rmw", "addq $1,(%0)");
        ACCESS("movb", "movb (%0),%%al");
        ACCESS("movups", "movups (%0),%%xmm0");
        ACCESS("movdqu-store", "movdqu %%xmm0,(%0)");
        ACCESS("lddqu", "lddqu (%0),%%xmm0");
        ACCESS("movss", "movss (%0),%%xmm0");
        ACCESS("movsd", "movsd (%0),%%xmm0");
        ACCESS("addps", "addps (%0),%%xmm0");
        ACCESS("fldl", "fldl (%0); fstp %%st(0)");
        ACCESS("fldt", "fldt (%0); fstp %%st(0)");
        ACCESS("fnstcw", "fnstcw (%0)");
        ACCESS("fnstenv", "fnstenv (%0); fldcw (%0)");
        ACCESS("push", "mov %%rsp,%%rax; lea 128(%0),%%rsp; push %%rcx; mov %%rax,%%rsp");
        ACCESS("rep-movsw", "lea (%0),%%rsi; lea 32(%0),%%rdi; mov $12,%%ecx; rep movsw");
        ACCESS("rep-movsb", "lea (%0),%%rsi; lea 32(%0),%%rdi; mov $12,%%ecx; rep movsb");
        ACCESS("btl-bitstring", "movl $100,%%eax; btl %%eax,(%0)");
        printf("\n");
    }
}

static volatile int traps;
static volatile uintptr_t trap_rip[64];
static volatile int trap_code[64];

static void on_trap(int sig, siginfo_t *info, void *ctx) {
    ucontext_t *uc = ctx;
    if (traps < 64) {
        trap_rip[traps] = (uintptr_t) uc->uc_mcontext.gregs[REG_RIP];
        trap_code[traps] = info->si_code;
    }
    traps++;
    (void) sig;
}

static void single_step(void) {
    uintptr_t start;
    long pid;
    __asm__ volatile(
        "pushf; orq $0x100,(%%rsp); popf\n" /* no trap after the POPF that sets TF */
        "1: nop\n"
        "  nop\n"
        "  mov $3,%%ecx\n"
        "2: dec %%ecx\n"
        "  jnz 2b\n"
        "  mov $39,%%eax\n" /* getpid */
        "  syscall\n"
        "  mov %%rax,%1\n"
        "  pushf; andq $~0x100,(%%rsp); popf\n" /* the POPF that clears TF still traps */
        "  nop\n"
        "  lea 1b(%%rip),%0\n"
        : "=r"(start), "=r"(pid) : : "rax", "rcx", "r11", "memory", "cc");
    printf("single-step: %d traps, getpid %s\n", traps, pid > 0 ? "ok" : "failed");
    for (int k = 0; k < traps && k < 64; k++) {
        printf(" +%ld/%d", (long) (trap_rip[k] - start), trap_code[k]);
    }
    printf("\n");
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    static char altstack[65536];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
    sigaltstack(&ss, NULL);
    sa.sa_sigaction = on_bus;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGSEGV, &sa, NULL);
    alignment();
    sa.sa_sigaction = on_trap;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTRAP, &sa, NULL);
    single_step();
    return 0;
}
