package dev.seogen.core.draft;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.Generation;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.article.TokenUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The article of shared/reference/sample-article.txt, shortened, as a generated draft. */
final class SampleDraft {
    private SampleDraft() {}

    static Article article() {
        String question = "What are the challenges of customizing LLMs for specific users?";
        return new Article(
                question,
                "Challenges of Customizing LLMs for Specific Users",
                Slug.of(question),
                "LLM",
                LanguageTag.ENGLISH,
                List.of("llm", "fine-tuning", "personalization"),
                "Customizing large language models for specific users raises technical, ethical and practical"
                        + " challenges: data, fine-tuning, bias, privacy and cost.",
                "Customizing Large Language Models (LLMs) for specific users presents challenges that span"
                        + " technical, ethical, and practical domains.\n\nThis article walks through each of them.",
                List.of(
                        new Section(
                                "Technical challenges",
                                "Adapting a model starts with data and compute.",
                                List.of(
                                        new Section(
                                                "Data requirements and quality",
                                                "Customizing an LLM needs high-quality data that represents the"
                                                        + " user's context [1]."),
                                        new Section(
                                                "Model fine-tuning",
                                                "Fine-tuning adjusts billions of parameters [2]:\n\n"
                                                        + "- it is expensive;\n- it can make the model forget.\n\n"
                                                        + "```yaml\n## not a heading inside a fence\nepochs: 3\n```"))),
                        new Section(
                                "Ethical challenges",
                                "Models inherit the biases of their training data [3].",
                                List.of())),
                new Section(
                        "Summary",
                        "Customizing LLMs means tackling data, fine-tuning, bias and cost together [1][2][3]."),
                List.of(
                        new Source(
                                1,
                                "Attention Is All You Need",
                                List.of("Vaswani, A.", "Shazeer, N.", "Parmar, N."),
                                2017,
                                "arXiv",
                                "https://arxiv.org/abs/1706.03762",
                                "10.48550/arXiv.1706.03762"),
                        new Source(
                                2,
                                "Universal Language Model Fine-tuning for Text Classification",
                                List.of("Howard, J.", "Ruder, S."),
                                2018,
                                "ACL",
                                "https://aclanthology.org/P18-1031/",
                                null),
                        new Source(
                                3,
                                "On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?",
                                List.of("Bender, E. M.", "Gebru, T."),
                                2021,
                                "FAccT '21",
                                null,
                                "10.1145/3442188.3445922")));
    }

    static Draft generated() {
        Article article = article();
        Generation generation = new Generation(
                "openai",
                "gpt-4o-mini",
                new TokenUsage(5210, 2380),
                new BigDecimal("0.00221"),
                Instant.parse("2026-11-26T02:14:07Z"),
                Instant.parse("2026-11-26T02:14:31.250Z"),
                Draft.of(article, 800, Review.NEW, null).contentHash());
        return Draft.of(article, 800, Review.NEW, generation);
    }
}
