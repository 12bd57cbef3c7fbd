package dev.seogen.cli;

import dev.seogen.core.pipeline.ArticleOutcome;
import dev.seogen.core.pipeline.RunReport;
import java.io.PrintWriter;

/** The end of a run as a person reads it: counts, calls, tokens, cost, each failure, where the report is. */
final class RunSummary {
    private static final int SHOWN_FAILURES = 20;

    private RunSummary() {}

    /**
     * Prints the summary; the first failures only when {@code reportWritten} (the report names them all), else
     * every one of them.
     */
    static void print(
            RunReport report,
            String drafts,
            String reportFile,
            boolean priced,
            boolean reportWritten,
            PrintWriter out) {
        int total = report.outcomes().size() + report.notStarted();
        out.printf(
                "%nGenerated %d, skipped %d, failed %d of %s in %s: %s, %s input + %s output tokens," + " cost %s.%n",
                report.count(ArticleOutcome.Status.GENERATED),
                report.count(ArticleOutcome.Status.SKIPPED),
                report.count(ArticleOutcome.Status.FAILED),
                Format.count(total, "topic", "topics"),
                Format.duration(report.time()),
                Format.count(report.calls(), "model call", "model calls"),
                Format.tokens(report.usage().input()),
                Format.tokens(report.usage().output()),
                priced ? Format.money(report.cost()) : "unknown (no prices set)");
        if (report.fromCache() > 0) {
            out.printf(
                    "From cache: %s (no call, no token in this run).%n",
                    Format.count(report.fromCache(), "answer", "answers"));
        }
        report.notes().forEach(note -> out.println("Endpoint: " + note + "."));
        if (report.notStarted() > 0) {
            out.printf(
                    "Not started: %d%s. Run the same command again to go on.%n",
                    report.notStarted(), report.stoppedBecause() == null ? "" : " (" + report.stoppedBecause() + ")");
        }
        if (!report.failures().isEmpty()) {
            out.println("Failed (run again to retry them; finished steps are not redone):");
            long shown = reportWritten ? SHOWN_FAILURES : Long.MAX_VALUE;
            report.failures().stream()
                    .limit(shown)
                    .forEach(failure -> out.printf(
                            "  %s/%s — %s: %s%n",
                            drafts, failure.planned().draftPath(), failure.failedStep(), firstLine(failure.reason())));
            if (report.failures().size() > shown) {
                out.printf(
                        "  … and %d more, all in the report%n",
                        report.failures().size() - SHOWN_FAILURES);
            }
        }
        out.println("Drafts: " + drafts + "/   Report: " + reportFile);
        out.flush();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
