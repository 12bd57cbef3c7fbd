package dev.seogen.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    @Test
    void takesTheFirstHeadingAsTitleWhenTheFrontMatterGivesNone() throws Unreadable {
        Parsed parsed = MarkdownReader.read("---\nurl: https://x.example\n---\n# Caching\n\nText.\n", true);
        assertThat(parsed.metadata().title()).isEqualTo("Caching");
        assertThat(parsed.metadata().url()).isEqualTo("https://x.example");
    }

    @Test
    void namesAFrontMatterFieldOfTheWrongKind() {
        assertThatThrownBy(() -> MarkdownReader.read("---\ntitle: T\nyear: soon\n---\nText.\n", true))
                .isInstanceOf(Unreadable.class)
                .hasMessageContaining("year");
    }
}
