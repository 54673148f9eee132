/* Files and directories: the answers (and errno names) must match the host kernel's. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *ename(int e) {
    switch (e) {
    case ENOENT: return "ENOENT";
    case EEXIST: return "EEXIST";
    case EBADF: return "EBADF";
    case ENOTEMPTY: return "ENOTEMPTY";
    case EISDIR: return "EISDIR";
    case ENOTDIR: return "ENOTDIR";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case EINVAL: return "EINVAL";
    default: return "other";
    }
}

static void check(const char *what, long r) {
    if (r < 0) printf("%s: -1 %s\n", what, ename(errno));
    else printf("%s: %ld\n", what, r);
}

static int cmp(const void *a, const void *b) { return strcmp(*(char **) a, *(char **) b); }

int main(void) {
    char buf[256];
    int fd = open("f1", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    check("open f1", fd);
    check("write", write(fd, "hello, world\n", 13));
    check("pwrite", pwrite(fd, "W", 1, 7));
    check("lseek end", lseek(fd, 0, SEEK_END));
    close(fd);
    fd = open("f1", O_RDONLY);
    memset(buf, 0, sizeof buf);
    check("read", read(fd, buf, sizeof buf));
    printf("content: %s", buf);
    check("pread", pread(fd, buf, 5, 7));
    buf[5] = 0;
    printf("pread: %s\n", buf);
    struct stat st;
    check("fstat", fstat(fd, &st));
    printf("size %ld regular %d mode %o\n", (long) st.st_size, S_ISREG(st.st_mode), st.st_mode & 0777);
    check("write to O_RDONLY", write(fd, "x", 1));
    int fd2 = dup(fd);
    check("dup", fd2 > fd);
    check("lseek shared", lseek(fd2, 0, SEEK_CUR));
    check("dup2", dup2(fd, 10));
    check("fcntl getfd", fcntl(10, F_GETFD));
    check("fcntl setfd", fcntl(10, F_SETFD, FD_CLOEXEC));
    check("fcntl getfd", fcntl(10, F_GETFD));
    close(10);
    check("close again", close(10));
    close(fd);
    close(fd2);
    check("open missing", open("nope", O_RDONLY));
    check("open excl", open("f1", O_CREAT | O_EXCL | O_WRONLY, 0644));
    check("mkdir d", mkdir("d", 0755));
    check("mkdir d again", mkdir("d", 0755));
    check("mkdir d/e", mkdir("d/e", 0700));
    check("rename", rename("f1", "d/f2"));
    check("stat old", stat("f1", &st));
    check("stat new", stat("d/f2", &st));
    check("symlink", symlink("d/f2", "ln"));
    ssize_t n = readlink("ln", buf, sizeof buf);
    check("readlink", n);
    buf[n > 0 ? n : 0] = 0;
    printf("link -> %s\n", buf);
    check("lstat", lstat("ln", &st));
    printf("is link %d\n", S_ISLNK(st.st_mode));
    check("stat via link", stat("ln", &st));
    printf("size via link %ld\n", (long) st.st_size);
    check("truncate", truncate("d/f2", 4));
    check("stat", stat("d/f2", &st));
    printf("size %ld\n", (long) st.st_size);
    check("access R", access("d/f2", R_OK));
    check("access missing", access("d/zz", F_OK));
    check("link", link("d/f2", "hard"));
    check("stat", stat("hard", &st));
    printf("nlink %ld\n", (long) st.st_nlink);
    check("rmdir nonempty", rmdir("d"));
    check("unlink dir", unlink("d"));
    check("chdir", chdir("d"));
    if (getcwd(buf, sizeof buf)) printf("cwd ends with /d: %d\n", strlen(buf) >= 2 && !strcmp(buf + strlen(buf) - 2, "/d"));
    check("open ../hard", open("../hard", O_RDONLY));
    check("chdir ..", chdir(".."));
    DIR *dir = opendir("d");
    char *names[32];
    int count = 0;
    struct dirent *e;
    while ((e = readdir(dir)) && count < 32) names[count++] = strdup(e->d_name);
    closedir(dir);
    qsort(names, count, sizeof *names, cmp);
    for (int i = 0; i < count; i++) printf("entry %s\n", names[i]);
    check("unlink", unlink("d/f2"));
    check("unlink link", unlink("ln"));
    check("rmdir e", rmdir("d/e"));
    check("rmdir d", rmdir("d"));
    check("chmod", chmod("hard", 0600));
    check("stat", stat("hard", &st));
    printf("mode %o\n", st.st_mode & 0777);
    FILE *f = fopen("stdio.txt", "w+");
    for (int i = 0; i < 1000; i++) fprintf(f, "line %d\n", i);
    rewind(f);
    int lines = 0;
    while (fgets(buf, sizeof buf, f)) lines++;
    fclose(f);
    printf("lines %d\n", lines);
    return 0;
}
