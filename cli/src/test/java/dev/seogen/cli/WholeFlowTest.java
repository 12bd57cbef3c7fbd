package dev.seogen.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow as a user runs it, in a temporary folder: generate against an OpenAI-compatible endpoint
 * (WireMock), review, approve, publish; then the site is checked the way a validator and a crawler would.
 */
class WholeFlowTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path folder;

    @Test
    void topicsBecomeAValidSiteWhoseLinksAllResolve() throws Exception {
        new FakeOpenAi(server, server).answering();
        Files.copy(Path.of("..", "examples", "topics.yaml"), folder.resolve("topics.yaml"));

        CommandRun generate = CommandRun.seogen(
                folder,
                "generate",
                "--topics",
                "topics.yaml",
                "--base-url",
                server.baseUrl() + "/v1",
                "--model",
                "gpt-4o-mini",
                "--requests-per-minute",
                "1000000");
        assertThat(generate.exitCode()).as(generate.out() + generate.err()).isZero();
        JsonNode drafts = new ObjectMapper()
                .readTree(CommandRun.seogen(folder, "review", "list", "--format", "json")
                        .out());
        assertThat(drafts).hasSize(9); // the CNAME article in English and in French
        List<String> approve = new ArrayList<>(List.of("review", "approve", "--force"));
        drafts.forEach(d -> approve.add(d.path("id").asText()));
        assertThat(CommandRun.seogen(folder, approve.toArray(String[]::new)).exitCode())
                .isZero();
        CommandRun publish = CommandRun.seogen(folder, "publish", "--site-url", "https://example.com");
        assertThat(publish.exitCode()).as(publish.err()).isZero();

        Path site = folder.resolve("site");
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        // Two languages: articles, categories (3 in English, 1 in French), two homes, the language chooser, 404
        assertThat(pages).hasSize(9 + 4 + 2 + 1 + 1);
        assertThat(SiteChecks.brokenLinks(site, "/")).isEmpty();
        assertThat(SiteChecks.htmlErrors(site)).isEmpty();
    }
}
