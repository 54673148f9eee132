package pacifica.linux;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: busybox applets (static glibc busybox from Debian's busybox-static) run under
 * Pacifica must print the same stdout and stderr and exit with the same status as natively.
 * Each case runs in a fresh copy of the same small directory tree.
 */
class BusyboxTest {
    static final String BB = "/bin/busybox";

    /** Shell command lines, run as {@code busybox sh -c LINE}. */
    static final String[] CASES = {
        "echo hello world",
        "printf '%s-%d-%x\\n' abc 42 255",
        "seq 1 10 | sort -r | head -3",
        "seq 20 | tail -4",
        "sort words.txt",
        "sort -n nums.txt | uniq -c",
        "sort words.txt | uniq -d",
        "sed -e 's/o/0/g' -e '2d' words.txt",
        "awk '{s += $1} END {print s, NR}' nums.txt",
        "awk -F: '{print $1}' /etc/passwd | head -2",
        "grep -n an words.txt",
        "grep -c -v e words.txt; echo $?",
        "grep nomatch words.txt; echo status $?",
        "md5sum words.txt nums.txt",
        "sha256sum words.txt",
        "tar cf a.tar words.txt nums.txt && tar tf a.tar && mkdir x && tar xf a.tar -C x && cmp words.txt x/words.txt && echo same",
        "gzip -c words.txt > w.gz && gunzip -c w.gz | md5sum",
        "find . -name '*.txt' | sort",
        "find . -type d | sort",
        "ls | xargs -n 1 echo item",
        "expr 6 \\* 7; expr length hello",
        "wc words.txt; wc -l < nums.txt",
        "head -c 10 words.txt | od -c",
        "cut -d' ' -f2 pairs.txt",
        "tr a-z A-Z < words.txt",
        "date -u -d @0 +%Y-%m-%dT%H:%M:%S",
        "dd if=words.txt of=copy.txt bs=4 2>/dev/null; cmp words.txt copy.txt && echo ok",
        "cmp words.txt nums.txt; echo status $?",
        "diff words.txt words.txt && echo nodiff; printf 'a\\nb\\n' > p1; printf 'a\\nc\\n' > p2; diff p1 p2; echo $?",
        "for i in 1 2 3; do echo n$i; done | tr '\\n' ,",
        "i=0; while [ $i -lt 5 ]; do i=$((i+1)); done; echo $i",
        "x=$(echo sub | tr a-z A-Z); echo $x ${#x}",
        "mkdir -p d/e/f && touch d/e/f/g && ls -R d | head -20",
        "ln -s words.txt link && readlink link && cat link | head -1",
        "cat missing.txt; echo status $?",
        "exit 7",
        "od -A x -t x1z nums.txt | head -3",
        "echo abc | rev 2>/dev/null || echo abc | sed 's/\\(.\\)\\(.\\)\\(.\\)/\\3\\2\\1/'",
        "basename /a/b/c.txt .txt; dirname /a/b/c.txt",
        "yes | head -3",
        "sh -c 'kill -TERM $$'; echo status $?",
        "trap 'echo got' USR1; kill -USR1 $$; echo after",
        "sleep 5 & kill $!; wait $!; echo $?",
        "(sleep 0.2; echo b) & echo a; wait; echo done",
        "echo x | (read v; echo got $v)",
        "timeout 1 sleep 3; echo $?",
        "ls /proc/self/fd | tr '\\n' ' '; readlink /proc/self/exe; grep -c stack /proc/self/maps",
    };

    @Test
    void appletsMatchNative(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(BB)), "busybox not installed (apt-get install busybox-static)");
        List<String> failures = new ArrayList<>();
        long nativeNs = 0, emuNs = 0;
        int n = 0;
        for (String line : CASES) {
            Path a = setup(tmp.resolve("n" + n)), b = setup(tmp.resolve("e" + n));
            n++;
            GuestRun.Outcome want = GuestRun.host(a, "", List.of(BB, "sh", "-c", line));
            GuestRun.Outcome got = GuestRun.pacifica(b, "", List.of(BB, "sh", "-c", line));
            nativeNs += want.nanos();
            emuNs += got.nanos();
            if (!want.out().equals(got.out()) || !want.err().equals(got.err()) || want.status() != got.status()) {
                failures.add("$ " + line + "\n== native " + want.show() + "== pacifica " + got.show());
            }
        }
        System.out.printf("busybox table: %d cases, native %.2f s, pacifica %.2f s%n", CASES.length, nativeNs / 1e9,
                emuNs / 1e9);
        assertTrue(failures.isEmpty(), failures.size() + " of " + CASES.length + " differ:\n" + String.join("\n", failures));
    }

    static Path setup(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("words.txt"), "banana\napple\ncherry\napple\nmango\nbanana\nkiwi\n");
        Files.writeString(dir.resolve("nums.txt"), "10\n2\n33\n2\n7\n10\n");
        Files.writeString(dir.resolve("pairs.txt"), "a 1\nb 2\nc 3\n");
        return dir;
    }
}
