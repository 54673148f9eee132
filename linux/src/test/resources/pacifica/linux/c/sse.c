/* SSE/SSE2 instructions on pseudo-random operands (incl. NaN, infinities, signed zero): results printed as
   hex, compared with the host CPU's. */
#include <emmintrin.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t s = 88172645463325252ULL;
static uint64_t rnd(void) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s; }

static double special(int k) {
    static const double v[] = {0.0, -0.0, 1.0, -1.5, 1e308, -1e-310, 3.0e9, -9.3e18, 2.5, 0.5};
    if (k == 10) return NAN;
    if (k == 11) return INFINITY;
    if (k == 12) return -INFINITY;
    return v[k % 10];
}

static __m128i vec(void) { return _mm_set_epi64x((long long) rnd(), (long long) rnd()); }
static double dbl(void) {
    uint64_t r = rnd();
    if ((r & 3) == 0) return special((r >> 2) % 13);
    double d;
    uint64_t bits = (r >> 2) ^ ((r & 4) ? 0x4000000000000000ULL : 0);
    memcpy(&d, &bits, 8);
    return d;
}

static void out(const char *name, __m128i v) {
    uint64_t a[2];
    _mm_storeu_si128((__m128i *) a, v);
    printf("%s %016llx%016llx\n", name, (unsigned long long) a[1], (unsigned long long) a[0]);
}

static void outd(const char *name, double d) {
    uint64_t b;
    memcpy(&b, &d, 8);
    printf("%s %016llx\n", name, (unsigned long long) b);
}

