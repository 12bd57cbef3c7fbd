package dev.seogen.core.review;

import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lint rule {@code language}, across drafts: a warning when the versions of one key (one article in several
 * languages) disagree on their sources (another count, or sources one has and another lacks, by URL, else
 * DOI, else title) or on their structure (another number of sections). Readers who switch language expect the
 * same article.
 */
final class VersionsRule {
    private VersionsRule() {}

    static void add(List<Draft> drafts, Map<Draft, List<Finding>> findings) {
        Map<String, List<Draft>> byKey = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            if (draft.version().hasKey()) {
                byKey.computeIfAbsent(draft.version().key(), k -> new ArrayList<>())
                        .add(draft);
            }
        }
        for (List<Draft> versions : byKey.values()) {
            for (Draft draft : versions) {
                for (Draft other : versions) {
                    if (other != draft
                            && !other.article()
                                    .language()
                                    .equals(draft.article().language())) {
                        compare(draft, other, findings.get(draft));
                    }
                }
            }
        }
    }

    private static void compare(Draft draft, Draft other, List<Finding> findings) {
        String there = "the " + other.article().language() + " version ("
                + other.article().draftPath() + ")";
        Set<String> mine = sources(draft);
        Set<String> theirs = sources(other);
        if (!mine.equals(theirs)) {
            Set<String> notThere = new LinkedHashSet<>(mine);
            notThere.removeAll(theirs);
            Set<String> notHere = new LinkedHashSet<>(theirs);
            notHere.removeAll(mine);
            findings.add(finding(
                    draft,
                    "sources",
                    "its sources differ from those of " + there + ": " + mine.size() + " here, " + theirs.size()
                            + " there; " + notThere.size() + " only here, " + notHere.size()
                            + " only there. Cite the same sources in every language (generate --translate keeps"
                            + " them)"));
        }
        int sections = draft.article().sections().size();
        int theirSections = other.article().sections().size();
        if (sections != theirSections) {
            findings.add(finding(
                    draft,
                    "structure",
                    "it has " + sections + " sections and " + there + " " + theirSections
                            + "; give every language the same sections"));
        }
    }

    private static Set<String> sources(Draft draft) {
        Set<String> keys = new LinkedHashSet<>();
        for (Source source : draft.article().sources()) {
            keys.add(
                    source.url() != null
                            ? "url " + source.url().strip()
                            : source.doi() != null
                                    ? "doi " + source.doi().strip().toLowerCase(Locale.ROOT)
                                    : "title " + source.title().strip().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    private static Finding finding(Draft draft, String where, String message) {
        return new Finding(
                LanguageRule.RULE, Severity.WARNING, draft.id(), draft.article().draftPath(), where, message);
    }
}
