/* Host-CPU probe for SimdHostCpuTest: executes each instruction given as a hex line on stdin
 * (exactly one instruction's bytes) and prints one line per instruction: "ok" when it ran,
 * "ud" when it raised #UD (SIGILL at the instruction itself), or "sigN@+OFF" for any other
 * signal and where it hit relative to the instruction. #UD is decided before any memory access,
 * so a #GP or #PF (SIGSEGV at +0) still means the processor accepted the encoding.
 *
 * General registers hold addresses of unmapped memory (so stray stores fault instead of
 * corrupting the probe), except rsp; rbx and r11 are 0. The callee-saved registers and rsp are
 * restored after the instruction, MXCSR and the x87/MMX state are reset. */
#define _GNU_SOURCE
#include <signal.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <ucontext.h>

static sigjmp_buf jb;
static volatile uintptr_t insn_addr;
static volatile int sig;
static volatile uintptr_t fault_rip;
static uint64_t saved_rsp;

static void handler(int s, siginfo_t *si, void *ctx) {
    (void) si;
    ucontext_t *uc = ctx;
    sig = s;
    fault_rip = uc->uc_mcontext.gregs[REG_RIP];
    siglongjmp(jb, 1);
}

static unsigned char *emit64(unsigned char *p, unsigned char a, unsigned char b, uint64_t v) {
    *p++ = a; *p++ = b; memcpy(p, &v, 8); return p + 8;
}

int main(void) {
    unsigned char *code = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED) { perror("mmap"); return 2; }
    /* A reserved, inaccessible region: every access through a general register faults, also
     * with the test encodings' displacements (up to 0x12345678). */
    size_t size = 0x14000000;
    unsigned char *buf = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (buf == MAP_FAILED) { perror("mmap"); return 2; }
    uint64_t b = (uint64_t) (buf + 0x100000);
    struct sigaction sa; memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler; sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGILL, &sa, NULL); sigaction(SIGSEGV, &sa, NULL); sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL); sigaction(SIGTRAP, &sa, NULL);
    char line[256];
    while (fgets(line, sizeof line, stdin)) {
        unsigned char insn[32]; int n = 0;
        for (char *s = line; *s && *s != '\n';) {
            while (*s == ' ') s++;
            if (!*s || *s == '\n') break;
            insn[n++] = (unsigned char) strtoul(s, &s, 16);
        }
        unsigned char *p = code;
        *p++ = 0x53; *p++ = 0x55; *p++ = 0x41; *p++ = 0x54; *p++ = 0x41; *p++ = 0x55;
        *p++ = 0x41; *p++ = 0x56; *p++ = 0x41; *p++ = 0x57;                 /* push rbx rbp r12-r15 */
        p = emit64(p, 0x48, 0xB8, (uint64_t) &saved_rsp);
        *p++ = 0x48; *p++ = 0x89; *p++ = 0x20;                              /* mov [rax], rsp */
        p = emit64(p, 0x48, 0xB9, b); p = emit64(p, 0x48, 0xBA, b); p = emit64(p, 0x48, 0xBD, b);
        p = emit64(p, 0x48, 0xBE, b); p = emit64(p, 0x48, 0xBF, b);      /* rcx rdx rbp rsi rdi */
        p = emit64(p, 0x49, 0xB8, b); p = emit64(p, 0x49, 0xB9, b); p = emit64(p, 0x49, 0xBA, b);
        p = emit64(p, 0x49, 0xBC, b); p = emit64(p, 0x49, 0xBD, b); p = emit64(p, 0x49, 0xBE, b);
        p = emit64(p, 0x49, 0xBF, b);                                       /* r8-r10 r12-r15 */
        *p++ = 0x31; *p++ = 0xDB; *p++ = 0x4D; *p++ = 0x31; *p++ = 0xDB;   /* xor ebx,ebx; xor r11,r11 */
        p = emit64(p, 0x48, 0xB8, b);                                       /* rax */
        unsigned char *at = p;
        memcpy(p, insn, n); p += n;
        p = emit64(p, 0x48, 0xB8, (uint64_t) &saved_rsp);
        *p++ = 0x48; *p++ = 0x8B; *p++ = 0x20;                              /* mov rsp, [rax] */
        *p++ = 0x41; *p++ = 0x5F; *p++ = 0x41; *p++ = 0x5E; *p++ = 0x41; *p++ = 0x5D;
        *p++ = 0x41; *p++ = 0x5C; *p++ = 0x5D; *p++ = 0x5B; *p++ = 0xC3;   /* pop ..., ret */
        __builtin___clear_cache((char *) code, (char *) p);
        insn_addr = (uintptr_t) at; sig = 0;
        if (!sigsetjmp(jb, 1)) {
            ((void (*)(void)) code)();
            printf("ok\n");
        } else if (sig == SIGILL && fault_rip == insn_addr) {
            printf("ud\n");
        } else {
            printf("sig%d@%+ld\n", sig, (long) (fault_rip - insn_addr));
        }
        unsigned int mxcsr = 0x1F80;
        __asm__ volatile("ldmxcsr %0; fninit; emms" :: "m"(mxcsr));
        fflush(stdout);
    }
    return 0;
}