int main(void) {
    for (int i = 0; i < 40; i++) {
        __m128i a = vec(), b = vec();
        if (i & 1) b = _mm_unpacklo_epi8(a, b); /* equal lanes sometimes */
        out("pxor", _mm_xor_si128(a, b));
        out("pandn", _mm_andnot_si128(a, b));
        out("pcmpeqb", _mm_cmpeq_epi8(a, b));
        out("pcmpeqd", _mm_cmpeq_epi32(a, b));
        out("pcmpgtb", _mm_cmpgt_epi8(a, b));
        out("pcmpgtw", _mm_cmpgt_epi16(a, b));
        out("paddb", _mm_add_epi8(a, b));
        out("paddq", _mm_add_epi64(a, b));
        out("psubw", _mm_sub_epi16(a, b));
        out("paddusb", _mm_adds_epu8(a, b));
        out("psubusw", _mm_subs_epu16(a, b));
        out("pminub", _mm_min_epu8(a, b));
        out("pmaxub", _mm_max_epu8(a, b));
        out("pminsw", _mm_min_epi16(a, b));
        out("pmullw", _mm_mullo_epi16(a, b));
        out("pmuludq", _mm_mul_epu32(a, b));
        out("psadbw", _mm_sad_epu8(a, b));
        out("pavgb", _mm_avg_epu8(a, b));
        out("packuswb", _mm_packus_epi16(a, b));
        out("punpcklbw", _mm_unpacklo_epi8(a, b));
        out("punpckhwd", _mm_unpackhi_epi16(a, b));
        out("punpckldq", _mm_unpacklo_epi32(a, b));
        out("punpckhqdq", _mm_unpackhi_epi64(a, b));
        out("pshufd", _mm_shuffle_epi32(a, 0x1B));
        out("pshuflw", _mm_shufflelo_epi16(a, 0x93));
        out("pshufhw", _mm_shufflehi_epi16(a, 0x39));
        out("pslldq", _mm_slli_si128(a, 5));
        out("psrldq", _mm_srli_si128(a, 11));
        out("psllw", _mm_slli_epi16(a, 3));
        out("psrld", _mm_srli_epi32(a, 31));
        out("psraw", _mm_srai_epi16(a, 20));
        out("psrad", _mm_srai_epi32(a, 7));
        out("psllq", _mm_sll_epi64(a, _mm_cvtsi32_si128(i)));
        out("psrlq", _mm_srl_epi64(a, _mm_cvtsi32_si128(i * 3)));
        printf("pmovmskb %x\n", _mm_movemask_epi8(a));
        printf("pextrw %x\n", _mm_extract_epi16(a, 5));
        out("pinsrw", _mm_insert_epi16(a, i * 1000, 6));
        printf("movd %x movq %llx\n", _mm_cvtsi128_si32(a), (unsigned long long) _mm_cvtsi128_si64(a));

        double x = dbl(), y = dbl();
        __m128d dx = _mm_set_sd(x), dy = _mm_set_sd(y);
        outd("addsd", _mm_cvtsd_f64(_mm_add_sd(dx, dy)));
        outd("subsd", _mm_cvtsd_f64(_mm_sub_sd(dx, dy)));
        outd("mulsd", _mm_cvtsd_f64(_mm_mul_sd(dx, dy)));
        outd("divsd", _mm_cvtsd_f64(_mm_div_sd(dx, dy)));
        outd("minsd", _mm_cvtsd_f64(_mm_min_sd(dx, dy)));
        outd("maxsd", _mm_cvtsd_f64(_mm_max_sd(dx, dy)));
        outd("sqrtsd", _mm_cvtsd_f64(_mm_sqrt_sd(dx, dy)));
        printf("ucomisd %d %d %d\n", _mm_ucomieq_sd(dx, dy), _mm_ucomilt_sd(dx, dy), _mm_comige_sd(dx, dy));
        printf("cvttsd2si %x %llx\n", _mm_cvttsd_si32(dx), (unsigned long long) _mm_cvttsd_si64(dy));
        printf("cvtsd2si %x %llx\n", _mm_cvtsd_si32(dx), (unsigned long long) _mm_cvtsd_si64(dy));
        outd("cvtsi2sd", _mm_cvtsd_f64(_mm_cvtsi64_sd(dx, (long long) rnd())));
        __m128 fx = _mm_set_ss((float) x), fy = _mm_set_ss((float) y);
        printf("ss %08x %08x %08x %08x\n", _mm_cvtsi128_si32(_mm_castps_si128(_mm_add_ss(fx, fy))),
               _mm_cvtsi128_si32(_mm_castps_si128(_mm_mul_ss(fx, fy))),
               _mm_cvtsi128_si32(_mm_castps_si128(_mm_div_ss(fx, fy))),
               _mm_cvtsi128_si32(_mm_castps_si128(_mm_cvtsd_ss(fx, dy))));
        outd("cvtss2sd", _mm_cvtsd_f64(_mm_cvtss_sd(dx, fy)));
        out("cmpltsd", _mm_castpd_si128(_mm_cmplt_sd(dx, dy)));
        out("cmpunordsd", _mm_castpd_si128(_mm_cmpunord_sd(dx, dy)));
        __m128d px = _mm_set_pd(y, x), py = _mm_set_pd(x, dbl());
        out("addpd", _mm_castpd_si128(_mm_add_pd(px, py)));
        out("mulpd", _mm_castpd_si128(_mm_mul_pd(px, py)));
        out("shufpd", _mm_castpd_si128(_mm_shuffle_pd(px, py, 1)));
        out("unpcklpd", _mm_castpd_si128(_mm_unpacklo_pd(px, py)));
        printf("movmskpd %d movmskps %d\n", _mm_movemask_pd(px), _mm_movemask_ps(_mm_castsi128_ps(a)));
        out("cvtdq2pd", _mm_castpd_si128(_mm_cvtepi32_pd(a)));
        out("cvtpd2ps", _mm_castps_si128(_mm_cvtpd_ps(px)));
        out("xorps", _mm_castps_si128(_mm_xor_ps(_mm_castsi128_ps(a), _mm_castsi128_ps(b))));
        out("shufps", _mm_castps_si128(_mm_shuffle_ps(_mm_castsi128_ps(a), _mm_castsi128_ps(b), 0xB1)));
    }
    unsigned csr = _mm_getcsr();
    _mm_setcsr((csr & ~0x6000) | 0x2000); /* round down */
    volatile double one = 1.0, three = 3.0;
    outd("down 1/3", one / three);
    outd("down -1/3", -one / three);
    printf("cvtsd2si down %d\n", _mm_cvtsd_si32(_mm_set_sd(-2.5)));
    _mm_setcsr(csr);
    printf("cvtsd2si near %d %d\n", _mm_cvtsd_si32(_mm_set_sd(-2.5)), _mm_cvtsd_si32(_mm_set_sd(3.5)));
    return 0;
}
