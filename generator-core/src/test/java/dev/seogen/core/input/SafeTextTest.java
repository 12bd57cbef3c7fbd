package dev.seogen.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void removesControlCharactersNonCharactersAndLoneSurrogatesAndKeepsTheRest() {
        String text = "a\u0000b\u0007c\u001b[31md\u007fe\u0085f\uFFFEg\uFDD0h\uD800i\tj\nk\r\nl é 😀 中";

        assertThat(SafeText.clean(text)).isEqualTo("abc[31mdefghi\tj\nk\r\nl é 😀 中");
        assertThat(SafeText.removed(text)).isEqualTo(8);
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "What is a CNAME record? — 😀";

        assertThat(SafeText.clean(text)).isSameAs(text);
    }

    @Test
    void aForbiddenCharacterIsFoundAfterAnyMixOfAsciiAndOtherText() {
        assertThat(SafeText.clean("plain ASCII, then é and 😀, then\u0007 a bell"))
                .isEqualTo("plain ASCII, then é and 😀, then a bell");
        assertThat(SafeText.clean("line one\nline two\u0085")).isEqualTo("line one\nline two");
    }

    @Test
    void aLineIsCleanWithOneSpaceForEachRunOfWhiteSpace() {
        assertThat(SafeText.line("  What is\n\ta CNAME\u0007  record?  ")).isEqualTo("What is a CNAME record?");
        assertThat(SafeText.line("one\ttab")).isEqualTo("one tab");
        assertThat(SafeText.line("single spaces stay")).isEqualTo("single spaces stay");
    }
}
