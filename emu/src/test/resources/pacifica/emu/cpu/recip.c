/*
 * Host oracle for ReciprocalTest: RCPPS/RSQRTPS (or RCPSS/RSQRTSS) on the host CPU.
 * usage: recip MXCSR_HEX [ss]
 * stdin: records of two little-endian u32s (first input bit pattern, count), until EOF.
 * stdout: for every input, in order, the u32 results of RCP and RSQRT (little-endian), executed
 * with MXCSR = the argument; then one u32: the OR of MXCSR read back after every batch (an unmasked
 * exception would end the process with SIGFPE instead).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BATCH 4096

static uint32_t in[BATCH] __attribute__((aligned(16)));
static uint32_t out[2 * BATCH] __attribute__((aligned(16)));
static uint32_t res[2][BATCH] __attribute__((aligned(16)));

static void setcsr(uint32_t m) { __asm__ volatile("ldmxcsr %0" : : "m"(m)); }
static uint32_t getcsr(void) { uint32_t m; __asm__ volatile("stmxcsr %0" : "=m"(m)); return m; }

static uint32_t csr, seen;
static int scalar;

static void flush(uint32_t n) {
    for (uint32_t k = n; k < ((n + 3) & ~3u); k++) in[k] = 0;
    setcsr(csr);
    if (scalar) {
        for (uint32_t k = 0; k < n; k++) {
            __asm__ volatile("rcpss %2, %%xmm0\n\tmovss %%xmm0, %0\n\trsqrtss %2, %%xmm1\n\tmovss %%xmm1, %1"
                             : "=m"(res[0][k]), "=m"(res[1][k]) : "m"(in[k]) : "xmm0", "xmm1");
        }
    } else {
        for (uint32_t k = 0; k < n; k += 4) {
            __asm__ volatile("rcpps %2, %%xmm0\n\tmovaps %%xmm0, %0\n\trsqrtps %2, %%xmm1\n\tmovaps %%xmm1, %1"
                             : "=m"(*(uint32_t(*)[4])&res[0][k]), "=m"(*(uint32_t(*)[4])&res[1][k])
                             : "m"(*(uint32_t(*)[4])&in[k]) : "xmm0", "xmm1");
        }
    }
    seen |= getcsr();
    setcsr(0x1F80);
    for (uint32_t k = 0; k < n; k++) {
        out[2 * k] = res[0][k];
        out[2 * k + 1] = res[1][k];
    }
    fwrite(out, 8, n, stdout);
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    csr = (uint32_t) strtoul(argv[1], 0, 16);
    scalar = argc > 2 && strcmp(argv[2], "ss") == 0;
    static char obuf[1 << 20];
    setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
    uint32_t rec[2], n = 0;
    while (fread(rec, 4, 2, stdin) == 2) {
        for (uint64_t k = 0; k < rec[1]; k++) {
            in[n++] = rec[0] + (uint32_t) k;
            if (n == BATCH) { flush(n); n = 0; }
        }
    }
    if (n) flush(n);
    fwrite(&seen, 4, 1, stdout);
    return fflush(stdout) != 0;
}
