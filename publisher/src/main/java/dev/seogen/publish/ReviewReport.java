package dev.seogen.publish;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.Severity;
import dev.seogen.core.review.WordCount;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.publish.internal.ArticleHtml;
import dev.seogen.publish.internal.SafeMarkdown;
import dev.seogen.publish.internal.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The batch on one static page, for the reviewer: counts by status and by rule, a table of the drafts with
 * their findings, and each draft rendered as a reader would see it. Everything a draft says is escaped.
 */
public final class ReviewReport {
    private final Templates templates;
    private final SafeMarkdown markdown = new SafeMarkdown();

    /** @param theme a folder whose templates override the built-in ones, or null */
    public ReviewReport(@Nullable Path theme) {
        this.templates = new Templates(theme);
    }

    /** Writes the page to {@code out}, atomically. */
    public void write(Path out, List<Draft> drafts, Map<Draft, List<Finding>> findings, Instant generatedAt) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("generatedAt", generatedAt.toString());
        model.put("total", drafts.size());
        model.put("statuses", statuses(drafts));
        model.put("rules", rules(findings));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Draft draft : drafts) {
            rows.add(row(draft, findings.getOrDefault(draft, List.of())));
        }
        model.put("drafts", rows);
        String html = templates.render("review-report.ftlh", model);
        AtomicFile.write(out, html.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Long> statuses(List<Draft> drafts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReviewStatus status : ReviewStatus.values()) {
            counts.put(
                    status.label(),
                    drafts.stream().filter(d -> d.review().status() == status).count());
        }
        return counts;
    }

    private static List<Map<String, Object>> rules(Map<Draft, List<Finding>> findings) {
        Map<String, long[]> counts = new TreeMap<>();
        findings.values().stream()
                .flatMap(List::stream)
                .filter(f -> f.severity() != Severity.NOTE)
                .forEach(f -> {
                    long[] count = counts.computeIfAbsent(f.rule(), r -> new long[2]);
                    count[f.severity() == Severity.ERROR ? 0 : 1]++;
                });
        List<Map<String, Object>> rules = new ArrayList<>();
        counts.forEach((rule, count) -> rules.add(Map.of("rule", rule, "errors", count[0], "warnings", count[1])));
        return rules;
    }

    private Map<String, Object> row(Draft draft, List<Finding> findings) {
        Article article = draft.article();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", draft.id());
        row.put("path", article.draftPath());
        row.put("question", article.question());
        row.put("title", article.title());
        row.put("description", article.metaDescription());
        row.put("status", draft.review().status().label());
        row.put("note", draft.review().note() == null ? "" : draft.review().note());
        row.put("words", WordCount.of(article));
        row.put("target", draft.targetWords());
        row.put(
                "errors",
                findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
        row.put(
                "warnings",
                findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
        List<Map<String, String>> shown = new ArrayList<>();
        for (Finding f : findings) {
            shown.add(Map.of(
                    "severity",
                    f.severity().label(),
                    "rule",
                    f.rule(),
                    "location",
                    f.location(),
                    "message",
                    f.message()));
        }
        row.put("findings", shown);
        ArticleHtml.put(row, article, markdown);
        return row;
    }
}
