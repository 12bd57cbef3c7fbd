package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private static final Path EXAMPLES =
            Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @BeforeEach
    void copyExampleTopics() throws IOException {
        Files.copy(EXAMPLES.resolve("topics.yaml"), folder.resolve("topics.yaml"));
        Files.copy(EXAMPLES.resolve("topics.csv"), folder.resolve("topics.csv"));
    }

    @Test
    void dryRunShowsEachTopicWithItsDraftAndTheTotal() {
        CommandRun run = CommandRun.seogen(folder, "generate", "--topics", "topics.yaml", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("DNS               What is a CNAME record and when should you use one?")
                .contains("dns/what-is-a-cname-record-and-when-should-you-use-one.md")
                .contains("smtp/what-is-the-difference-between-spf-dkim-and-dmarc.md")
                .contains("llm/what-is-retrieval-augmented-generation-rag.md")
                .contains("9 topics in 3 categories would be drafted to drafts/")
                .contains("dns/qu-est-ce-qu-un-enregistrement-cname-et-quand-faut-il-l-utiliser.md")
                .contains("no model was called");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void dryRunListsEachLanguageVersionWithItsLanguageAndDraft() throws IOException {
        Files.writeString(folder.resolve("multi.yaml"), """
                defaults:
                  languages: [en, fr]
                topics:
                  - {category: DNS, question: "What is a CNAME record?"}
                  - {key: ttl, category: DNS, question: "Was ist eine TTL?", language: de, translate_from: fr}
                """);

        CommandRun run = CommandRun.seogen(folder, "generate", "--topics", "multi.yaml", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines())
                .anySatisfy(line ->
                        assertThat(line).matches("DNS +What is a CNAME record\\? +en +dns/what-is-a-cname-record.md"))
                .anySatisfy(line -> assertThat(line)
                        .matches("DNS +What is a CNAME record\\? +fr +dns/what-is-a-cname-record-fr.md"))
                .anySatisfy(line -> assertThat(line)
                        .matches("DNS +Was ist eine TTL\\? +de +dns/was-ist-eine-ttl.md \\(translated from fr\\)"));
        assertThat(run.out()).contains("3 topics in 1 category");
    }

    @Test
    void dryRunOfTheCsvTwinPrintsTheSame() {
        CommandRun yaml = CommandRun.seogen(folder, "generate", "--topics", "topics.yaml", "--dry-run");
        CommandRun csv = CommandRun.seogen(folder, "generate", "--topics", "topics.csv", "--dry-run");

        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).isEqualTo(yaml.out());
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        CommandRun.seogen(folder, "generate", "--topics", "topics.yaml", "--dry-run");

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files)
                    .extracting(f -> f.getFileName().toString())
                    .containsExactlyInAnyOrder("topics.yaml", "topics.csv");
        }
    }

    @Test
    void limitTakesTheFirstTopics() {
        CommandRun run = CommandRun.seogen(folder, "generate", "--topics", "topics.yaml", "--dry-run", "--limit", "2");

        assertThat(run.out()).contains("2 topics in 1 category").doesNotContain("dnssec");
    }

    @Test
    void aBadTopicListExits2NamingLineAndFieldWithoutAStackTrace() throws IOException {
        Files.writeString(
                folder.resolve("bad.yaml"),
                "topics:\n  - category: DNS\n    question: What is DNS?\n    words: -5\n  - category: DNS\n");

        CommandRun run = CommandRun.seogen(folder, "generate", "--topics", "bad.yaml", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("bad.yaml: 2 problems; nothing was generated")
                .contains("bad.yaml:4: words: must be a whole number")
                .contains("bad.yaml:5: question: missing")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSizeLessThan(6);
    }

    @Test
    void aRepeatedQuestionIsAWarningOnStandardError() throws IOException {
        Files.writeString(folder.resolve("dup.csv"), "category,question\nDNS,What is DNS?\nDNS,What is DNS?\n");

        CommandRun run = CommandRun.seogen(folder, "generate", "--topics", "dup.csv", "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: ").contains("dup.csv:3: question: repeats the question of line 2");
        assertThat(run.out()).contains("1 topic in 1 category");
    }

    @Test
    void settingsComeFromFlagThenEnvironmentThenConfigFileThenDefault() throws IOException {
        String[] dryRun = {"generate", "--topics", "topics.yaml", "--dry-run"};
        assertThat(CommandRun.seogen(folder, dryRun).out()).contains("concurrency: 4 (default)");

        Files.writeString(folder.resolve("seogen.yaml"), "drafts: out/drafts\nllm:\n  concurrency: 6\n");
        assertThat(CommandRun.seogen(folder, dryRun).out())
                .contains("drafts: out/drafts (seogen.yaml:1)")
                .contains("concurrency: 6 (seogen.yaml:3)");

        Map<String, String> environment = Map.of("SEOGEN_LLM_CONCURRENCY", "7");
        assertThat(CommandRun.seogen(folder, environment, dryRun).out())
                .contains("concurrency: 7 (SEOGEN_LLM_CONCURRENCY)");

        String[] withFlag = {"generate", "--topics", "topics.yaml", "--dry-run", "--concurrency", "8"};
        assertThat(CommandRun.seogen(folder, environment, withFlag).out()).contains("concurrency: 8 (--concurrency)");
    }

    @Test
    void relativePathsInTheConfigFileAreRelativeToIt() throws IOException {
        Path site = Files.createDirectories(folder.resolve("site-config"));
        Files.writeString(site.resolve("custom.yaml"), "drafts: my-drafts\n");

        CommandRun run = CommandRun.seogen(
                folder, "generate", "--topics", "topics.yaml", "--dry-run", "--config", "site-config/custom.yaml");

        assertThat(run.out()).contains("drafts: site-config/my-drafts (custom.yaml:1)");
    }

    @Test
    void anUnknownConfigKeyIsAnErrorNamingItsLine() throws IOException {
        Files.writeString(folder.resolve("seogen.yaml"), "drafts: d\nllm:\n  concurrancy: 6\n");

        CommandRun run = CommandRun.seogen(folder, "generate", "--topics", "topics.yaml", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("seogen.yaml:3: llm.concurrancy: unknown setting")
                .contains("llm.concurrency");
    }

    @Test
    void aBadValueInTheEnvironmentIsNamedBeforeAnyWork() {
        CommandRun run = CommandRun.seogen(
                folder, Map.of("SEOGEN_LLM_CONCURRENCY", "lots"), "generate", "--topics", "missing.yaml", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "llm.concurrency from SEOGEN_LLM_CONCURRENCY: must be a whole number from 1 to 256, got 'lots'")
                .doesNotContain("missing.yaml");
    }

    @Test
    void aMissingConfigFileGivenByFlagIsAnError() {
        CommandRun run =
                CommandRun.seogen(folder, "generate", "--topics", "topics.yaml", "--dry-run", "--config", "nope.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yaml: no such config file");
    }

    @Test
    void modelSettingsAreShownWithTheirOriginAndTheKeyNever() throws IOException {
        Files.writeString(folder.resolve("seogen.yaml"), "llm:\n  provider: anthropic\n  price-input: 3\n");

        CommandRun run = CommandRun.seogen(
                folder,
                Map.of("ANTHROPIC_API_KEY", "sk-ant-secret-value", "SEOGEN_LLM_MODEL", "claude-haiku-4-5"),
                "generate",
                "--topics",
                "topics.yaml",
                "--dry-run",
                "--timeout",
                "2m",
                "--section-model",
                "claude-opus-4-1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("provider: anthropic (seogen.yaml:2)")
                .contains("base URL: https://api.anthropic.com/v1 (default for anthropic)")
                .contains("outline model: claude-haiku-4-5 (SEOGEN_LLM_MODEL)")
                .contains("section model: claude-opus-4-1 (--section-model)")
                .contains("timeout: 120 s (--timeout)")
                .contains("price input: 3 (seogen.yaml:3)")
                .contains("API key: set (ANTHROPIC_API_KEY)")
                .doesNotContain("sk-ant-secret-value");
    }

    @Test
    void anApiKeyInTheConfigFileIsRefused() throws IOException {
        Files.writeString(folder.resolve("seogen.yaml"), "llm:\n  api-key: sk-live-123\n");

        CommandRun run = CommandRun.seogen(folder, "generate", "--topics", "topics.yaml", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("seogen.yaml:2: llm.api-key: an API key never goes in seogen.yaml")
                .doesNotContain("sk-live-123");
    }

    @Test
    void theKeyCanComeFromAFile() throws IOException {
        Files.writeString(folder.resolve("key.txt"), "sk-from-file\n");

        CommandRun run = CommandRun.seogen(
                folder, "generate", "--topics", "topics.yaml", "--dry-run", "--api-key-file", "key.txt");

        assertThat(run.out()).contains("API key: set (--api-key-file)").doesNotContain("sk-from-file");
    }

    @Test
    void aRealRunAgainstOpenAiWithoutAKeyStopsBeforeAnyWork() {
        CommandRun run = CommandRun.seogen(folder, "generate", "--topics", "topics.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("no API key for https://api.openai.com/v1: set SEOGEN_LLM_API_KEY (or OPENAI_API_KEY)");
    }

    @Test
    void aLocalServerNeedsNoKey() {
        CommandRun run = CommandRun.seogen(
                folder, "generate", "--topics", "topics.yaml", "--dry-run", "--base-url", "http://localhost:11434/v1");

        assertThat(run.out()).contains("API key: none").doesNotContain("Before a real run");
    }

    @Test
    void badModelSettingsAreAllNamedTogether() {
        CommandRun run = CommandRun.seogen(
                folder,
                Map.of("SEOGEN_LLM_PROVIDER", "gemini"),
                "generate",
                "--topics",
                "topics.yaml",
                "--dry-run",
                "--temperature",
                "5",
                "--timeout",
                "soon");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("llm.provider from SEOGEN_LLM_PROVIDER: 'gemini' is not a provider; use openai or anthropic")
                .contains(
                        "llm.temperature from --temperature: must be a number from 0 to 2 with at most 12 decimal places, got '5'")
                .contains("llm.timeout from --timeout: must be a duration such as 90 (seconds), 90s or 2m, got 'soon'");
    }

    @Test
    void everyNumericModelSettingIsRangeCheckedNamingWhereItCameFromEvenInADryRun() throws IOException {
        Files.writeString(folder.resolve("seogen.yaml"), "llm:\n  concurrency: 100000\n");

        CommandRun run = CommandRun.seogen(
                folder,
                Map.of("SEOGEN_LLM_MAX_ANSWER_SIZE", "1GB", "SEOGEN_LLM_TOKENS_PER_MINUTE", "99999999999"),
                "generate",
                "--topics",
                "topics.yaml",
                "--dry-run",
                "--timeout",
                "9999999999m",
                "--price-input",
                "1e-999999999",
                "--price-output",
                "1e999999999",
                "--max-output-tokens",
                "99999999999",
                "--retries",
                "-1",
                "--requests-per-minute",
                "2000000");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err())
                .contains("llm.timeout from --timeout: must be from 1 s to 60m (3600 s), got '9999999999m'")
                .contains("llm.price-input from --price-input: must be a number from 0 to 100000 with at most 12"
                        + " decimal places, got '1e-999999999'")
                .contains("llm.price-output from --price-output: must be a number from 0 to 100000")
                .contains("llm.max-output-tokens from --max-output-tokens: must be a whole number from 1 to 200000")
                .contains("llm.retries from --retries: must be a whole number from 0 to 20")
                .contains(
                        "llm.requests-per-minute from --requests-per-minute: must be a whole number from 0 to 1000000")
                .contains("llm.tokens-per-minute from SEOGEN_LLM_TOKENS_PER_MINUTE: must be a whole number from 0 to"
                        + " 1000000000")
                .contains("llm.max-answer-size from SEOGEN_LLM_MAX_ANSWER_SIZE: must be a size from 1 KB to 16 MB")
                .contains("llm.concurrency from seogen.yaml:2: must be a whole number from 1 to 256")
                .doesNotContain("Exception", "overflow");
    }

    @Test
    void aTimeoutThatOverflowsADurationIsAnInputErrorNotACrash() {
        CommandRun run = CommandRun.seogen(
                folder, Map.of("SEOGEN_LLM_TIMEOUT", "9223372036854775807"), "generate", "--topics", "topics.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("llm.timeout from SEOGEN_LLM_TIMEOUT: must be from 1 s to 60m (3600 s)");
    }

    @Test
    void theDryRunSaysThereIsNoClientSideRateLimitByDefaultAndTheLargestAnswer() {
        CommandRun run = CommandRun.seogen(folder, "generate", "--topics", "topics.yaml", "--dry-run");

        assertThat(run.out())
                .contains("requests per minute: no client-side limit (default); paced to the provider's rate-limit"
                        + " headers, if it sends them")
                .contains("tokens per minute: no client-side limit (default)")
                .contains("max answer size: 4,000,000 bytes (default)");
        assertThat(CommandRun.seogen(folder, "generate", "--help").out())
                .contains("--requests-per-minute")
                .contains("(default: none, 0)")
                .contains("--max-answer-size");
    }

    @Test
    void theLocalModelSettingsComeFromFlagsAndTheEnvironmentAndAreShown() {
        CommandRun run = CommandRun.seogen(
                folder,
                Map.of("SEOGEN_LLM_SEED", "42", "SEOGEN_LLM_CONTEXT_TOKENS", "2048"),
                "generate",
                "--topics",
                "topics.yaml",
                "--dry-run",
                "--structured-output",
                "json_object");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("context tokens: 2048 (SEOGEN_LLM_CONTEXT_TOKENS)")
                .contains("structured output: json_object (--structured-output)")
                .contains("seed: 42 (SEOGEN_LLM_SEED)");
        assertThat(CommandRun.seogen(folder, "generate", "--topics", "topics.yaml", "--dry-run")
                        .out())
                .contains("context tokens: asked of the server at the first call (default)")
                .contains("seed: none (default)");
        assertThat(CommandRun.seogen(
                                folder,
                                Map.of("SEOGEN_LLM_STRUCTURED_OUTPUT", "xml"),
                                "generate",
                                "--topics",
                                "topics.yaml",
                                "--dry-run")
                        .err())
                .contains("llm.structured-output from SEOGEN_LLM_STRUCTURED_OUTPUT")
                .contains("json_schema, json_object or prompt");
    }

    @Test
    void aProvidersKeyThatIsNotSentToAnotherEndpointIsExplained() {
        CommandRun run = CommandRun.seogen(
                folder,
                Map.of("OPENAI_API_KEY", "sk-openai-secret"),
                "generate",
                "--topics",
                "topics.yaml",
                "--dry-run",
                "--base-url",
                "http://localhost:11434/v1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("API key: none (OPENAI_API_KEY is set but not sent to http://localhost:11434/v1, which is"
                        + " not https://api.openai.com/v1: set SEOGEN_LLM_API_KEY for this endpoint)")
                .doesNotContain("sk-openai-secret");
        assertThat(CommandRun.seogen(
                                folder,
                                Map.of("OPENAI_API_KEY", "sk-openai-secret"),
                                "generate",
                                "--topics",
                                "topics.yaml",
                                "--dry-run")
                        .out())
                .contains("API key: set (OPENAI_API_KEY)");
    }

    @Test
    void helpStatesWhichKeyGoesToWhichEndpoint() {
        String help = CommandRun.seogen(folder, "generate", "--help").out();

        assertThat(help)
                .contains("  OPENAI_API_KEY         sent only to https://api.openai.com/v1\n")
                .contains("  ANTHROPIC_API_KEY      sent only to https://api.anthropic.com/v1\n")
                .contains("for any other endpoint, set SEOGEN_LLM_API_KEY.");
    }

    @Test
    void aTopicListOverTopicsMaxSizeIsRefusedBeforeItIsRead() throws java.io.IOException {
        StringBuilder yaml = new StringBuilder("topics:\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("  - category: DNS\n    question: What is record type ")
                    .append(i)
                    .append("?\n");
        }
        java.nio.file.Files.writeString(folder.resolve("big.yaml"), yaml);

        CommandRun run = CommandRun.seogen(
                folder,
                java.util.Map.of("SEOGEN_TOPICS_MAX_SIZE", "1KB"),
                "generate",
                "--topics",
                "big.yaml",
                "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("big.yaml", "topics.max-size (SEOGEN_TOPICS_MAX_SIZE)");
    }
}
