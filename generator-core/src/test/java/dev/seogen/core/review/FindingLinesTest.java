package dev.seogen.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingLinesTest {
    private static final String DRAFT = """
            ---
            id: abc
            title: MX
            description: Short.
            sources:
              - id: 1
                title: RFC 5321
              - id: 2
                title: RFC 1035
            ---

            Intro text.

            ## First

            ```
            ## not a heading in a fence
            ```

            ### A part

            Cites [2] here.

            ## Summary

            Done.
            """;

    private static Finding at(String location) {
        return new Finding("rule", Severity.WARNING, "abc", "dns/mx.md", location, "fix it");
    }

    @Test
    void eachLocationGetsTheLineOfTheDraftItIsAbout() {
        List<Finding> located = FindingLines.locate(
                List.of(
                        at("title"),
                        at("description"),
                        at("source [2]"),
                        at("intro"),
                        at("section 1"),
                        at("section 1.1"),
                        at("[2]"),
                        at("summary"),
                        at("body")),
                DRAFT);

        assertThat(located).extracting(Finding::line).containsExactly(3, 4, 8, 12, 14, 20, 22, 24, 12);
        assertThat(located.get(0).place()).isEqualTo("dns/mx.md:3");
    }

    @Test
    void aLocationTheFileDoesNotHaveHasNoLine() {
        assertThat(FindingLines.locate(List.of(at("section 9"), at("slug")), DRAFT))
                .extracting(Finding::line)
                .containsExactly(0, 0);
        assertThat(at("slug").place()).isEqualTo("dns/mx.md");
    }
}
