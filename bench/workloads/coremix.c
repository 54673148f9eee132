/* A CoreMark-like mix (our own code, not CoreMark): per iteration it
 *   - walks, searches, reverses and merge-sorts a linked list (pointer chasing),
 *   - multiplies small integer matrices and reduces them (multiply/add, bit extraction),
 *   - runs a state machine that classifies the tokens of a generated text (branchy byte code),
 * and folds every result into a CRC-16 so that all work is observable. */
#include "bench.h"

#define LIST_LEN 512
#define MAT_N 32
#define TEXT_LEN 4096

typedef struct node {
    struct node *next;
    int32_t value;
    int32_t index;
} node;

static node pool[LIST_LEN];
static int16_t ma[MAT_N * MAT_N], mb[MAT_N * MAT_N];
static int32_t mc[MAT_N * MAT_N];
static char text[TEXT_LEN + 1];

static uint16_t crc16(uint16_t crc, uint32_t v)
{
    for (int i = 0; i < 32; i++) {
        unsigned bit = (v >> i ^ crc) & 1u;
        crc >>= 1;
        if (bit)
            crc ^= 0xA001;
    }
    return crc;
}

/* ---- linked list ---- */

static node *list_reverse(node *l)
{
    node *prev = NULL;
    while (l) {
        node *n = l->next;
        l->next = prev;
        prev = l;
        l = n;
    }
    return prev;
}

/* bottom-up merge sort on the list, by value (key 0) or by index (key 1) */
static int before(const node *a, const node *b, int key)
{
    return key ? a->index <= b->index : (a->value < b->value || (a->value == b->value && a->index <= b->index));
}

static node *list_sort(node *l, int key)
{
    for (long width = 1;; width *= 2) {
        node *p = l, *head = NULL, *tail = NULL;
        int merges = 0;
        while (p) {
            merges++;
            node *q = p;
            long ps = 0;
            while (ps < width && q) {
                ps++;
                q = q->next;
            }
            long qs = width;
            while (ps > 0 || (qs > 0 && q)) {
                node *e;
                if (ps == 0) {
                    e = q; q = q->next; qs--;
                } else if (qs == 0 || !q || before(p, q, key)) {
                    e = p; p = p->next; ps--;
                } else {
                    e = q; q = q->next; qs--;
                }
                if (tail)
                    tail->next = e;
                else
                    head = e;
                tail = e;
            }
            p = q;
        }
        tail->next = NULL;
        l = head;
        if (merges <= 1)
            return l;
    }
}

static uint16_t list_work(uint16_t crc, node **listp, int32_t seed)
{
    node *l = *listp;
    /* search for a few values; mutate the found nodes */
    for (int k = 0; k < 8; k++) {
        int32_t want = (seed + k * 37) & 0xff;
        int32_t pos = 0;
        node *p = l;
        while (p && (p->value & 0xff) != want) {
            p = p->next;
            pos++;
        }
        if (p)
            p->value ^= seed;
        crc = crc16(crc, (uint32_t)(p ? pos : -1));
    }
    l = list_reverse(l);
    l = list_sort(l, 0);
    crc = crc16(crc, (uint32_t)l->value);
    crc = crc16(crc, (uint32_t)l->next->value);
    l = list_sort(l, 1); /* restore original order */
    *listp = l;
    return crc;
}

/* ---- matrix ---- */

static uint16_t matrix_work(uint16_t crc, int16_t add)
{
    for (int i = 0; i < MAT_N * MAT_N; i++)
        ma[i] = (int16_t)(ma[i] + add);
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            int32_t acc = 0;
            for (int k = 0; k < MAT_N; k++)
                acc += (int32_t)ma[i * MAT_N + k] * mb[k * MAT_N + j];
            mc[i * MAT_N + j] = acc;
        }
    int32_t sum = 0, bits = 0;
    for (int i = 0; i < MAT_N * MAT_N; i++) {
        sum += mc[i] > sum ? 10 : (mc[i] < 0 ? -1 : 1);
        bits += (mc[i] >> 2) & 0xf;
    }
    for (int i = 0; i < MAT_N * MAT_N; i++)
        ma[i] = (int16_t)(ma[i] - add);
    crc = crc16(crc, (uint32_t)sum);
    return crc16(crc, (uint32_t)bits);
}

/* ---- state machine: classify comma-separated tokens as int, hex, float, exp or invalid ---- */

enum { S_START, S_INT, S_HEX0, S_HEX, S_FLOAT, S_EXP0, S_EXP, S_BAD, S_COUNT };

static uint16_t state_work(uint16_t crc, int flip)
{
    uint32_t counts[S_COUNT] = {0};
    uint32_t transitions = 0;
    int st = S_START;
    for (char *p = text;; p++) {
        char c = *p;
        if (flip && c == '5')
            c = '.'; /* a data-dependent change so iterations differ */
        if (c == ',' || c == '\0') {
            counts[st]++;
            st = S_START;
            if (c == '\0')
                break;
            continue;
        }
        int next = st;
        switch (st) {
        case S_START:
            next = c == '0' ? S_HEX0 : (c >= '1' && c <= '9') || c == '-' || c == '+' ? S_INT : c == '.' ? S_FLOAT : S_BAD;
            break;
        case S_INT:
            next = c >= '0' && c <= '9' ? S_INT : c == '.' ? S_FLOAT : c == 'e' || c == 'E' ? S_EXP0 : S_BAD;
            break;
        case S_HEX0:
            next = c == 'x' ? S_HEX : c >= '0' && c <= '9' ? S_INT : c == '.' ? S_FLOAT : S_BAD;
            break;
        case S_HEX:
            next = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ? S_HEX : S_BAD;
            break;
        case S_FLOAT:
            next = c >= '0' && c <= '9' ? S_FLOAT : c == 'e' || c == 'E' ? S_EXP0 : S_BAD;
            break;
        case S_EXP0:
            next = (c >= '0' && c <= '9') || c == '-' || c == '+' ? S_EXP : S_BAD;
            break;
        case S_EXP:
            next = c >= '0' && c <= '9' ? S_EXP : S_BAD;
            break;
        default:
            break;
        }
        transitions += next != st;
        st = next;
    }
    for (int i = 0; i < S_COUNT; i++)
        crc = crc16(crc, counts[i]);
    return crc16(crc, transitions);
}

int main(int argc, char **argv)
{
    long iters = bench_reps(argc, argv, 15000, 3);
    uint64_t s = 0xC0FFEEULL;

    for (int i = 0; i < LIST_LEN; i++) {
        pool[i].value = (int32_t)(bench_next(&s) >> 40);
        pool[i].index = i;
        pool[i].next = i + 1 < LIST_LEN ? &pool[i + 1] : NULL;
    }
    node *list = &pool[0];
    for (int i = 0; i < MAT_N * MAT_N; i++) {
        ma[i] = (int16_t)((bench_next(&s) >> 52) - 2048);
        mb[i] = (int16_t)((bench_next(&s) >> 54) - 512);
    }
    static const char alphabet[] = "0123456789.,-+eExabcdf0x,";
    for (int i = 0; i < TEXT_LEN; i++)
        text[i] = alphabet[bench_next(&s) % (sizeof alphabet - 1)];
    text[TEXT_LEN] = '\0';

    uint16_t crc = 0;
    for (long it = 0; it < iters; it++) {
        crc = list_work(crc, &list, (int32_t)it);
        crc = matrix_work(crc, (int16_t)(it & 0x7f));
        crc = state_work(crc, (int)(it & 1));
    }
    printf("coremix: iterations=%ld crc=%04x\n", iters, crc);
    return 0;
}
