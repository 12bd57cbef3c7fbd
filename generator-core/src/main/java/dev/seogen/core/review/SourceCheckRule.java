package dev.seogen.core.review;

import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.source.SourceCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * Lint rule {@code source-check}: what {@code seogen review verify} found, as kept in the draft. An error for
 * a source that is {@code missing}, a {@code mismatch} or {@code dead}; a warning for one whose check could
 * not be completed ({@code unknown}) or that was never checked (but a document of the reference library, which
 * need not be). No network is asked: the draft says it all.
 */
final class SourceCheckRule {
    static final String RULE = "source-check";

    private SourceCheckRule() {}

    static List<Finding> findings(Draft draft) {
        List<Finding> findings = new ArrayList<>();
        for (Source source : draft.article().sources()) {
            String where = "source [" + source.id() + "]";
            SourceCheck check = draft.checks().get(source.id());
            if (check == null && draft.evidence().containsKey(source.id())) {
                continue; // a document of the publisher's own library: it is what it is, nothing to look up
            }
            if (check == null) {
                findings.add(finding(
                        draft,
                        Severity.WARNING,
                        where,
                        "\"" + source.title() + "\" was never checked; 'seogen review verify " + draft.id()
                                + "' checks that it exists and is what it says"));
                continue;
            }
            String seen = check.detail().isBlank() ? "" : " (" + check.detail() + ")";
            switch (check.status()) {
                case OK -> {}
                case MISSING ->
                    findings.add(finding(
                            draft,
                            Severity.ERROR,
                            where,
                            "\"" + source.title() + "\" does not exist" + seen + "; replace it with a real source or"
                                    + " remove it and its citations"));
                case MISMATCH ->
                    findings.add(finding(
                            draft,
                            Severity.ERROR,
                            where,
                            "\"" + source.title() + "\" is not what its identifier points to" + seen
                                    + "; fix the title, year or author, or the DOI/URL"));
                case DEAD ->
                    findings.add(finding(
                            draft,
                            Severity.ERROR,
                            where,
                            "the link of \"" + source.title() + "\" is dead" + seen + "; link a live copy or replace"
                                    + " the source"));
                case UNKNOWN ->
                    findings.add(finding(
                            draft,
                            Severity.WARNING,
                            where,
                            "\"" + source.title() + "\" could not be checked" + seen + "; check it by hand, or run"
                                    + " 'seogen review verify --refresh' later"));
            }
        }
        return findings;
    }

    private static Finding finding(Draft draft, Severity severity, String where, String message) {
        return new Finding(RULE, severity, draft.id(), draft.article().draftPath(), where, message);
    }
}
