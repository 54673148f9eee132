package pacifica.x86.asm;

import java.io.ByteArrayOutputStream;

/** GNU as string literals: {@code "text"} with escapes \n \t \r \b \f \\ \" \NNN (octal) \xHH. */
final class StringParser {
    private StringParser() {}

    /** Parses the string starting at the quote at {@code from}; returns the bytes, sets next[0] past the quote. */
    static byte[] parse(String s, int from, int end, int baseColumn, int[] next) {
        if (from >= end || s.charAt(from) != '"') throw new SyntaxError(baseColumn + from, "expected a string");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int p = from + 1;
        int[] n = new int[1];
        while (true) {
            if (p >= end) throw new SyntaxError(baseColumn + from, "unterminated string");
            char c = s.charAt(p++);
            if (c == '"') break;
            if (c == '\\') {
                out.write((int) escape(s, p, end, n));
                p = n[0];
            } else if (c < 0x80) {
                out.write(c);
            } else {
                byte[] utf = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(utf, 0, utf.length);
            }
        }
        next[0] = p;
        return out.toByteArray();
    }

    /** Decodes the escape whose character (after the backslash) is at p; next[0] receives the end. */
    static long escape(String s, int p, int end, int[] next) {
        if (p >= end) {
            next[0] = p;
            return '\\';
        }
        char c = s.charAt(p++);
        long v;
        switch (c) {
            case 'n' -> v = '\n';
            case 't' -> v = '\t';
            case 'r' -> v = '\r';
            case 'b' -> v = '\b';
            case 'f' -> v = '\f';
            case 'v' -> v = 0x0B;
            case 'a' -> v = 0x07;
            case 'e' -> v = 0x1B;
            case 'x', 'X' -> {
                v = 0;
                while (p < end && Character.digit(s.charAt(p), 16) >= 0) v = v * 16 + Character.digit(s.charAt(p++), 16);
                v &= 0xFF;
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    v = c - '0';
                    for (int k = 0; k < 2 && p < end && s.charAt(p) >= '0' && s.charAt(p) <= '7'; k++) {
                        v = v * 8 + (s.charAt(p++) - '0');
                    }
                    v &= 0xFF;
                } else {
                    v = c;
                }
            }
        }
        next[0] = p;
        return v;
    }
}
