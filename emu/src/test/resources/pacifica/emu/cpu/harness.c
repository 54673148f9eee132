/*
 * Built with -DFX_STATE (FpDifferentialTest) the record also carries the x87/SSE state: a 512-byte
 * FXSAVE image after the poke, loaded with FXRSTOR64 right before the code runs; the state is saved
 * with FXSAVE64 as the first thing after it (or taken from the signal context) and printed after
 * the flags as " X " and the hex of bytes 0-415.
 *
 * Differential-testing harness: runs x86-64 test sequences natively and prints the final state.
 * Built by the emu tests with gcc; reads test records from stdin, writes one line per record.
 *
 * Record (little-endian): u32 code length (0 ends the input), code bytes, u64 scratch seed,
 * u64 regs[16] (RAX..R15), u64 rflags, u32 poke offset (0xFFFFFFFF: none), u64 poke value.
 *
 * The code runs at CODE_ADDR followed by a jump back into the harness; the scratch buffer at
 * SCRATCH_ADDR is filled from the seed with splitmix64 (and the poke) before each record.
 * Output line: "N|F trapno err addr rip r0..r15 rflags" then " off=byte" for each scratch byte
 * that differs from its initial value. F lines (a signal) take the registers from the signal
 * context: the state at the faulting instruction.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#define CODE_ADDR 0x20000000UL
#define CODE_SIZE 0x10000UL
#define SCRATCH_ADDR 0x10000000UL
#define SCRATCH_SIZE 0x2000UL

struct state { uint64_t r[16]; uint64_t rflags; };
struct state in_state, out_state;
#ifdef FX_STATE
uint8_t fx_in[512] __attribute__((aligned(64)));
uint8_t fx_out[512] __attribute__((aligned(64)));
uint32_t mxcsr_default = 0x1F80;
#define FX_LOAD "  fxrstor64 fx_in(%rip)\n"
#define FX_SAVE "  fxsave64 fx_out(%rip)\n  fninit\n ldmxcsr mxcsr_default(%rip)\n"
#else
#define FX_LOAD ""
#define FX_SAVE ""
#endif
uint64_t host_rsp;
uint64_t code_entry = CODE_ADDR;
void run_test(void);
void exit_stub(void);

__asm__(
    ".text\n"
    ".globl run_test\n"
    "run_test:\n"
    "  push %rbx\n push %rbp\n push %r12\n push %r13\n push %r14\n push %r15\n"
    "  mov %rsp, host_rsp(%rip)\n"
    "  pushq in_state+128(%rip)\n popfq\n"
    "  mov in_state+0(%rip), %rax\n mov in_state+8(%rip), %rcx\n mov in_state+16(%rip), %rdx\n"
    "  mov in_state+24(%rip), %rbx\n mov in_state+40(%rip), %rbp\n mov in_state+48(%rip), %rsi\n"
    "  mov in_state+56(%rip), %rdi\n mov in_state+64(%rip), %r8\n mov in_state+72(%rip), %r9\n"
    "  mov in_state+80(%rip), %r10\n mov in_state+88(%rip), %r11\n mov in_state+96(%rip), %r12\n"
    "  mov in_state+104(%rip), %r13\n mov in_state+112(%rip), %r14\n mov in_state+120(%rip), %r15\n"
    "  mov in_state+32(%rip), %rsp\n"
    FX_LOAD
    "  jmp *code_entry(%rip)\n"
    ".globl exit_stub\n"
    "exit_stub:\n"
    FX_SAVE
    "  mov %rax, out_state+0(%rip)\n mov %rcx, out_state+8(%rip)\n mov %rdx, out_state+16(%rip)\n"
    "  mov %rbx, out_state+24(%rip)\n mov %rsp, out_state+32(%rip)\n mov %rbp, out_state+40(%rip)\n"
    "  mov %rsi, out_state+48(%rip)\n mov %rdi, out_state+56(%rip)\n mov %r8, out_state+64(%rip)\n"
    "  mov %r9, out_state+72(%rip)\n mov %r10, out_state+80(%rip)\n mov %r11, out_state+88(%rip)\n"
    "  mov %r12, out_state+96(%rip)\n mov %r13, out_state+104(%rip)\n mov %r14, out_state+112(%rip)\n"
    "  mov %r15, out_state+120(%rip)\n"
    "  mov host_rsp(%rip), %rsp\n"
    "  pushfq\n popq out_state+128(%rip)\n cld\n"
    "  pop %r15\n pop %r14\n pop %r13\n pop %r12\n pop %rbp\n pop %rbx\n"
    "  ret\n");

static sigjmp_buf jump;
static volatile int fault_trapno, fault_err;
static volatile uint64_t fault_addr, fault_rip;

static void on_signal(int sig, siginfo_t *info, void *ctx) {
    ucontext_t *uc = ctx;
    greg_t *g = uc->uc_mcontext.gregs;
    static const int order[16] = {REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
                                  REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15};
    for (int i = 0; i < 16; i++) out_state.r[i] = g[order[i]];
    out_state.rflags = g[REG_EFL];
    fault_trapno = (int) g[REG_TRAPNO];
    fault_err = (int) g[REG_ERR];
    fault_addr = (uint64_t) info->si_addr;
    fault_rip = g[REG_RIP];
#ifdef FX_STATE
    if (uc->uc_mcontext.fpregs) memcpy(fx_out, uc->uc_mcontext.fpregs, 512);
#endif
    (void) sig;
    siglongjmp(jump, 1);
}

static uint64_t splitmix(uint64_t *s) {
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static int read_all(void *p, size_t n) {
    return fread(p, 1, n, stdin) == n;
}

int main(void) {
    uint8_t *code = mmap((void *) CODE_ADDR, CODE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    uint8_t *scratch = mmap((void *) SCRATCH_ADDR, SCRATCH_SIZE, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (code != (void *) CODE_ADDR || scratch != (void *) SCRATCH_ADDR) {
        fprintf(stderr, "harness: cannot map fixed buffers\n");
        return 2;
    }
    static uint8_t initial[SCRATCH_SIZE];
    static char altstack[65536];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_signal;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL);
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    for (;;) {
        uint32_t len;
        if (!read_all(&len, 4) || len == 0) break;
        if (len > CODE_SIZE - 16) return 3;
        if (!read_all(code, len)) return 3;
        uint64_t seed;
        uint32_t poke_off;
        uint64_t poke_val;
        if (!read_all(&seed, 8) || !read_all(&in_state, sizeof in_state) || !read_all(&poke_off, 4)
            || !read_all(&poke_val, 8)) return 3;
#ifdef FX_STATE
        if (!read_all(fx_in, 512)) return 3;
        memset(fx_out, 0, sizeof fx_out);
#endif
        /* jmp *0(%rip); .quad exit_stub */
        uint8_t tail[6] = {0xFF, 0x25, 0, 0, 0, 0};
        memcpy(code + len, tail, 6);
        uint64_t target = (uint64_t) exit_stub;
        memcpy(code + len + 6, &target, 8);
        uint64_t s = seed;
        for (size_t i = 0; i < SCRATCH_SIZE; i += 8) {
            uint64_t v = splitmix(&s);
            memcpy(initial + i, &v, 8);
        }
        if (poke_off != 0xFFFFFFFFu && poke_off <= SCRATCH_SIZE - 8) memcpy(initial + poke_off, &poke_val, 8);
        memcpy(scratch, initial, SCRATCH_SIZE);
        int faulted = 0;
        if (sigsetjmp(jump, 1) == 0) {
            run_test();
        } else {
            faulted = 1;
        }
        if (faulted) {
            printf("F %d %d %llx %llx", fault_trapno, fault_err, (unsigned long long) fault_addr,
                   (unsigned long long) fault_rip);
        } else {
            printf("N 0 0 0 0");
        }
        for (int i = 0; i < 16; i++) printf(" %llx", (unsigned long long) out_state.r[i]);
        printf(" %llx", (unsigned long long) out_state.rflags);
#ifdef FX_STATE
        printf(" X ");
        for (int i = 0; i < 416; i++) printf("%02x", fx_out[i]);
#endif
        for (size_t i = 0; i < SCRATCH_SIZE; i++) {
            if (scratch[i] != initial[i]) printf(" %zx=%x", i, scratch[i]);
        }
        printf("\n");
    }
    fflush(stdout);
    return 0;
}
