package pacifica.linux.fs;

import pacifica.linux.sys.Errno;

/**
 * A pipe shared by the guest processes (each runs on its own host thread): a 64 KiB ring buffer,
 * blocking reads and writes, EOF when every write end is closed, EPIPE when every read end is.
 */
public final class Pipe {
    private final byte[] buf = new byte[65536];
    private int head, size;
    private int readers = 1, writers = 1;
    private static int counter = 1000;
    public final int id;

    public Pipe() {
        synchronized (Pipe.class) {
            id = counter++;
        }
    }

    public OpenFile readEnd() {
        return new End(true);
    }

    public OpenFile writeEnd() {
        return new End(false);
    }

    synchronized long read(byte[] b, int off, int len, boolean nonblock) {
        if (len == 0) return 0;
        while (size == 0) {
            if (writers == 0) return 0;
            if (nonblock) return -Errno.EAGAIN;
            try {
                wait();
            } catch (InterruptedException e) {
                return -Errno.EINTR;
            }
        }
        int n = Math.min(len, size);
        for (int k = 0; k < n; k++) b[off + k] = buf[(head + k) % buf.length];
        head = (head + n) % buf.length;
        size -= n;
        notifyAll();
        return n;
    }

    synchronized long write(byte[] b, int off, int len, boolean nonblock) {
        int done = 0;
        while (done < len) {
            if (readers == 0) return done > 0 ? done : -Errno.EPIPE;
            if (size == buf.length) {
                if (nonblock) return done > 0 ? done : -Errno.EAGAIN;
                try {
                    wait();
                } catch (InterruptedException e) {
                    return done > 0 ? done : -Errno.EINTR;
                }
                continue;
            }
            int n = Math.min(len - done, buf.length - size);
            for (int k = 0; k < n; k++) buf[(head + size + k) % buf.length] = b[off + done + k];
            size += n;
            done += n;
            notifyAll();
        }
        return done;
    }

    final class End extends OpenFile {
        final boolean reader;

        End(boolean reader) {
            this.reader = reader;
            this.flags = reader ? 0 : 1;
            this.name = "pipe:[" + id + "]";
        }

        @Override
        protected void closeLast() {
            synchronized (Pipe.this) {
                if (reader) readers--;
                else writers--;
                Pipe.this.notifyAll();
            }
        }

        @Override
        public long read(byte[] b, int off, int len) {
            return reader ? Pipe.this.read(b, off, len, (flags & 04000) != 0) : -Errno.EBADF;
        }

        @Override
        public long write(byte[] b, int off, int len) {
            return reader ? -Errno.EBADF : Pipe.this.write(b, off, len, (flags & 04000) != 0);
        }

        @Override
        public long available() {
            synchronized (Pipe.this) {
                return size;
            }
        }

        @Override
        public boolean readable() {
            synchronized (Pipe.this) {
                return size > 0 || writers == 0;
            }
        }

        @Override
        public boolean writable() {
            synchronized (Pipe.this) {
                return size < buf.length || readers == 0;
            }
        }

        @Override
        public int pseudoMode() {
            return 0010600;
        }
    }
}
