package pacifica.linux.fs;

/** A read-only file whose contents are generated at open (/proc/self/maps and friends). */
public final class MemFile extends OpenFile {
    private final byte[] data;
    private long pos;

    public MemFile(byte[] data, String name) {
        this.data = data;
        this.name = name;
    }

    @Override
    public synchronized long read(byte[] b, int off, int len) {
        long n = pread(b, off, len, pos);
        pos += n;
        return n;
    }

    @Override
    public long pread(byte[] b, int off, int len, long at) {
        if (at >= data.length) return 0;
        int n = (int) Math.min(len, data.length - at);
        System.arraycopy(data, (int) at, b, off, n);
        return n;
    }

    @Override
    public synchronized long seek(long offset, int whence) {
        long base = whence == 0 ? 0 : whence == 1 ? pos : whence == 2 ? data.length : -1;
        if (base < 0 || base + offset < 0) return -pacifica.linux.sys.Errno.EINVAL;
        return pos = base + offset;
    }

    @Override
    public int pseudoMode() {
        return 0100444;
    }
}
