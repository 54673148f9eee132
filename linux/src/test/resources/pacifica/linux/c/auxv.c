/* The initial process state the kernel builds: argc/argv/envp, auxv entries, stack alignment, /proc/self. */
#include <elf.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv) {
    printf("argc %d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d] %s\n", i, argv[i]);
    printf("HOME=%s\n", getenv("HOME"));
    printf("env follows argv %d\n", (void *) environ == (void *) (argv + argc + 1));
    printf("pagesz %lu clktck %lu secure %lu base %lu flags %lu phent %lu\n", getauxval(AT_PAGESZ),
           getauxval(AT_CLKTCK), getauxval(AT_SECURE), getauxval(AT_BASE), getauxval(AT_FLAGS), getauxval(AT_PHENT));
    printf("uid %d euid %d gid %d egid %d\n", getauxval(AT_UID) == getuid(), getauxval(AT_EUID) == geteuid(),
           getauxval(AT_GID) == getgid(), getauxval(AT_EGID) == getegid());
    printf("platform %s\n", (char *) getauxval(AT_PLATFORM));
    const char *fn = (const char *) getauxval(AT_EXECFN);
    printf("execfn is argv0 %d\n", fn && !strcmp(fn, argv[0]));
    unsigned char *rnd = (unsigned char *) getauxval(AT_RANDOM);
    printf("random present %d\n", rnd != NULL);
    Elf64_Phdr *ph = (Elf64_Phdr *) getauxval(AT_PHDR);
    int loads = 0;
    for (unsigned i = 0; i < getauxval(AT_PHNUM); i++) loads += ph[i].p_type == PT_LOAD;
    printf("phdr readable, %d PT_LOAD\n", loads > 0);
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    const char *base = strrchr(buf, '/');
    printf("exe %s\n", base ? base + 1 : buf);
    int fd = open("/proc/self/maps", O_RDONLY);
    n = read(fd, buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    printf("maps has stack %d\n", strstr(buf, "[stack]") != NULL);
    char here;
    printf("stack high %d\n", (uintptr_t) &here > 0x7f0000000000UL);
    return argc;
}
