package pacifica.linux.sys;

import java.nio.charset.StandardCharsets;

import pacifica.linux.Proc;
import pacifica.linux.fs.MemFile;
import pacifica.linux.fs.OpenFile;
import pacifica.linux.mem.ProcessMemory;

/** The few /proc files a program reads about itself: /proc/self/{exe,maps,fd/N,cmdline,stat...}. */
final class ProcFs {
    private ProcFs() {}

    /** The part after /proc/self/ (or /proc/PID/ for the caller's own pid), or null. */
    private static String self(Proc p, long dirfd, String path) {
        if (!path.startsWith("/proc/")) return null;
        String rest = path.substring(6);
        int slash = rest.indexOf('/');
        String who = slash < 0 ? rest : rest.substring(0, slash);
        if (!who.equals("self") && !who.equals("thread-self") && !who.equals(Integer.toString(p.pid))) return null;
        return slash < 0 ? "" : rest.substring(slash + 1);
    }

    static OpenFile open(Proc p, long dirfd, String path) {
        String s = self(p, dirfd, path);
        if (s == null) return null;
        if (s.equals("fd") || s.equals("fd/")) {
            pacifica.linux.fs.DirFile d = new pacifica.linux.fs.DirFile(null, 0, path);
            d.lister = () -> {
                java.util.List<pacifica.linux.fs.Vfs.DirEntry> list = new java.util.ArrayList<>();
                list.add(new pacifica.linux.fs.Vfs.DirEntry(".", 1, 4));
                list.add(new pacifica.linux.fs.Vfs.DirEntry("..", 1, 4));
                for (int k = 0; k < p.fds.length; k++) {
                    if (p.fd(k) != null) list.add(new pacifica.linux.fs.Vfs.DirEntry(Integer.toString(k), 100 + k, 10));
                }
                return list;
            };
            return d;
        }
        if (s.equals("exe") || s.startsWith("fd/") || s.equals("cwd")) return null;
        String text = switch (s) {
            case "maps" -> maps(p);
            case "cmdline" -> String.join("\0", p.argv) + "\0";
            case "comm" -> p.comm + "\n";
            case "stat" -> p.pid + " (" + p.comm + ") R " + (p.parent != null ? p.parent.pid : p.kernel.hostPid)
                    + " " + p.pgid + " " + p.sid + " 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 0 0 0\n";
            case "status" -> "Name:\t" + p.comm + "\nPid:\t" + p.pid + "\nPPid:\t"
                    + (p.parent != null ? p.parent.pid : p.kernel.hostPid) + "\n";
            case "exe" -> null;
            default -> null;
        };
        if (text == null) return new MemFile(new byte[0], null);
        return new MemFile(text.getBytes(StandardCharsets.ISO_8859_1), path);
    }

    /** /proc/self/exe and /proc/self/fd/N stand for their targets when opened, executed or stat'ed. */
    static String redirect(Proc p, long dirfd, String path) {
        String s = self(p, dirfd, path);
        if (s == null || !(s.equals("exe") || s.startsWith("fd/") || s.equals("cwd"))) return path;
        String t = readlink(p, dirfd, path);
        return t == null ? path : t;
    }

    static String readlink(Proc p, long dirfd, String path) {
        String s = self(p, dirfd, path);
        if (s == null) return null;
        if (s.equals("exe")) return p.exe;
        if (s.equals("cwd")) return p.cwd;
        if (s.startsWith("fd/")) {
            try {
                OpenFile f = p.fd(Integer.parseInt(s.substring(3)));
                return f == null ? null : f.name;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Stat stat(Proc p, long dirfd, String path) {
        String s = self(p, dirfd, path);
        if (s == null) return null;
        if (s.equals("exe") || s.startsWith("fd/")) return null;
        if (s.isEmpty() || s.equals("fd")) return Stat.synthetic(040555, 0);
        return Stat.synthetic(0100444, 0);
    }

    static String maps(Proc p) {
        StringBuilder sb = new StringBuilder();
        for (ProcessMemory.Vma v : p.mem.vmas()) {
            String line = String.format("%08x-%08x %c%c%cp %08x 00:00 0", v.start, v.end, (v.prot & 1) != 0 ? 'r' : '-',
                    (v.prot & 2) != 0 ? 'w' : '-', (v.prot & 4) != 0 ? 'x' : '-', v.fileOffset);
            sb.append(line);
            if (v.name != null && !v.name.isEmpty()) sb.append(" ".repeat(Math.max(1, 73 - line.length()))).append(v.name);
            sb.append('\n');
        }
        return sb.toString();
    }
}
