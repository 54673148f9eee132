package pacifica.linux.sys;

import pacifica.linux.Proc;

/** strace-style rendering of one call: {@code openat(AT_FDCWD, "/etc/passwd", O_RDONLY) = 3}. */
final class Strace {
    private Strace() {}

    static String prefix(Proc p) {
        return p.parent == null && p.pid == firstPid(p) ? "" : "[pid " + p.pid + "] ";
    }

    private static int firstPid(Proc p) {
        return p.kernel.firstPid;
    }

    /** Name and the arguments known before the call (output buffers are filled in {@link #after}). */
    static String before(Proc p, Syscalls.Sys s, long[] a) {
        StringBuilder sb = new StringBuilder(s.name()).append('(');
        String spec = s.args();
        for (int k = 0; k < spec.length(); k++) {
            char t = spec.charAt(k);
            // strace shows open's mode only when O_CREAT or O_TMPFILE uses it
            if (t == 'm' && k > 0 && spec.charAt(k - 1) == 'o' && (a[k - 1] & 020100100) == 0) continue;
            if (k > 0) sb.append(", ");
            sb.append(t == 'B' ? "\u0001" : arg(p, t, a, k));
        }
        return sb.toString();
    }

    static String after(Proc p, Syscalls.Sys s, long[] a, String pre, long r) {
        String text = pre;
        int i = text.indexOf('\u0001');
        if (i >= 0) {
            int idx = s.args().indexOf('B');
            String buf = r >= 0 ? quote(p, a[idx], (int) Math.min(r, 32), r > 32) : hex(a[idx]);
            text = text.replace("\u0001", buf);
        }
        return text + ") = " + result(s, r);
    }

    static String result(Syscalls.Sys s, long r) {
        if (r < 0 && r > -4096) return Errno.describe((int) -r);
        if (s != null && (s.name().equals("mmap") || s.name().equals("brk") || s.name().equals("mremap"))) return hex(r);
        return Long.toString(r);
    }

    static String hex(long v) {
        return v == 0 ? "NULL" : "0x" + Long.toHexString(v);
    }

    private static String arg(Proc p, char t, long[] a, int k) {
        long v = a[k];
        return switch (t) {
            case 'd', 'S' -> t == 'S' && v > 0 && v < 65 ? Signals.name((int) v) : Integer.toString((int) v);
            case 'l' -> Long.toString(v);
            case 'u' -> Long.toUnsignedString(v);
            case 'x' -> "0x" + Long.toHexString(v);
            case 'p' -> hex(v);
            case 'f' -> Integer.toString((int) v);
            case 'D' -> (int) v == U.AT_FDCWD ? "AT_FDCWD" : Integer.toString((int) v);
            case 's' -> {
                byte[] b = v == 0 ? null : p.mem.readCString(v, 4096);
                yield b == null ? hex(v) : escape(b, b.length, false);
            }
            case 'b' -> quote(p, v, (int) Math.min(a[k + 1], 32), a[k + 1] > 32);
            case 'o' -> openFlags((int) v);
            case 'm' -> "0" + Integer.toOctalString((int) v);
            case 'a' -> atFlags((int) v);
            default -> "";
        };
    }

    private static String quote(Proc p, long addr, int n, boolean more) {
        byte[] b = new byte[Math.max(0, n)];
        if (!p.mem.read(addr, b, 0, b.length)) return hex(addr);
        return escape(b, b.length, more);
    }

    static String escape(byte[] b, int n, boolean more) {
        StringBuilder sb = new StringBuilder("\"");
        for (int k = 0; k < n; k++) {
            int c = b[k] & 0xFF;
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c >= 32 && c < 127) sb.append((char) c);
                    else sb.append(String.format("\\%o", c));
                }
            }
        }
        sb.append('"');
        if (more) sb.append("...");
        return sb.toString();
    }

    static String openFlags(int f) {
        StringBuilder sb = new StringBuilder(switch (f & 3) {
            case 0 -> "O_RDONLY";
            case 1 -> "O_WRONLY";
            case 2 -> "O_RDWR";
            default -> "O_ACCMODE";
        });
        String[] names = {"O_CREAT", "O_EXCL", "O_NOCTTY", "O_TRUNC", "O_APPEND", "O_NONBLOCK"};
        for (int k = 0; k < names.length; k++) if ((f & (0100 << k)) != 0) sb.append('|').append(names[k]);
        if ((f & 0200000) != 0) sb.append("|O_DIRECTORY");
        if ((f & 0400000) != 0) sb.append("|O_NOFOLLOW");
        if ((f & 02000000) != 0) sb.append("|O_CLOEXEC");
        if ((f & 010000000) != 0) sb.append("|O_PATH");
        return sb.toString();
    }

    static String atFlags(int f) {
        if (f == 0) return "0";
        StringBuilder sb = new StringBuilder();
        if ((f & 0x100) != 0) sb.append("|AT_SYMLINK_NOFOLLOW");
        if ((f & 0x200) != 0) sb.append("|AT_REMOVEDIR");
        if ((f & 0x1000) != 0) sb.append("|AT_EMPTY_PATH");
        int rest = f & ~0x1300;
        if (rest != 0) sb.append("|0x").append(Integer.toHexString(rest));
        return sb.substring(1);
    }
}
