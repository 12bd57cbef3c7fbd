package dev.seogen.review.server;

import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.FindingLines;
import dev.seogen.core.review.Severity;
import dev.seogen.core.source.SourceCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The model of a draft's page: the draft, its findings with their lines, its sources with their checks. */
final class DraftView {
    private DraftView() {}

    /** {@code row}'s findings with the lines of {@code fileText} they are about, worst first. */
    static List<Finding> located(Row row, String fileText) {
        List<Finding> located = new ArrayList<>(FindingLines.locate(row.findings(), fileText));
        located.sort(Comparator.comparing(Finding::severity).thenComparingInt(Finding::line));
        return located;
    }

    static Map<String, Object> model(Row row, List<Finding> findings) {
        Draft draft = row.draft();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", draft.id());
        model.put("question", draft.article().question());
        model.put("title", draft.article().title());
        model.put("path", draft.article().draftPath());
        model.put("status", row.statusLabel());
        model.put("note", draft.review().note() == null ? "" : draft.review().note());
        model.put(
                "reviewedBy",
                draft.review().reviewedBy() == null ? "" : draft.review().reviewedBy());
        model.put(
                "changedAt",
                draft.review().changedAt() == null
                        ? ""
                        : draft.review().changedAt().toString());
        model.put("words", row.words());
        model.put("targetWords", draft.targetWords());
        model.put("errors", row.errors());
        model.put("warnings", row.warnings());
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() != Severity.NOTE) {
                shown.add(Map.of(
                        "severity", f.severity().label(),
                        "rule", f.rule(),
                        "location", f.location(),
                        "line", f.line(),
                        "message", f.message()));
            }
        }
        model.put("findings", shown);
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source source : draft.article().sources()) {
            SourceCheck check = draft.checks().get(source.id());
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", source.id());
            s.put("reference", source.reference());
            s.put("link", link(source, check));
            s.put("check", check == null ? "unchecked" : check.status().key());
            s.put("detail", check == null ? "" : check.detail());
            s.put("checkedAt", check == null ? "" : check.checkedAt().toString());
            sources.add(s);
        }
        model.put("sources", sources);
        return model;
    }

    /** Where a source is: where its check found it, else its URL, else its DOI's address; only http(s). */
    private static String link(Source source, @Nullable SourceCheck check) {
        List<String> candidates = new ArrayList<>();
        if (check != null && check.finalUrl() != null) {
            candidates.add(check.finalUrl());
        }
        if (source.url() != null) {
            candidates.add(source.url());
        }
        if (source.doi() != null) {
            candidates.add("https://doi.org/" + source.doi());
        }
        for (String link : candidates) {
            String lower = link.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith("https://") || lower.startsWith("http://")) {
                return link.strip(); // never javascript: or data: from a model
            }
        }
        return "";
    }
}
