package dev.seogen.llm.internal;

import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.model.Answer;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.ModelUnusableException;
import dev.seogen.llm.Prices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Asks for a structured answer and checks it: a broken answer (not JSON, the wrong shape, empty, cut off,
 * citing sources that do not exist) is asked again, saying what was wrong, a bounded number of times; then
 * the step fails with a message that quotes the start of what was received.
 */
public final class StructuredStep {
    private static final int QUOTED = 200;

    private final Chat chat;
    private final Prompts prompts;
    private final Prices prices;
    private final int repairs;

    public StructuredStep(Chat chat, Prompts prompts, Prices prices, int repairs) {
        this.chat = chat;
        this.prompts = prompts;
        this.prices = prices;
        this.repairs = repairs;
    }

    public <T> Answer<T> ask(
            String step,
            String model,
            List<Message> conversation,
            StepSchema schema,
            Function<String, T> parse,
            Function<T, List<String>> problemsOf) {
        List<Message> messages = new ArrayList<>(conversation);
        TokenUsage usage = TokenUsage.NONE;
        BigDecimal cost = BigDecimal.ZERO;
        boolean allCached = true;
        int calls = 0;
        List<ChatCall> made = new ArrayList<>();
        String answeredBy = model;
        List<String> problems = List.of();
        String text = "";
        for (int attempt = 0; attempt <= repairs; attempt++) {
            ChatReply reply;
            ChatCall call = new ChatCall(model, messages, schema);
            made.add(call);
            try {
                reply = chat.send(call);
            } catch (ModelUnusableException e) {
                throw e;
            } catch (ModelException e) {
                throw new ModelException(e.getMessage(), e, calls + e.calls(), usage, cost);
            }
            calls += reply.cached() ? 0 : 1;
            usage = usage.plus(reply.usage());
            if (!reply.cached()) {
                cost = cost.add(prices.cost(reply.usage()));
                allCached = false;
            }
            answeredBy = reply.model();
            text = reply.text();
            if (reply.truncated()) {
                problems = List.of("the answer was cut off at the output limit; answer more briefly");
            } else {
                try {
                    T value = parse.apply(text);
                    problems = problemsOf.apply(value);
                    if (problems.isEmpty()) {
                        return new Answer<>(value, answeredBy, usage, cost, attempt + 1, allCached);
                    }
                } catch (AnswerParser.UnusableAnswer | IllegalArgumentException e) {
                    // IllegalArgumentException: a core record refused a value the schema allowed.
                    problems = List.of(e.getMessage());
                }
            }
            messages.add(Message.assistant(text));
            messages.add(Message.user(prompts.repair(problems)));
        }
        made.forEach(chat::forget); // so that the next run asks again instead of replaying what failed
        throw new ModelException(
                "the answer of " + answeredBy + " was still unusable after " + (repairs + 1)
                        + (repairs == 0 ? " try" : " tries") + " (" + String.join("; ", problems) + "); it began: «"
                        + quote(text) + "»",
                null,
                calls,
                usage,
                cost);
    }

    private static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTED ? flat : flat.substring(0, QUOTED) + "…";
    }
}
