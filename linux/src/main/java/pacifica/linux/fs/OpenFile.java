package pacifica.linux.fs;

import pacifica.linux.sys.Errno;

/**
 * An open file description (what a file descriptor points at, shared by dup and fork): the kind
 * of object, its status flags and, for seekable files, the offset. Operations return a count or
 * -errno, as the system calls do. Reference-counted: the last close releases host resources.
 */
public abstract class OpenFile {
    /** O_ACCMODE and status flags (O_APPEND, O_NONBLOCK, ...). */
    public int flags;
    private int refs = 1;
    /** Guest path shown by /proc/self/fd and strace, or a pseudo name like pipe:[n]. */
    public String name = "";

    public synchronized OpenFile retain() {
        refs++;
        return this;
    }

    public final void release() {
        boolean last;
        synchronized (this) {
            last = --refs == 0;
        }
        if (last) closeLast();
    }

    protected void closeLast() { }

    public long read(byte[] b, int off, int len) {
        return -Errno.EINVAL;
    }

    public long write(byte[] b, int off, int len) {
        return -Errno.EINVAL;
    }

    public long pread(byte[] b, int off, int len, long pos) {
        return -Errno.ESPIPE;
    }

    public long pwrite(byte[] b, int off, int len, long pos) {
        return -Errno.ESPIPE;
    }

    public long seek(long offset, int whence) {
        return -Errno.ESPIPE;
    }

    /** Bytes readable without blocking (FIONREAD), or -errno. */
    public long available() {
        return -Errno.ENOTTY;
    }

    /** True when a read would not block (poll). */
    public boolean readable() {
        return true;
    }

    public boolean writable() {
        return true;
    }

    /** The host path for fstat/fchdir/fchmod..., or null for a pipe or terminal. */
    public java.nio.file.Path hostPath() {
        return null;
    }

    /** Mode bits for fstat on objects without a host path (S_IFIFO, S_IFCHR). */
    public int pseudoMode() {
        return 0010600;
    }

    public boolean isTerminal() {
        return false;
    }

    public long truncate(long size) {
        return -Errno.EINVAL;
    }

    public long sync() {
        return 0;
    }
}
