package dev.seogen.cli;

import dev.seogen.core.draft.Draft;
import dev.seogen.core.review.Linter;
import dev.seogen.language.LinguaDetector;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The linter every command uses: with rule {@code language} told by Lingua, for the languages of the drafts. */
final class Lint {
    private Lint() {}

    static Linter of(List<Draft> drafts) {
        Set<String> languages =
                drafts.stream().map(d -> d.article().language().language()).collect(Collectors.toSet());
        return new Linter(LinguaDetector.of(languages));
    }
}
