/* Double arithmetic and printf/strtod through SSE2 (glibc: musl's printf needs x87 long double). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    printf("%.3f %g %e %a\n", 3.14159, 1e100 / 3, 2.5e-10, 0.1);
    volatile double x = 0;
    for (int i = 1; i <= 1000; i++) x += 1.0 / i;
    printf("harmonic %.12f\n", x);
    printf("strtod %.17g %.17g\n", strtod("0.1", NULL), strtod("1e-310", NULL));
    volatile double z = 0, nan = z / z, inf = 1 / z;
    printf("nan %f inf %f -inf %f\n", nan, inf, -inf);
    printf("sqrt %.17g\n", sqrt((double) argc + 1));
    volatile float f = 1.0f / 3;
    printf("float %.9g\n", f);
    long long big = (long long) 9.0e18;
    printf("conv %lld %d %ld\n", big, (int) -2.7, lrint(2.5));
    return 0;
}
