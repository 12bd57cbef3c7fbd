package dev.seogen.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmConfigTest {

    @Test
    void aBaseUrlThatIsNotAnHttpAddressIsRefused() {
        for (String url :
                new String[] {"http://localhost:11434 /v1", "localhost:11434/v1", "ftp://host/v1", "http:///v1"}) {
            assertThatThrownBy(() -> TestConfigs.config(Provider.OPENAI, url, null, Duration.ofSeconds(1), 0))
                    .as(url)
                    .hasMessageContaining("the base URL must be an http:// or https:// address");
        }
    }

    @Test
    void anthropicTakesATemperatureUpToOne() {
        LlmConfig base = TestConfigs.anthropic("http://localhost:1");
        assertThatThrownBy(() -> new LlmConfig(
                        base.provider(),
                        base.baseUrl(),
                        "m",
                        "m",
                        base.apiKey(),
                        1.7,
                        100,
                        base.timeout(),
                        0,
                        0,
                        1,
                        1,
                        1,
                        1_000,
                        base.prices(),
                        null,
                        base.firstBackoff()))
                .hasMessageContaining("Anthropic takes a temperature from 0 to 1");
    }

    @Test
    void aKeyFromAFileSavedWithAByteOrderMarkStillWorksButControlCharactersDoNot() {
        assertThat(ApiKey.of("\uFEFFsk-abc\n").reveal()).isEqualTo("sk-abc");
        assertThatThrownBy(() -> ApiKey.of("sk-a\u0007bc"))
                .hasMessageContaining("U+0007")
                .hasMessageNotContaining("sk-a");
        assertThat(ApiKey.of("sk-secret").toString()).doesNotContain("sk-secret");
    }
}
