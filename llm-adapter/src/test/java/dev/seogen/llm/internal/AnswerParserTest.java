package dev.seogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnswerParserTest {
    private final AnswerParser parser = new AnswerParser();

    @Test
    void findsTheJsonInsideThinkingFencesAndChatter() {
        assertThat(AnswerParser.extractJson("<think>plan {a}</think>```json\n{\"a\": 1}\n```\nDone."))
                .isEqualTo("{\"a\": 1}");
        assertThat(AnswerParser.extractJson("<thinking>x</thinking>{\"a\": {\"b\": 2}} trailing"))
                .isEqualTo("{\"a\": {\"b\": 2}}");
        assertThat(AnswerParser.extractJson("<think>never closed, then {\"a\": 3}"))
                .isEqualTo("{\"a\": 3}");
    }

    @Test
    void headingsInsideSectionTextBecomeBoldLinesAndOpenFencesAreClosed() {
        var text = parser.section(
                "{\"body\": \"Intro.\\n## Sneaky heading\\nText.\\n```sh\\n# a comment, not a heading\\nls\", "
                        + "\"subsections\": [{\"heading\": \"## Sub\\nheading\", \"body\": \"### Deep\\nx\"}]}");

        assertThat(text.body())
                .isEqualTo("Intro.\n**Sneaky heading**\nText.\n```sh\n# a comment, not a heading\nls\n```");
        assertThat(text.subsections().get(0).heading()).isEqualTo("Sub heading");
        assertThat(text.subsections().get(0).body()).isEqualTo("**Deep**\nx");
    }

    @Test
    void nullsAndMissingFieldsBecomeProblemsNotCrashes() {
        var outline = parser.outline("{\"title\": null, \"sections\": null}");

        assertThat(outline.problems()).contains("title is empty", "sections is empty; plan at least one section");
        assertThatThrownBy(() -> parser.outline("null")).hasMessageContaining("no JSON object");
        assertThatThrownBy(() -> parser.outline("{\"sources\": [{\"title\": \"No id\"}]}"))
                .hasMessageContaining("no positive id");
    }

    @Test
    void controlCharactersAndNonCharactersAreRemovedAndCounted() {
        var text = parser.section("{\"body\": \"a\\u0000b\\u0007c\\u009Fd\\uFFFEe\\uFDD0f\\tg\\r\\nh\\ud800i\", "
                + "\"subsections\": [{\"heading\": \"Why\\u0000 now\", \"body\": \"x\"}]}");

        assertThat(text.body()).isEqualTo("abcdef\tg\nhi");
        assertThat(text.subsections().get(0).heading()).isEqualTo("Why now");
        assertThat(parser.removedCharacters()).isEqualTo(7);
    }

    @Test
    void setextHeadingsAndHeadingsInListsAndQuotesAreDemotedButCodeIsLeftAlone() {
        String body = String.join(
                "\n",
                "Big title",
                "=========",
                "Text.",
                "",
                "A paragraph",
                "---",
                "> # Quoted",
                "- ## Listed",
                "- item",
                "  ===",
                "#",
                "```",
                "Not a title",
                "===",
                "# not a heading",
                "```");

        assertThat(parser.tidy(body))
                .isEqualTo(String.join(
                        "\n",
                        "**Big title**",
                        "",
                        "Text.",
                        "",
                        "**A paragraph**",
                        "",
                        "> **Quoted**",
                        "- **Listed**",
                        "- **item**",
                        "  ",
                        "",
                        "```",
                        "Not a title",
                        "===",
                        "# not a heading",
                        "```"));
    }

    @Test
    void aTidiedTextHoldsNoHeadingAtAll() {
        String tidied = parser.tidy("Intro\n\n# One\n\nTwo\n===\n\n## Three ##\n\nFour\nlines\n---\n\n> Five\n> ---");

        assertThat(tidied).doesNotContain("#", "===");
        assertThat(AnswerParser.demoteHeadings(tidied)).isEqualTo(tidied); // nothing left that parses as a heading
    }
}
