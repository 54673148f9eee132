package pacifica.linux.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import pacifica.linux.sys.Errno;

/** A host stream standing for an inherited descriptor (stdin, stdout, stderr): a character device or FIFO. */
public final class StreamFile extends OpenFile {
    private final InputStream in;
    private final OutputStream out;

    public StreamFile(InputStream in, OutputStream out, int flags, String name) {
        this.in = in;
        this.out = out;
        this.flags = flags;
        this.name = name;
    }

    @Override
    public long read(byte[] b, int off, int len) {
        if (in == null) return -Errno.EBADF;
        try {
            if (len == 0) return 0;
            int n = in.read(b, off, len);
            return Math.max(n, 0);
        } catch (IOException e) {
            return -Errno.EIO;
        }
    }

    @Override
    public long write(byte[] b, int off, int len) {
        if (out == null) return -Errno.EBADF;
        try {
            out.write(b, off, len);
            out.flush();
            return len;
        } catch (IOException e) {
            return -Errno.EPIPE;
        }
    }

    @Override
    public long available() {
        try {
            return in == null ? 0 : in.available();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public boolean readable() {
        return available() > 0;
    }

    @Override
    public int pseudoMode() {
        return 0010600; // a pipe: what a test harness or shell pipeline gives the host
    }
}
