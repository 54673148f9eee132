package pacifica.cli.disasm;

import java.util.List;

/** Exposes {@link ObjdumpComparison} to tests in other packages. */
public final class ObjdumpComparisonAccess {
    private ObjdumpComparisonAccess() {}

    public record Result(String report, List<String> expectedLayout, List<String> actualLayout, int layoutMismatches,
                         List<String> layoutExamples, double mismatchRate, int annotationMismatches,
                         List<String> annotationExamples) {
        public String report(String name) {
            return report.replaceFirst("^NAME", name);
        }
    }

    public static Result compare(String objdump, String ours) {
        ObjdumpComparison c = new ObjdumpComparison(objdump, ours);
        return new Result(c.report("NAME"), c.expected.layoutLines, c.actual.layoutLines, c.layoutMismatches,
                c.layoutExamples, c.mismatchRate(), c.annotationMismatches, c.annotationExamples);
    }
}
