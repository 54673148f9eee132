/*
 * Host x87 oracle for Float80Test: reads fixed-size binary case records on stdin, executes each on
 * the host's x87 unit with the case's control word, writes one result record per case on stdout.
 * Built by the test with gcc for x86-64. Every case starts from FNINIT, loads the control word,
 * loads the operands with FLD m80 (which raises no exceptions), clears the status flags, runs the
 * instruction, reads the status word with FNSTSW and clears the flags with FNCLEX before storing
 * the stack (so unmasked exceptions never trap: they only leave flags and the untouched destination).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct { uint64_t m; uint16_t se; uint16_t pad[3]; } f80;
typedef struct { uint32_t op, cw; f80 a, b; uint8_t mem[16]; } in_rec;    /* 56 bytes */
typedef struct { f80 r1, r2; uint8_t mem[16]; uint16_t sw; uint8_t eflags, pad[5]; } out_rec; /* 56 bytes */

#define PRE  "fninit\n\tfldcw %[cw]\n\tfldt %[b]\n\tfldt %[a]\n\tfnclex\n\t"
#define POST "\n\tfnstsw %[sw]\n\tfnclex\n\tfstpt %[r1]\n\tfstpt %[r2]\n\t"
#define RUN(body) __asm__ volatile(PRE body POST \
    : [sw] "=m"(o->sw), [r1] "=m"(o->r1), [r2] "=m"(o->r2), [mem] "+m"(*(uint8_t (*)[16])o->mem) \
    : [cw] "m"(c->cw), [a] "m"(c->a), [b] "m"(c->b) : "memory")
/* Loads from memory replace the operand load of a. */
#define PRE_LOAD "fninit\n\tfldcw %[cw]\n\tfldt %[b]\n\tfnclex\n\t"
#define LOAD(body) __asm__ volatile(PRE_LOAD body POST \
    : [sw] "=m"(o->sw), [r1] "=m"(o->r1), [r2] "=m"(o->r2), [mem] "+m"(*(uint8_t (*)[16])o->mem) \
    : [cw] "m"(c->cw), [a] "m"(c->a), [b] "m"(c->b) : "memory")

static void run(const in_rec *c, out_rec *o) {
    memset(o, 0, sizeof *o);
    memcpy(o->mem, c->mem, 16);
    switch (c->op) {
    case 0: RUN("fadd %%st(1), %%st"); break;
    case 1: RUN("fsub %%st(1), %%st"); break;
    case 2: RUN("fmul %%st(1), %%st"); break;
    case 3: RUN("fdiv %%st(1), %%st"); break;
    case 4: RUN("fsqrt"); break;
    case 5: RUN("fcom %%st(1)"); break;
    case 6: RUN("fucom %%st(1)"); break;
    case 7: RUN("frndint"); break;
    case 8: LOAD("filds %[mem]"); break;
    case 9: LOAD("fildl %[mem]"); break;
    case 10: LOAD("fildll %[mem]"); break;
    case 11: RUN("fists %[mem]"); break;
    case 12: RUN("fistl %[mem]"); break;
    case 13: RUN("fistpll %[mem]"); break;
    case 14: RUN("fisttps %[mem]"); break;
    case 15: RUN("fisttpl %[mem]"); break;
    case 16: RUN("fisttpll %[mem]"); break;
    case 17: LOAD("flds %[mem]"); break;
    case 18: LOAD("fldl %[mem]"); break;
    case 19: RUN("fsts %[mem]"); break;
    case 20: RUN("fstl %[mem]"); break;
    case 21: LOAD("fbld %[mem]"); break;
    case 22: RUN("fbstp %[mem]"); break;
    case 23: case 24: {
        uint8_t ah;
        if (c->op == 23)
            __asm__ volatile(PRE "fcomi %%st(1), %%st\n\tlahf\n\tmovb %%ah, %[fl]" POST
                : [sw] "=m"(o->sw), [r1] "=m"(o->r1), [r2] "=m"(o->r2), [fl] "=m"(ah)
                : [cw] "m"(c->cw), [a] "m"(c->a), [b] "m"(c->b) : "memory", "rax", "cc");
        else
            __asm__ volatile(PRE "fucomi %%st(1), %%st\n\tlahf\n\tmovb %%ah, %[fl]" POST
                : [sw] "=m"(o->sw), [r1] "=m"(o->r1), [r2] "=m"(o->r2), [fl] "=m"(ah)
                : [cw] "m"(c->cw), [a] "m"(c->a), [b] "m"(c->b) : "memory", "rax", "cc");
        o->eflags = ah;
        break;
    }
    case 30: RUN("fsin"); break;
    case 31: RUN("fcos"); break;
    case 32: RUN("fsincos"); break;
    case 33: RUN("fptan"); break;
    case 34: RUN("fpatan"); break;
    case 35: RUN("f2xm1"); break;
    case 36: RUN("fyl2x"); break;
    case 37: RUN("fyl2xp1"); break;
    case 38: RUN("fscale"); break;
    case 39: RUN("fxtract"); break;
    case 40: RUN("fprem"); break;
    case 41: RUN("fprem1"); break;
    /* arithmetic with a memory operand: ST(0) = a op m */
    case 50: RUN("fadds %[mem]"); break;
    case 51: RUN("faddl %[mem]"); break;
    case 52: RUN("fiadds %[mem]"); break;
    case 53: RUN("fiaddl %[mem]"); break;
    case 54: RUN("fcoms %[mem]"); break;
    case 55: RUN("fdivrl %[mem]"); break;
    default: o->sw = 0xFFFF; break;
    }
}

int main(void) {
    static in_rec ins[4096];
    static out_rec outs[4096];
    size_t n;
    while ((n = fread(ins, sizeof ins[0], 4096, stdin)) > 0) {
        for (size_t i = 0; i < n; i++) run(&ins[i], &outs[i]);
        if (fwrite(outs, sizeof outs[0], n, stdout) != n) return 1;
    }
    return 0;
}
