package pacifica.x86.asm;

import java.util.Arrays;

/** A section being assembled: its attributes and, during a pass, its bytes. */
final class Section {
    final String name;
    final int order;
    boolean exec;
    boolean write;
    boolean alloc = true;
    boolean nobits;
    /** Largest alignment requested inside the section. */
    long align = 1;
    /** Start address from the previous pass's layout. */
    long base;
    byte[] data = new byte[256];
    int size;

    Section(String name, int order) {
        this.name = name;
        this.order = order;
    }

    void reset() {
        size = 0;
        align = 1;
    }

    void ensure(int extra) {
        if (size + extra > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, size + extra));
    }

    void put(byte b) {
        ensure(1);
        data[size++] = b;
    }

    void put(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, data, size, len);
        size += len;
    }

    void putLittle(long v, int bytes) {
        ensure(bytes);
        for (int i = 0; i < bytes; i++) data[size++] = (byte) (v >>> (8 * i));
    }

    void fill(int count, byte value) {
        ensure(count);
        Arrays.fill(data, size, size + count, value);
        size += count;
    }

    byte[] bytes() {
        return Arrays.copyOf(data, size);
    }
}
