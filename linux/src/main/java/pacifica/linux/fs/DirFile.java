package pacifica.linux.fs;

import java.nio.file.Path;
import java.util.List;

import pacifica.linux.sys.Errno;

/** An open directory: getdents64 walks a snapshot of its entries taken at open. */
public final class DirFile extends OpenFile {
    private final Path path;
    public List<Vfs.DirEntry> entries;
    public int next;
    /** Makes the entries of a directory that is not on the host (a /proc directory), at the first read. */
    public java.util.function.Supplier<List<Vfs.DirEntry>> lister;

    public DirFile(Path path, int flags, String name) {
        this.path = path;
        this.flags = flags;
        this.name = name;
    }

    @Override
    public Path hostPath() {
        return path;
    }

    @Override
    public int pseudoMode() {
        return 040555;
    }

    @Override
    public long read(byte[] b, int off, int len) {
        return -Errno.EISDIR;
    }

    @Override
    public synchronized long seek(long offset, int whence) {
        if (whence != 0 || offset < 0) return -Errno.EINVAL;
        next = (int) offset;
        if (offset == 0) entries = null;
        return offset;
    }
}
