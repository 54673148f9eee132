package pacifica.linux.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import pacifica.linux.sys.Errno;

/**
 * The guest's view of the host file system below a root directory. Every guest path is resolved
 * here component by component: "..", absolute paths and symbolic link targets (read by us, never
 * followed by the host) are all interpreted against the root, so no guest path names a host file
 * outside it. With root "/" guest and host paths are the same.
 */
public final class Vfs {
    private final Path root;
    private final boolean isHostRoot;

    public Vfs(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.isHostRoot = this.root.getParent() == null;
    }

    public Path root() {
        return root;
    }

    /** A resolved path: its canonical guest form and the host path, or an errno. */
    public record Resolved(String guest, Path host, int errno) {
        public boolean ok() {
            return errno == 0;
        }
    }

    public record DirEntry(String name, long ino, int type) { }

    public Resolved resolve(String cwd, String path, boolean followLast) {
        if (path.isEmpty()) return new Resolved(null, null, Errno.ENOENT);
        if (path.length() > 4095) return new Resolved(null, null, Errno.ENAMETOOLONG);
        Deque<String> comps = new ArrayDeque<>();
        Deque<String> todo = new ArrayDeque<>();
        if (!path.startsWith("/")) split(cwd, comps);
        pushFront(path, todo);
        boolean trailingSlash = path.endsWith("/");
        int links = 0;
        while (!todo.isEmpty()) {
            String c = todo.pollFirst();
            if (c.isEmpty() || c.equals(".")) continue;
            if (c.equals("..")) {
                comps.pollLast();
                continue;
            }
            if (c.length() > 255) return new Resolved(null, null, Errno.ENAMETOOLONG);
            comps.addLast(c);
            Path host = host(comps);
            boolean last = todo.stream().allMatch(s -> s.isEmpty() || s.equals("."));
            if ((!last || followLast || trailingSlash) && Files.isSymbolicLink(host)) {
                if (++links > 40) return new Resolved(null, null, Errno.ELOOP);
                String target;
                try {
                    target = Files.readSymbolicLink(host).toString();
                } catch (IOException e) {
                    return new Resolved(null, null, Errno.EIO);
                }
                comps.pollLast();
                if (target.startsWith("/")) comps.clear();
                pushFront(target, todo);
                continue;
            }
            if (!last) {
                if (!Files.exists(host, LinkOption.NOFOLLOW_LINKS)) return new Resolved(null, null, Errno.ENOENT);
                if (!Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)) return new Resolved(null, null, Errno.ENOTDIR);
            }
        }
        Path host = host(comps);
        if (trailingSlash && Files.exists(host) && !Files.isDirectory(host)) return new Resolved(null, null, Errno.ENOTDIR);
        return new Resolved("/" + String.join("/", comps), host, 0);
    }

    private Path host(Deque<String> comps) {
        if (comps.isEmpty()) return root;
        return root.resolve(String.join("/", comps));
    }

    private static void split(String p, Deque<String> out) {
        for (String s : p.split("/")) if (!s.isEmpty()) out.addLast(s);
    }

    private static void pushFront(String p, Deque<String> todo) {
        String[] parts = p.split("/", -1);
        for (int k = parts.length - 1; k >= 0; k--) todo.addFirst(parts[k]);
    }

    /** The guest path of a host path inside the root (for getcwd of an fd's directory), or null. */
    public String guestPath(Path host) {
        Path h = host.toAbsolutePath().normalize();
        if (!h.startsWith(root)) return null;
        Path rel = root.relativize(h);
        String s = rel.toString();
        return s.isEmpty() ? "/" : "/" + s;
    }

    public boolean isHostRoot() {
        return isHostRoot;
    }

    /** Directory entries with "." and "..", inode numbers and d_type. */
    public static List<DirEntry> list(Path dir) throws IOException {
        List<DirEntry> out = new ArrayList<>();
        out.add(new DirEntry(".", ino(dir), 4));
        Path parent = dir.getParent() == null ? dir : dir.getParent();
        out.add(new DirEntry("..", ino(parent), 4));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) out.add(new DirEntry(p.getFileName().toString(), ino(p), type(p)));
        }
        return out;
    }

    static long ino(Path p) {
        try {
            Object o = Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
            return ((Number) o).longValue();
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    static int type(Path p) {
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int mode = (Integer) a.get("mode");
            return (mode >> 12) & 0xF;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
