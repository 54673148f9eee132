/* Clocks and sleeps: only relations are printed, so the output is deterministic. */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int main(void) {
    struct timespec a, b, r;
    clock_gettime(CLOCK_MONOTONIC, &a);
    struct timespec d = {0, 20 * 1000 * 1000};
    nanosleep(&d, NULL);
    clock_gettime(CLOCK_MONOTONIC, &b);
    long ns = (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec);
    printf("slept at least 20ms: %d\n", ns >= 20000000L);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    time_t t = time(NULL);
    printf("time agrees: %d\n", t - tv.tv_sec <= 1 && t >= tv.tv_sec);
    printf("after 2020: %d\n", t > 1577836800);
    printf("getres ok: %d\n", clock_getres(CLOCK_REALTIME, &r) == 0);
    struct tm tm;
    time_t zero = 86400 * 365;
    gmtime_r(&zero, &tm);
    char buf[64];
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %A", &tm);
    printf("%s\n", buf);
    return 0;
}
