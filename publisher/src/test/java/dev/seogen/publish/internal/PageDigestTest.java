package dev.seogen.publish.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageDigestTest {
    private static String digest(String... texts) {
        PageDigest digest = new PageDigest("article.ftlh");
        for (String text : texts) {
            digest.text(text);
        }
        return digest.value();
    }

    @Test
    void theSameInputsGiveTheSameDigestAndAnyChangeAnother() {
        assertThat(digest("What is SPF?", "mail")).isEqualTo(digest("What is SPF?", "mail"));
        assertThat(digest("What is SPF?", "mail")).isNotEqualTo(digest("What is SPF!", "mail"));
        assertThat(digest("What is SPF?", "mail")).isNotEqualTo(digest("What is SPF?mail"));
        assertThat(digest("ab", "c")).isNotEqualTo(digest("a", "bc"));
        assertThat(new PageDigest("home.ftlh").text("x").value())
                .isNotEqualTo(new PageDigest("feed.ftlx").text("x").value());
        assertThat(digest("x")).matches("[0-9a-f]{32}");
    }

    @Test
    void textsBeyondAsciiAreToldApart() {
        // "é" is one character; its bytes in other encodings read as other characters, which must not collide
        assertThat(digest("café")).isNotEqualTo(digest("cafe"));
        assertThat(digest("café")).isNotEqualTo(digest("caf\u00ff\u0000\u00e9"));
        assertThat(digest("日本語")).isNotEqualTo(digest("日本")).isEqualTo(digest("日本語"));
    }

    @Test
    void aLongTextIsDigestedWholeAndTheNextDigestIsNotDisturbed() {
        String head = "é".repeat(5_000); // longer than the thread's buffers, three bytes a character at most
        String first = digest(head + "a");
        assertThat(first).isNotEqualTo(digest(head + "b")).isEqualTo(digest(head + "a"));
        assertThat(digest("short"))
                .isEqualTo(new PageDigest("article.ftlh").text("short").value());
    }

    @Test
    void aModelsDigestDoesNotDependOnItsMapsOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("title", "What is DKIM?");
        one.put("tags", List.of("mail", "dns"));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("tags", List.of("mail", "dns"));
        other.put("title", "What is DKIM?");
        assertThat(PageDigest.of("article.ftlh", one)).isEqualTo(PageDigest.of("article.ftlh", other));
        other.put("tags", List.of("dns", "mail"));
        assertThat(PageDigest.of("article.ftlh", one)).isNotEqualTo(PageDigest.of("article.ftlh", other));
    }

    @Test
    void aDigestBegunWhileAnotherIsUnfinishedOnTheSameThreadKeepsItsOwnInputs() {
        PageDigest outer = new PageDigest("article.ftlh").text("outer");
        String inner = new PageDigest("card").text("inner").value();
        assertThat(outer.value()).isEqualTo(digest("outer"));
        assertThat(inner).isEqualTo(new PageDigest("card").text("inner").value());
    }
}
