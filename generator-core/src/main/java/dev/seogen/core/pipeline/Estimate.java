package dev.seogen.core.pipeline;

import dev.seogen.core.topic.PlannedTopic;
import java.util.List;

/**
 * What a batch will take, roughly, before it runs: calls and tokens, for the dry run. An article of W words
 * gets about W/200 sections (3 to 6), so 2 + sections calls; a token is about three quarters of a word, and
 * each prompt carries its instructions and, for the intro and summary, the sections written. A translation
 * takes a call a section and one for the rest, each reading the original.
 */
public record Estimate(int articles, long calls, long inputTokens, long outputTokens) {
    private static final int PROMPT_TOKENS = 500;

    public static Estimate of(List<PlannedTopic> plan) {
        long calls = 0;
        long input = 0;
        long output = 0;
        for (PlannedTopic planned : plan) {
            int words = planned.topic().words();
            int sections = sections(words);
            long articleTokens = Math.round(words * 1.35);
            if (planned.topic().translateFrom() != null) {
                // a translation: each section and then the frame, each reading the original's text
                calls += 1 + sections;
                input += (sections + 1L) * PROMPT_TOKENS + 2 * articleTokens;
                output += articleTokens;
                continue;
            }
            calls += 2 + sections;
            input += PROMPT_TOKENS // outline
                    + sections * (PROMPT_TOKENS + 300L) // each section: prompt, outline, sources
                    + PROMPT_TOKENS
                    + articleTokens; // intro and summary read the sections
            output += 450 + articleTokens;
        }
        return new Estimate(plan.size(), calls, input, output);
    }

    static int sections(int words) {
        return Math.max(3, Math.min(6, words / 200));
    }
}
