/* Shared helpers for the Pacifica benchmark workloads (the .c files beside this one).
 *
 * Every workload takes one optional argument:
 *   (none)      the full size, about 0.5-1 s of CPU natively on a 2020s x86-64 core;
 *   --quick     a tiny size (a few ms natively) so CI can run it under a slow emulator;
 *   N           an explicit repetition count, for calibration.
 * and prints a deterministic checksum on stdout.  The output must not depend on the
 * machine, the time, the pid or the glibc string-function variant chosen at run time,
 * because bench/run.sh compares the emulators' output with the native output byte for byte.
 */
#ifndef PACIFICA_BENCH_H
#define PACIFICA_BENCH_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

static long bench_reps(int argc, char **argv, long full, long quick)
{
    if (argc < 2)
        return full;
    if (strcmp(argv[1], "--quick") == 0)
        return quick;
    char *end;
    long n = strtol(argv[1], &end, 10);
    if (*end != '\0' || n <= 0) {
        fprintf(stderr, "usage: %s [--quick | REPS]\n", argv[0]);
        exit(2);
    }
    return n;
}

/* xorshift64*: a small deterministic generator (no libc rand, whose sequence is not ours). */
static inline uint64_t bench_next(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* FNV-1a style mixing of 64-bit values into a running checksum. */
static inline uint64_t bench_mix(uint64_t h, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        h ^= (v >> (8 * i)) & 0xff;
        h *= 0x100000001B3ULL;
    }
    return h;
}

#define BENCH_MIX_INIT 0xCBF29CE484222325ULL

#endif
