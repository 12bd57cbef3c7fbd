package dev.seogen.llm.internal;

import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.model.Answer;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.ModelUnusableException;
import dev.seogen.llm.LlmConfig;
import dev.seogen.llm.Prices;
import dev.seogen.llm.StructuredOutput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Asks for a structured answer and checks it: a broken answer (not JSON, the wrong shape, empty, cut off,
 * citing sources that do not exist) is asked again, a bounded number of times, with the original request and
 * a short note of what was wrong, never the growing conversation, so that a repair is no longer than the first
 * try and fits where it did; then the step fails with a message that quotes the start of what was received.
 * Each request asks for the output tokens its step needs, no more than the context leaves; a prompt that cannot
 * fit is refused before it is sent.
 */
public final class StructuredStep {
    private static final int QUOTED = 200;

    private final Chat chat;
    private final Prompts prompts;
    private final LlmConfig config;
    private final ContextWindow context;
    private final OutputModes modes;

    public StructuredStep(Chat chat, Prompts prompts, LlmConfig config, ContextWindow context, OutputModes modes) {
        this.chat = chat;
        this.prompts = prompts;
        this.config = config;
        this.context = context;
        this.modes = modes;
    }

    /**
     * @param stepNeeds the output tokens the step's answer may take (from the words asked), before the
     *     context and {@code llm.max-output-tokens} cap it
     */
    public <T> Answer<T> ask(
            String step,
            String model,
            List<Message> conversation,
            StepSchema schema,
            int stepNeeds,
            Function<String, T> parse,
            Function<T, List<String>> problemsOf) {
        Spent spent = new Spent(config.prices());
        List<ChatCall> made = new ArrayList<>();
        String answeredBy = model;
        List<String> problems = List.of();
        String text = "";
        String note = null;
        for (int attempt = 0; attempt <= config.repairs(); attempt++) {
            ChatReply reply = null;
            ChatCall call = null;
            while (reply == null) {
                call = call(model, conversation, note, schema, stepNeeds, spent);
                made.add(call);
                try {
                    reply = chat.send(call);
                } catch (FormatRefused e) {
                    spent.calls += e.calls();
                    if (modes.refused(call.mode(), e.said()) == null) {
                        throw new ModelUnusableException(
                                e.getMessage(), e, spent.calls, spent.usage, spent.cost); // nothing left to try
                    }
                } catch (ModelUnusableException e) {
                    throw new ModelUnusableException(
                            e.getMessage(), e, spent.calls + e.calls(), spent.usage, spent.cost);
                } catch (ModelException e) {
                    throw new ModelException(e.getMessage(), e, spent.calls + e.calls(), spent.usage, spent.cost);
                }
            }
            spent.add(reply);
            answeredBy = reply.model();
            text = reply.text();
            if (reply.truncated() && filledTheContext(reply, call)) {
                made.forEach(chat::forget);
                throw new ModelException(contextFilled(reply, call), null, spent.calls, spent.usage, spent.cost);
            }
            if (reply.truncated()) {
                problems = List.of("the answer was cut off at the output limit; answer more briefly");
            } else {
                try {
                    T value = parse.apply(text);
                    problems = problemsOf.apply(value);
                    if (problems.isEmpty()) {
                        return new Answer<>(value, answeredBy, spent.all, spent.cost, spent.calls, spent.allCached());
                    }
                } catch (AnswerParser.UnusableAnswer | IllegalArgumentException e) {
                    // IllegalArgumentException: a core record refused a value the schema allowed.
                    problems = List.of(e.getMessage());
                }
            }
            note = prompts.repair(problems, text);
        }
        made.forEach(chat::forget); // so that the next run asks again instead of replaying what failed
        throw new ModelException(
                "the answer of " + answeredBy + " was still unusable after " + (config.repairs() + 1)
                        + (config.repairs() == 0 ? " try" : " tries") + " (" + String.join("; ", problems)
                        + "); it began: «" + quote(text) + "»",
                null,
                spent.calls,
                spent.usage,
                spent.cost);
    }

    /**
     * The request of one try: the step's messages (with the schema in words when the server is not sent it) and,
     * for a repair, one short note; refused here when the prompt leaves the answer no room in the context.
     */
    private ChatCall call(
            String model, List<Message> conversation, String note, StepSchema schema, int stepNeeds, Spent spent) {
        StructuredOutput mode = modes.current();
        List<Message> messages = new ArrayList<>(conversation);
        if (mode != StructuredOutput.JSON_SCHEMA) {
            Message system = messages.get(0);
            messages.set(0, new Message(system.role(), system.text() + "\n\n" + prompts.schema(schema.text(config))));
        }
        if (note != null) {
            messages.add(Message.user(note));
        }
        long prompt = context.estimate(messages);
        OptionalLong output = context.outputFor(prompt, stepNeeds);
        if (output.isEmpty()) {
            throw new ModelException(
                    String.format(
                            Locale.ROOT,
                            "the prompt (about %,d tokens) does not fit the model's context (%,d) with room for an"
                                    + " answer; lower words or raise the server's context. Not sent",
                            prompt,
                            context.tokens().orElse(0)),
                    null,
                    spent.calls,
                    spent.usage,
                    spent.cost);
        }
        return new ChatCall(model, messages, schema, (int) output.getAsLong(), mode);
    }

    /**
     * Cut off well before the output tokens asked ("length" after 31 of 4,096): the context filled up, so asking
     * again more briefly cannot help.
     */
    private static boolean filledTheContext(ChatReply reply, ChatCall call) {
        return reply.usage().output() > 0 && reply.usage().output() < call.maxOutputTokens() / 2;
    }

    private String contextFilled(ChatReply reply, ChatCall call) {
        long prompt = reply.usage().input() > 0 ? reply.usage().input() : context.estimate(call.messages());
        OptionalLong window = context.tokens();
        return String.format(
                Locale.ROOT,
                "the model's context filled up after %,d of the %,d output tokens asked: the prompt (%,d tokens) does"
                        + " not fit the model's context (%s) with its answer; lower words or raise the server's context",
                reply.usage().output(),
                call.maxOutputTokens(),
                prompt,
                window.isPresent() ? String.format(Locale.ROOT, "%,d", window.getAsLong()) : "size unknown");
    }

    private static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTED ? flat : flat.substring(0, QUOTED) + "…";
    }

    /**
     * What a step's tries spent: the calls that reached the endpoint, the tokens and cost of those (answers from
     * the cache cost nothing, so they are not counted in a failed step's spending), and all tokens, cached ones
     * included, which the draft records as what the answer took.
     */
    private static final class Spent {
        private final Prices prices;
        private int calls;
        private int cached;
        private TokenUsage usage = TokenUsage.NONE;
        private TokenUsage all = TokenUsage.NONE;
        private BigDecimal cost = BigDecimal.ZERO;

        Spent(Prices prices) {
            this.prices = prices;
        }

        void add(ChatReply reply) {
            all = all.plus(reply.usage());
            if (reply.cached()) {
                cached++;
            } else {
                calls += Math.max(1, reply.tries());
                usage = usage.plus(reply.usage());
                cost = cost.add(prices.cost(reply.usage()));
            }
        }

        boolean allCached() {
            return calls == 0 && cached > 0;
        }
    }
}
