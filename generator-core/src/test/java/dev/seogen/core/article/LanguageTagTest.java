package dev.seogen.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

    @ParameterizedTest
    @CsvSource({"en, en", "EN-gb, en-GB", "pt-br, pt-BR", "zh-Hant-TW, zh-Hant-TW", "fil, fil"})
    void keepsTheCanonicalSpelling(String given, String canonical) {
        assertThat(new LanguageTag(given).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "xx", "xxx", "en_US", "e", "", "en-", "123"})
    void refusesWhatIsNotALanguage(String tag) {
        assertThatThrownBy(() -> new LanguageTag(tag))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a language tag");
    }

    @org.junit.jupiter.api.Test
    void threeLetterCodesWithATwoLetterFormAreRefusedNamingIt() {
        assertThatThrownBy(() -> new LanguageTag("eng")).hasMessageContaining("use the two-letter code 'en'");
    }
}
