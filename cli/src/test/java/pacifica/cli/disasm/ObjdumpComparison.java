package pacifica.cli.disasm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a {@code pacifica disasm} listing with objdump's, separating what the listing owns
 * (headers, labels, address and byte columns, wrapping) from what the formatter owns (the
 * instruction text).
 */
final class ObjdumpComparison {
    /** "  401000:\t48 83 ec 08          \tsub    $0x8,%rsp" — address, bytes column, text. */
    private static final Pattern INSN = Pattern.compile("^( *[0-9a-f]+):\\t((?:[0-9a-f]{2} )+ *)\\t(.*)$");
    /** A continuation line: address and up to 7 more bytes. */
    private static final Pattern MORE = Pattern.compile("^( *[0-9a-f]+):\\t((?:[0-9a-f]{2} )+)$");

    record Insn(String address, String layout, String text) {}

    static final class Listing {
        final List<String> layoutLines = new ArrayList<>();
        final Map<String, Insn> insns = new LinkedHashMap<>();
        int elisions;

        Listing(String text) {
            Insn last = null;
            StringBuilder layout = null;
            for (String line : text.split("\n", -1)) {
                Matcher m = INSN.matcher(line);
                Matcher c = MORE.matcher(line);
                if (c.matches() && last != null) {
                    layout.append('\n').append(line);
                    last = new Insn(last.address(), layout.toString(), last.text());
                    insns.put(last.address(), last);
                    continue;
                }
                if (m.matches()) {
                    layout = new StringBuilder(m.group(1) + ":\t" + m.group(2) + "\t");
                    last = new Insn(m.group(1).strip(), layout.toString(), m.group(3));
                    insns.put(last.address(), last);
                    continue;
                }
                last = null;
                if (line.equals("\t...")) {
                    elisions++;
                } else {
                    layoutLines.add(line);
                }
            }
        }
    }

    final Listing expected, actual;
    int sameLength, sameText, layoutMismatches, annotations, annotationMismatches;
    final List<String> annotationExamples = new ArrayList<>();
    final List<String> examples = new ArrayList<>();
    final List<String> layoutExamples = new ArrayList<>();

    ObjdumpComparison(String objdump, String ours) {
        expected = new Listing(objdump);
        actual = new Listing(ours);
        for (Insn e : expected.insns.values()) {
            Insn a = actual.insns.get(e.address());
            if (a == null) {
                if (examples.size() < 30) examples.add(e.address() + ": objdump " + e.text() + " | ours: no instruction here");
                continue;
            }
            // Same bytes (and so the same length): the whole layout must agree exactly.
            if (bytesOf(e).equals(bytesOf(a))) {
                sameLength++;
                if (!e.layout().equals(a.layout())) {
                    layoutMismatches++;
                    if (layoutExamples.size() < 10) layoutExamples.add("objdump:\n" + e.layout() + "\nours:\n" + a.layout());
                }
                String ea = annotation(e.text()), aa = annotation(a.text());
                if (ea != null) {
                    annotations++;
                    if (!ea.equals(aa)) {
                        annotationMismatches++;
                        if (annotationExamples.size() < 10) annotationExamples.add(e.address() + ": objdump " + ea + " ours " + aa);
                    }
                }
                if (e.text().equals(a.text())) {
                    sameText++;
                    continue;
                }
            }
            if (examples.size() < 30) {
                examples.add(e.address() + ": " + bytesOf(e) + " objdump '" + e.text() + "' ours " + bytesOf(a) + " '" + a.text() + "'");
            }
        }
    }

    /** The symbol annotation objdump puts at the end of a branch or RIP-relative comment, e.g. "<main+0x10>". */
    static String annotation(String text) {
        if (!text.endsWith(">")) return null;
        int lt = text.lastIndexOf(" <");
        return lt < 0 ? null : text.substring(lt + 1);
    }

    private static String bytesOf(Insn i) {
        StringBuilder sb = new StringBuilder();
        for (String l : i.layout().split("\n")) {
            sb.append(l.substring(l.indexOf(":\t") + 2).strip()).append(' ');
        }
        return sb.toString().strip();
    }

    double mismatchRate() {
        int n = expected.insns.size();
        return n == 0 ? 0 : 1.0 - (double) sameText / n;
    }

    String report(String name) {
        return String.format("%s: %d objdump instructions, %d at the same address with the same length, "
                        + "%d with the same text; instruction-text mismatch rate %.2f%%; %d/%d '...' elisions; "
                        + "%d layout mismatches; %d/%d symbol annotations differ%n  first mismatches:%n    %s", name,
                expected.insns.size(), sameLength, sameText, 100 * mismatchRate(), actual.elisions, expected.elisions,
                layoutMismatches, annotationMismatches, annotations,
                String.join("\n    ", examples.subList(0, Math.min(10, examples.size()))));
    }
}
