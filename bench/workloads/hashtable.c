/* Open-addressing hash table (linear probing, backward-shift deletion) of 64-bit keys:
 * multiplicative hashing, unpredictable branches, cache misses on a 16 MiB table. */
#include "bench.h"

#define EMPTY 0ULL /* keys are never 0 (forced odd) */

typedef struct {
    uint64_t key;
    uint64_t value;
} slot;

static slot *table;
static uint64_t mask;

static inline uint64_t home(uint64_t key)
{
    return (key * 0x9E3779B97F4A7C15ULL) >> 20 & mask;
}

static int insert(uint64_t key, uint64_t value)
{
    for (uint64_t i = home(key);; i = (i + 1) & mask) {
        if (table[i].key == key) {
            table[i].value += value;
            return 0;
        }
        if (table[i].key == EMPTY) {
            table[i].key = key;
            table[i].value = value;
            return 1;
        }
    }
}

static slot *find(uint64_t key)
{
    for (uint64_t i = home(key);; i = (i + 1) & mask) {
        if (table[i].key == key)
            return &table[i];
        if (table[i].key == EMPTY)
            return NULL;
    }
}

static int erase(uint64_t key)
{
    slot *s = find(key);
    if (!s)
        return 0;
    uint64_t i = (uint64_t)(s - table);
    /* backward-shift: pull later members of the probe run into the hole */
    for (uint64_t j = (i + 1) & mask; table[j].key != EMPTY; j = (j + 1) & mask) {
        uint64_t h = home(table[j].key);
        /* may table[j] move to i?  only if i lies cyclically in [h, j) */
        if (((j - h) & mask) >= ((j - i) & mask)) {
            table[i] = table[j];
            i = j;
        }
    }
    table[i].key = EMPTY;
    table[i].value = 0;
    return 1;
}

int main(int argc, char **argv)
{
    int quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
    long reps = bench_reps(argc, argv, 6, 1);
    uint64_t cap = quick ? 1u << 12 : 1u << 20;
    long n = (long)(cap * 5 / 8); /* load factor up to 0.625 */
    mask = cap - 1;
    table = calloc(cap, sizeof(slot));
    if (!table)
        return 1;

    uint64_t h = BENCH_MIX_INIT, s = 12345;
    long inserted = 0, found = 0, erased = 0;
    for (long r = 0; r < reps; r++) {
        uint64_t s0 = s;
        for (long i = 0; i < n; i++)
            inserted += insert((bench_next(&s) % (uint64_t)(n * 2)) * 2 + 1, (uint64_t)i);
        /* lookups: half from the inserted stream (hits), half random (mostly misses) */
        uint64_t t = s0;
        for (long i = 0; i < n; i++) {
            slot *e = find((bench_next(&t) % (uint64_t)(n * 2)) * 2 + 1);
            if (e) {
                found++;
                h = bench_mix(h, e->value);
            }
            e = find(bench_next(&s) | 1);
            if (e)
                found++;
        }
        /* erase about half, then verify the rest are still reachable */
        t = s0;
        for (long i = 0; i < n; i += 2) {
            erased += erase((bench_next(&t) % (uint64_t)(n * 2)) * 2 + 1);
            bench_next(&t);
        }
        uint64_t live = 0, vsum = 0;
        for (uint64_t i = 0; i < cap; i++)
            if (table[i].key != EMPTY) {
                if (find(table[i].key) != &table[i])
                    return 3; /* table corrupted */
                live++;
                vsum += table[i].value;
            }
        h = bench_mix(h, live);
        h = bench_mix(h, vsum);
        memset(table, 0, cap * sizeof(slot));
    }
    printf("hashtable: cap=%llu reps=%ld inserted=%ld found=%ld erased=%ld checksum=%016llx\n",
           (unsigned long long)cap, reps, inserted, found, erased, (unsigned long long)h);
    free(table);
    return 0;
}
