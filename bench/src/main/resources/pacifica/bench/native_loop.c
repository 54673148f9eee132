/* Times a machine-code loop natively: argv[1] = hex bytes (ending in ret), argv[2] = repetitions.
 * Maps the code at 0x100000 and data buffers at 0x200000 / 0x300000 (64 KiB each; the first is
 * filled with 'a' and ends in a zero byte), like the emulator benchmark. Prints nanoseconds. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    uint8_t *code = mmap((void *) 0x100000, 0x10000, PROT_READ | PROT_WRITE | PROT_EXEC,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    uint8_t *src = mmap((void *) 0x200000, 0x10000, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    uint8_t *dst = mmap((void *) 0x300000, 0x10000, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (code != (void *) 0x100000 || src != (void *) 0x200000 || dst != (void *) 0x300000) return 3;
    memset(src, 'a', 4095);
    src[4095] = 0;
    size_t n = strlen(argv[1]) / 2;
    for (size_t i = 0; i < n; i++) sscanf(argv[1] + 2 * i, "%2hhx", &code[i]);
    int reps = atoi(argv[2]);
    void (*fn)(void) = (void (*)(void)) code;
    fn(); /* warm up */
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int r = 0; r < reps; r++) fn();
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%lld\n", ((long long) (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec)) / reps);
    return 0;
}
