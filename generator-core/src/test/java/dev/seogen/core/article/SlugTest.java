package dev.seogen.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "What are the challenges of customizing LLMs for specific users? | what-are-the-challenges-of-customizing-llms-for-specific-users",
                "What's the difference between A and AAAA records?                | whats-the-difference-between-a-and-aaaa-records",
                "Qu’est-ce qu’un résolveur DNS ?                                  | quest-ce-quun-resolveur-dns",
                "Was ist ein Straßen-Router?                                      | was-ist-ein-strassen-router",
                "Что такое DNS?                                                   | chto-takoye-dns",
                "How does C# compare to C++?                                      | how-does-c-sharp-compare-to-c-plus-plus",
                "SPF & DKIM                                                       | spf-and-dkim",
            })
    void foldsQuestionsToReadableAscii(String question, String expected) {
        assertThat(Slug.of(question).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..\\..\\windows\\system32",
                "/absolute/path",
                "a\u0000b\u001Fc\u007F",
                "line\nbreak\rreturn\ttab",
                "\u202Eevil\u202Cgnp.exe",
                "..",
                ".hidden",
            })
    void neverContainsPathSeparatorsDotsOrControlCharacters(String hostile) {
        String slug = Slug.of(hostile).value();

        assertThat(slug).doesNotContain("/", "\\", "..", ".").matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(slug.chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void pathTraversalKeepsOnlyTheWords() {
        assertThat(Slug.of("../../etc/passwd").value()).isEqualTo("etc-passwd");
    }

    @Test
    void transliteratesRightToLeftText() {
        assertThat(Slug.of("ما هو نظام أسماء النطاقات DNS؟").value())
                .matches("[a-z0-9-]+")
                .endsWith("dns");
        assertThat(Slug.of("מה זה DNS?").value()).matches("[a-z0-9-]+").endsWith("dns");
    }

    @Test
    void textWithNothingToKeepGetsAStableHashedSlug() {
        Slug emoji = Slug.of("🚀🔥💯");

        assertThat(emoji.value()).matches("article-[0-9a-f]{8}");
        assertThat(Slug.of("🚀🔥💯")).isEqualTo(emoji);
        assertThat(Slug.of("🎉")).isNotEqualTo(emoji);
        assertThat(Slug.of("").value()).matches("article-[0-9a-f]{8}");
        assertThat(Slug.of("?!… ---").value()).matches("article-[0-9a-f]{8}");
    }

    @Test
    void emojiBetweenWordsIsDropped() {
        assertThat(Slug.of("Why 🚀 rockets need DNS").value()).isEqualTo("why-rockets-need-dns");
    }

    @Test
    void aVeryLongQuestionIsCutAtAWordBoundary() {
        String question = "Why does the resolver ".repeat(23).substring(0, 500) + "?";

        Slug slug = Slug.of(question);

        assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-");
        assertThat(question.toLowerCase()).contains(slug.value().replace('-', ' '));
    }

    @Test
    void anUnbrokenLongWordIsCutHard() {
        assertThat(Slug.of("x".repeat(500)).value()).isEqualTo("x".repeat(Slug.MAX_LENGTH));
    }

    @Test
    void suffixKeepsTheSlugWithinTheLimit() {
        Slug longest = Slug.of("word ".repeat(40));

        Slug second = longest.withSuffix(2);

        assertThat(second.value()).endsWith("-2").hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
    }

    @Test
    void randomUnicodeAlwaysGivesAValidSlug() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                int codePoint = random.nextInt(0x2FFFF);
                if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                    text.appendCodePoint(codePoint);
                }
            }
            assertThat(Slug.isValid(Slug.of(text.toString()).value()))
                    .as("slug of %s", text)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UPPER", "a--b", "-a", "a-", "a/b", "..", "a b", "ü"})
    void refusesToHoldAnythingButASlug(String notASlug) {
        assertThatThrownBy(() -> new Slug(notASlug))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a slug");
    }

    @Test
    void allocatorKeepsSlugsUniqueWithinACategoryOnly() {
        SlugAllocator allocator = new SlugAllocator();
        Slug dns = Slug.of("DNS");
        Slug smtp = Slug.of("SMTP");

        assertThat(allocator.allocate(dns, "What is DNS?").value()).isEqualTo("what-is-dns");
        assertThat(allocator.allocate(dns, "What is DNS!").value()).isEqualTo("what-is-dns-2");
        assertThat(allocator.allocate(dns, "what is dns").value()).isEqualTo("what-is-dns-3");
        assertThat(allocator.allocate(smtp, "What is DNS?").value()).isEqualTo("what-is-dns");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|What's a CNAME record?|whats-a-cname-record",
                "fr|Qu'est-ce qu'un résolveur DNS ?|qu-est-ce-qu-un-resolveur-dns",
                "fr-CA|L’hôte et l’adresse|l-hote-et-l-adresse",
                "it|Cos'è l'algoritmo di Dijkstra?|cos-e-l-algoritmo-di-dijkstra",
                "de|Wofür braucht man Schlüssel und Größen?|wofuer-braucht-man-schluessel-und-groessen",
                "es|¿Qué es la compresión?|que-es-la-compresion",
                "pt-BR|O que é criptografia?|o-que-e-criptografia",
                "ru|Что такое DNS?|chto-takoye-dns"
            })
    void aVersionsSlugFollowsItsLanguagesRules(String language, String question, String slug) {
        assertThat(Slug.of(question, new LanguageTag(language)).value()).isEqualTo(slug);
    }

    @Test
    void aTakenSlugOfAnotherLanguageGetsTheLanguageAsSuffix() {
        Slug base = Slug.of("What is DNS?");

        assertThat(base.withLanguage(new LanguageTag("pt-BR")).value()).isEqualTo("what-is-dns-pt-br");
        assertThat(Slug.of("x".repeat(100)).withLanguage(new LanguageTag("fr")).value())
                .hasSize(Slug.MAX_LENGTH);
    }
}
