package dev.seogen.core.pipeline;

import dev.seogen.core.article.Source;
import dev.seogen.core.source.CheckStatus;
import dev.seogen.core.source.CitedWork;
import dev.seogen.core.source.SourceCheck;
import dev.seogen.core.source.SourceChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks an outline's sources before any section is written from them. A source that does not exist
 * ({@code missing}), is not what it says ({@code mismatch}) or whose link is {@code dead} is refused, with
 * why, for the model to replace; one that could not be checked ({@code unknown}) is kept, and lint says so.
 */
final class SourceVetting {
    /** How many times a plan whose sources were refused is asked for again before the article fails. */
    static final int REPLANS = 2;

    private final SourceChecker checker;

    SourceVetting(SourceChecker checker) {
        this.checker = checker;
    }

    /** What the checks of some sources found: each by source id, and the refused ones, with why. */
    record Verdict(Map<Integer, SourceCheck> checks, List<String> refused) {
        boolean passed() {
            return refused.isEmpty();
        }
    }

    Verdict vet(List<Source> sources) {
        List<SourceCheck> found =
                checker.checkAll(sources.stream().map(CitedWork::of).toList());
        Map<Integer, SourceCheck> checks = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            SourceCheck check = found.get(i);
            checks.put(source.id(), check);
            if (check.status() == CheckStatus.MISSING
                    || check.status() == CheckStatus.MISMATCH
                    || check.status() == CheckStatus.DEAD) {
                refused.add("[" + source.id() + "] \"" + source.title() + "\": "
                        + check.status().key() + " (" + check.detail() + ")");
            }
        }
        return new Verdict(checks, refused);
    }
}
