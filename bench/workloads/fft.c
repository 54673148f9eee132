/* Complex radix-2 FFT (iterative, in place, double precision SSE2) of a generated signal, forward
 * then inverse, repeated.  The twiddle factors come from our own sine/cosine series so the result
 * does not depend on which libm variant (FMA or not) the C library picks on the host CPU. */
#include "bench.h"

#define LOG2N 14
#define N (1 << LOG2N)

static double re[N], im[N], wr[N / 2], wi[N / 2];

/* sin and cos of x in [-pi/4, pi/4] by Taylor series; enough terms for double precision */
static void sincos_small(double x, double *s, double *c)
{
    double x2 = x * x, ts = x, tc = 1, ss = x, cc = 1;
    for (int k = 1; k <= 12; k++) {
        ts *= -x2 / ((2 * k) * (2 * k + 1));
        tc *= -x2 / ((2 * k - 1) * (2 * k));
        ss += ts;
        cc += tc;
    }
    *s = ss;
    *c = cc;
}

static void twiddles(int n)
{
    const double pi = 3.14159265358979323846;
    for (int k = 0; k < n / 2; k++) {
        /* theta = 2*pi*k/n in [0, pi): quarter turn q, remainder a in [0, pi/2) */
        int q = (4 * k) / n;
        double a = 2 * pi * k / n - q * (pi / 2), s, c;
        if (a <= pi / 4)
            sincos_small(a, &s, &c);
        else
            sincos_small(pi / 2 - a, &c, &s); /* sin a = cos(pi/2 - a), cos a = sin(pi/2 - a) */
        if (q) { /* rotate by a quarter turn: cos(a + pi/2) = -sin a, sin(a + pi/2) = cos a */
            double t = c;
            c = -s;
            s = t;
        }
        wr[k] = c;
        wi[k] = -s; /* the forward transform uses e^{-i theta} */
    }
}

static void fft(int logn, int inverse)
{
    int n = 1 << logn;
    for (int i = 1, j = 0; i < n; i++) { /* bit reversal permutation */
        int bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j) {
            double t = re[i]; re[i] = re[j]; re[j] = t;
            t = im[i]; im[i] = im[j]; im[j] = t;
        }
    }
    for (int len = 2; len <= n; len <<= 1) {
        int half = len >> 1, stride = n / len;
        for (int i = 0; i < n; i += len)
            for (int k = 0; k < half; k++) {
                double c = wr[k * stride], s = inverse ? -wi[k * stride] : wi[k * stride];
                double xr = re[i + k + half], xi = im[i + k + half];
                double tr = xr * c - xi * s, ti = xr * s + xi * c;
                re[i + k + half] = re[i + k] - tr;
                im[i + k + half] = im[i + k] - ti;
                re[i + k] += tr;
                im[i + k] += ti;
            }
    }
    if (inverse)
        for (int i = 0; i < n; i++) {
            re[i] /= n;
            im[i] /= n;
        }
}

int main(int argc, char **argv)
{
    int quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
    long reps = bench_reps(argc, argv, 720, 1);
    int logn = quick ? 10 : LOG2N, n = 1 << logn;
    twiddles(n);

    uint64_t s = 7;
    for (int i = 0; i < n; i++) {
        re[i] = (double)(int64_t)(bench_next(&s) >> 44) / 524288.0 - 1.0;
        im[i] = 0;
    }
    double orig0 = re[0], orig1 = re[n / 3];
    double peak = 0;
    for (long r = 0; r < reps; r++) {
        fft(logn, 0);
        peak = 0;
        for (int i = 0; i < n; i++) {
            double p = re[i] * re[i] + im[i] * im[i];
            if (p > peak)
                peak = p;
        }
        fft(logn, 1);
    }
    /* the round trip is almost the identity: print the (tiny, but exact) drift too */
    double err = 0, sum = 0;
    s = 7;
    for (int i = 0; i < n; i++) {
        double o = (double)(int64_t)(bench_next(&s) >> 44) / 524288.0 - 1.0;
        double d = re[i] - o;
        err += d * d + im[i] * im[i];
        sum += re[i];
    }
    printf("fft: n=%d reps=%ld w1=%a peak=%.17g sum=%.17g drift=%.17g x0=%a x1=%a (%a %a)\n", n, reps,
           wr[1], peak, sum, err, re[0], re[n / 3], orig0, orig1);
    return 0;
}
