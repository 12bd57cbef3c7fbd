package dev.seogen.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.model.OutlineRequest;
import dev.seogen.core.topic.Topic;
import dev.seogen.llm.internal.Prompts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagePromptsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final Prompts prompts = new Prompts();

    @Test
    void aFrenchVersionIsAskedForInFrenchNamingItsReadersLocaleInEveryMessage() {
        server.stubFor(
                post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(Wire.openAi(Wire.fixture("outline.json")))));
        LlmArticleModel model =
                new LlmArticleModel(TestConfigs.openAi(server.baseUrl(), null), Ticker.system(), line -> {});

        model.outline(new OutlineRequest(topic("fr")));

        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath(
                        "$.messages[0].content",
                        containing("Écris tout l'article en français pour un public francophone (fr-FR, France)")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("Écris en français (fr-FR).")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("Write for this audience"))));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Write the whole article in English for English-speaking readers (en-US, United States)",
                "en-GB|(en-GB, United Kingdom)",
                "fr-CA|pour un public francophone (fr-CA, Canada)",
                "de|Schreibe den gesamten Artikel auf Deutsch für ein deutschsprachiges Publikum (de-DE, Deutschland)",
                "de-CH|(de-CH, Schweiz)",
                "es|Escribe todo el artículo en español para un público hispanohablante (es-ES, España)",
                "it|Scrivi l'intero articolo in italiano per un pubblico italofono (it-IT, Italia)",
                "pt|Escreva todo o artigo em português para um público lusófono (pt-BR, Brasil)",
                "pt-PT|(pt-PT, Portugal)",
                "nl|Write the whole article in Dutch for readers of Dutch (nl-NL, Nederland)",
                "ja|Write the whole article in Japanese for readers of Japanese (ja-JP, 日本)"
            })
    void eachLanguageGetsItsOwnSentenceAndOthersAnEnglishOneNamingTheLanguage(String tag, String expected) {
        assertThat(prompts.system(topic(tag))).contains(expected).doesNotContain("BCP 47");
    }

    private static Topic topic(String tag) {
        return new Topic("DNS", "What is a CNAME record?", List.of("dns"), new LanguageTag(tag), "admins", 800);
    }
}
