package pacifica.linux.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import pacifica.linux.sys.Errno;

/** A regular host file opened through a {@link FileChannel}; the offset is the description's. */
public final class HostFile extends OpenFile {
    private final FileChannel ch;
    private final Path path;
    private long pos;
    public static final int O_APPEND = 02000;

    public HostFile(FileChannel ch, Path path, int flags, String name) {
        this.ch = ch;
        this.path = path;
        this.flags = flags;
        this.name = name;
    }

    @Override
    public Path hostPath() {
        return path;
    }

    @Override
    protected void closeLast() {
        try {
            if (ch != null) ch.close();
        } catch (IOException e) {
            // nothing to report: close(2) of a regular file succeeds
        }
    }

    @Override
    public synchronized long read(byte[] b, int off, int len) {
        long n = pread(b, off, len, pos);
        if (n > 0) pos += n;
        return n;
    }

    @Override
    public synchronized long write(byte[] b, int off, int len) {
        try {
            if ((flags & O_APPEND) != 0) pos = ch.size();
        } catch (IOException e) {
            return -Errno.EIO;
        }
        long n = pwrite(b, off, len, pos);
        if (n > 0) pos += n;
        return n;
    }

    @Override
    public long pread(byte[] b, int off, int len, long at) {
        if ((flags & 3) == 1 || ch == null) return -Errno.EBADF;
        try {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            int total = 0;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, at + total);
                if (n <= 0) break;
                total += n;
            }
            return total;
        } catch (IOException e) {
            return -Errno.EIO;
        }
    }

    @Override
    public long pwrite(byte[] b, int off, int len, long at) {
        if ((flags & 3) == 0 || ch == null) return -Errno.EBADF;
        try {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            int total = 0;
            while (buf.hasRemaining()) total += ch.write(buf, at + total);
            return total;
        } catch (IOException e) {
            return -Errno.EIO;
        }
    }

    @Override
    public synchronized long seek(long offset, int whence) {
        long base;
        try {
            base = switch (whence) {
                case 0 -> 0;
                case 1 -> pos;
                case 2 -> ch.size();
                default -> -1;
            };
        } catch (IOException e) {
            return -Errno.EIO;
        }
        if (base < 0 || base + offset < 0) return -Errno.EINVAL;
        pos = base + offset;
        return pos;
    }

    @Override
    public long available() {
        try {
            return Math.max(0, ch.size() - pos);
        } catch (IOException e) {
            return -Errno.EIO;
        }
    }

    @Override
    public long truncate(long size) {
        if ((flags & 3) == 0) return -Errno.EINVAL;
        try {
            if (size < ch.size()) ch.truncate(size);
            else if (size > ch.size()) ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
            return 0;
        } catch (IOException e) {
            return -Errno.EIO;
        }
    }

    @Override
    public long sync() {
        try {
            ch.force(true);
            return 0;
        } catch (IOException e) {
            return -Errno.EIO;
        }
    }
}
