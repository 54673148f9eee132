/* N-body gravitational simulation in double precision (SSE2 scalar arithmetic and sqrtsd with
 * the default x86-64 flags).  The bodies are generated from a fixed seed; the energy before and
 * after the run is printed with all its digits, so any rounding difference shows. */
#include "bench.h"
#include <math.h>

#define NB 12

typedef struct {
    double x, y, z, vx, vy, vz, m;
} body;

static body b[NB];

static double unit(uint64_t *s) /* uniform in [-1, 1), exactly representable */
{
    return (double)(int64_t)(bench_next(s) >> 11) / 4503599627370496.0 - 1.0;
}

static double energy(void)
{
    double e = 0;
    for (int i = 0; i < NB; i++) {
        e += 0.5 * b[i].m * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
        for (int j = i + 1; j < NB; j++) {
            double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
            e -= b[i].m * b[j].m / sqrt(dx * dx + dy * dy + dz * dz + 0.05); /* same softening as step() */
        }
    }
    return e;
}

static void step(double dt)
{
    for (int i = 0; i < NB; i++)
        for (int j = i + 1; j < NB; j++) {
            double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
            double d2 = dx * dx + dy * dy + dz * dz + 0.05; /* softened */
            double mag = dt / (d2 * sqrt(d2));
            b[i].vx -= dx * b[j].m * mag;
            b[i].vy -= dy * b[j].m * mag;
            b[i].vz -= dz * b[j].m * mag;
            b[j].vx += dx * b[i].m * mag;
            b[j].vy += dy * b[i].m * mag;
            b[j].vz += dz * b[i].m * mag;
        }
    for (int i = 0; i < NB; i++) {
        b[i].x += dt * b[i].vx;
        b[i].y += dt * b[i].vy;
        b[i].z += dt * b[i].vz;
    }
}

int main(int argc, char **argv)
{
    long steps = bench_reps(argc, argv, 1000000, 500);
    uint64_t s = 42;
    b[0].m = 40.0; /* a heavy central body */
    for (int i = 1; i < NB; i++) {
        b[i].x = 10 * unit(&s);
        b[i].y = 10 * unit(&s);
        b[i].z = unit(&s);
        b[i].vx = unit(&s);
        b[i].vy = unit(&s);
        b[i].vz = 0.1 * unit(&s);
        b[i].m = 0.01 + 0.1 * (unit(&s) + 1.0);
    }
    double e0 = energy();
    for (long i = 0; i < steps; i++)
        step(0.001);
    double e1 = energy();
    printf("nbody: bodies=%d steps=%ld e0=%.17g e1=%.17g x0=%a\n", NB, steps, e0, e1, b[1].x);
    return 0;
}
