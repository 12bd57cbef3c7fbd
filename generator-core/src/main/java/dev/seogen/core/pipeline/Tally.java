package dev.seogen.core.pipeline;

import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.model.Answer;
import dev.seogen.core.model.ModelException;
import java.math.BigDecimal;

/** The calls, tokens and cost this run spent on one article; answers from the cache cost none. */
final class Tally {
    int calls;
    TokenUsage usage = TokenUsage.NONE;
    BigDecimal cost = BigDecimal.ZERO;
    int fromCache;

    /** What a failed step spent: its calls were paid for even though they gave nothing usable. */
    synchronized void spent(ModelException failure) {
        calls += failure.calls();
        usage = usage.plus(failure.usage());
        cost = cost.add(failure.cost());
    }

    synchronized <T> Answer<T> add(Answer<T> answer) {
        if (answer.cached()) {
            fromCache++;
        } else {
            calls += answer.calls();
            usage = usage.plus(answer.usage());
            cost = cost.add(answer.cost());
        }
        return answer;
    }
}
