/* glibc string and memory routines on varied sizes: qsort with a strcmp comparator, strlen,
 * memmove (overlapping, both directions), memcpy, memcmp, memchr and strchr.  Natively glibc
 * picks AVX2/EVEX variants of these at run time; an emulator that reports fewer CPU features
 * gets the SSE2 ones.  The results are the same, which is what the checksum verifies. */
#include "bench.h"

#define NSTR 20000
#define MAXLEN 200
#define BUF (1 << 16)

static char *strs[NSTR];
static char pool[NSTR * (MAXLEN + 1)];
static char buf[BUF + 8192], buf2[BUF + 8192];

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    int quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
    long reps = bench_reps(argc, argv, 24, 1);
    int nstr = quick ? 500 : NSTR;
    long moves = quick ? 2000 : 100000;
    uint64_t s = 99, h = BENCH_MIX_INIT;

    for (long r = 0; r < reps; r++) {
        /* strings with long shared prefixes so strcmp has to look past the first bytes */
        char *p = pool;
        for (int i = 0; i < nstr; i++) {
            uint64_t v = bench_next(&s);
            int len = 1 + (int)(v % MAXLEN);
            int prefix = (int)((v >> 16) % 4) * 16; /* 0, 16, 32 or 48 shared 'a's */
            if (prefix > len)
                prefix = len;
            memset(p, 'a', (size_t)prefix);
            for (int k = prefix; k < len; k++)
                p[k] = (char)('a' + (bench_next(&s) >> 59) % 26);
            p[len] = '\0';
            strs[i] = p;
            p += len + 1;
        }
        qsort(strs, (size_t)nstr, sizeof strs[0], cmp);
        uint64_t lens = 0;
        for (int i = 0; i < nstr; i++) {
            lens += strlen(strs[i]) * (uint64_t)(i + 1);
            if (i > 0 && strcmp(strs[i - 1], strs[i]) > 0)
                return 3; /* not sorted */
        }
        h = bench_mix(h, lens);
        h = bench_mix(h, (uint64_t)(unsigned char)strs[nstr / 2][0] << 8 | (unsigned char)strs[nstr - 1][1]);

        /* memory routines: varied sizes and misalignments */
        for (int i = 0; i < BUF; i++)
            buf[i] = (char)(bench_next(&s) >> 56);
        for (long m = 0; m < moves; m++) {
            uint64_t v = bench_next(&s);
            size_t size = (size_t)1 << (v % 13); /* 1 .. 4096 */
            size += (v >> 8) % size;             /* and everything in between */
            size_t from = (v >> 20) % (BUF - size), to = (v >> 40) % (BUF - size);
            memmove(buf + to, buf + from, size);
            memcpy(buf2 + (m & 63), buf + to, size);
            h += (uint64_t)memcmp(buf2 + (m & 63), buf + from, size) != 0;
            char *z = memchr(buf + from, (int)(v & 0xff), size);
            h += z ? (uint64_t)(z - buf) : 1;
        }
        buf[BUF - 1] = '\0';
        for (long m = 0; m < moves / 4; m++) {
            uint64_t v = bench_next(&s);
            size_t at = v % (BUF - 1);
            h = bench_mix(h, strlen(buf + at));
            char *c = strchr(buf + at, (int)((v >> 32) % 255 + 1));
            h += c ? (uint64_t)(c - buf) : 7;
        }
    }
    printf("strings: strings=%d reps=%ld checksum=%016llx\n", nstr, reps, (unsigned long long)h);
    return 0;
}
