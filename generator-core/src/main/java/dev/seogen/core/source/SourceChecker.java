package dev.seogen.core.source;

import java.util.ArrayList;
import java.util.List;

/**
 * What the core asks of whatever checks sources against registries and the web. A check never throws for
 * what it finds: a refused address, a timeout or no network is a {@link CheckStatus#UNKNOWN} result saying
 * why.
 */
public interface SourceChecker {
    SourceCheck check(CitedWork work);

    /** Checks many works, in the order given; an implementation may check them concurrently. */
    default List<SourceCheck> checkAll(List<CitedWork> works) {
        List<SourceCheck> checks = new ArrayList<>(works.size());
        for (CitedWork work : works) {
            checks.add(check(work));
        }
        return checks;
    }

    /**
     * Whether this checker found no network at all, so that its unknown results can be explained once ("no
     * network: 5,000 sources not checked") instead of once per source.
     */
    boolean sawNoNetwork();
}
