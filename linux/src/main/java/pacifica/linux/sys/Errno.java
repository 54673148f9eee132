package pacifica.linux.sys;

/** Linux errno values (asm-generic/errno-base.h, errno.h) and their strace names and texts. */
public final class Errno {
    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, ENXIO = 6, E2BIG = 7,
            ENOEXEC = 8, EBADF = 9, ECHILD = 10, EAGAIN = 11, ENOMEM = 12, EACCES = 13, EFAULT = 14,
            EBUSY = 16, EEXIST = 17, EXDEV = 18, ENODEV = 19, ENOTDIR = 20, EISDIR = 21, EINVAL = 22,
            ENFILE = 23, EMFILE = 24, ENOTTY = 25, EFBIG = 27, ENOSPC = 28, ESPIPE = 29, EROFS = 30,
            EMLINK = 31, EPIPE = 32, ERANGE = 34, ENAMETOOLONG = 36, ENOSYS = 38, ENOTEMPTY = 39, ELOOP = 40,
            ENODATA = 61, EAFNOSUPPORT = 97, EOPNOTSUPP = 95, ETIMEDOUT = 110;

    private static final String[][] NAMES = new String[134][];

    static {
        put(EPERM, "EPERM", "Operation not permitted");
        put(ENOENT, "ENOENT", "No such file or directory");
        put(ESRCH, "ESRCH", "No such process");
        put(EINTR, "EINTR", "Interrupted system call");
        put(EIO, "EIO", "Input/output error");
        put(ENXIO, "ENXIO", "No such device or address");
        put(E2BIG, "E2BIG", "Argument list too long");
        put(ENOEXEC, "ENOEXEC", "Exec format error");
        put(EBADF, "EBADF", "Bad file descriptor");
        put(ECHILD, "ECHILD", "No child processes");
        put(EAGAIN, "EAGAIN", "Resource temporarily unavailable");
        put(ENOMEM, "ENOMEM", "Cannot allocate memory");
        put(EACCES, "EACCES", "Permission denied");
        put(EFAULT, "EFAULT", "Bad address");
        put(EBUSY, "EBUSY", "Device or resource busy");
        put(EEXIST, "EEXIST", "File exists");
        put(EXDEV, "EXDEV", "Invalid cross-device link");
        put(ENODEV, "ENODEV", "No such device");
        put(ENOTDIR, "ENOTDIR", "Not a directory");
        put(EISDIR, "EISDIR", "Is a directory");
        put(EINVAL, "EINVAL", "Invalid argument");
        put(ENFILE, "ENFILE", "Too many open files in system");
        put(EMFILE, "EMFILE", "Too many open files");
        put(ENOTTY, "ENOTTY", "Inappropriate ioctl for device");
        put(EFBIG, "EFBIG", "File too large");
        put(ENOSPC, "ENOSPC", "No space left on device");
        put(ESPIPE, "ESPIPE", "Illegal seek");
        put(EROFS, "EROFS", "Read-only file system");
        put(EMLINK, "EMLINK", "Too many links");
        put(EPIPE, "EPIPE", "Broken pipe");
        put(ERANGE, "ERANGE", "Numerical result out of range");
        put(ENAMETOOLONG, "ENAMETOOLONG", "File name too long");
        put(ENOSYS, "ENOSYS", "Function not implemented");
        put(ENOTEMPTY, "ENOTEMPTY", "Directory not empty");
        put(ELOOP, "ELOOP", "Too many levels of symbolic links");
        put(ENODATA, "ENODATA", "No data available");
        put(EOPNOTSUPP, "EOPNOTSUPP", "Operation not supported");
        put(EAFNOSUPPORT, "EAFNOSUPPORT", "Address family not supported by protocol");
        put(ETIMEDOUT, "ETIMEDOUT", "Connection timed out");
    }

    private static void put(int e, String name, String text) {
        NAMES[e] = new String[] {name, text};
    }

    private Errno() {}

    /** strace's rendering of a failed result: {@code -1 ENOENT (No such file or directory)}. */
    public static String describe(int e) {
        String[] n = e > 0 && e < NAMES.length ? NAMES[e] : null;
        return n == null ? "-1 E" + e : "-1 " + n[0] + " (" + n[1] + ")";
    }
}
