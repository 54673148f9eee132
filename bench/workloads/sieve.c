/* Sieve of Eratosthenes over a byte array: integer loads/stores, strided writes, branches. */
#include "bench.h"

#define LIMIT 4000000

static unsigned char composite[LIMIT + 1];

int main(int argc, char **argv)
{
    long reps = bench_reps(argc, argv, 80, 1);
    long limit = argc > 1 && strcmp(argv[1], "--quick") == 0 ? 100000 : LIMIT;
    uint64_t sum = 0, h = BENCH_MIX_INIT;
    long count = 0;

    for (long r = 0; r < reps; r++) {
        /* vary the bound a little per repetition so no two passes are identical */
        long n = limit - (r % 7) * 1000;
        memset(composite, 0, (size_t)n + 1);
        for (long i = 2; i * i <= n; i++)
            if (!composite[i])
                for (long j = i * i; j <= n; j += i)
                    composite[j] = 1;
        count = 0;
        sum = 0;
        long last = 0;
        for (long i = 2; i <= n; i++)
            if (!composite[i]) {
                count++;
                sum += (uint64_t)i;
                last = i;
            }
        h = bench_mix(h, (uint64_t)count);
        h = bench_mix(h, sum);
        h = bench_mix(h, (uint64_t)last);
    }
    printf("sieve: limit=%ld reps=%ld primes=%ld sum=%llu checksum=%016llx\n", limit, reps, count,
           (unsigned long long)sum, (unsigned long long)h);
    return 0;
}
