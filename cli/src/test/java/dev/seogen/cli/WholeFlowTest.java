package dev.seogen.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow as a user runs it, in a temporary folder: generate against an OpenAI-compatible endpoint
 * (WireMock), review, approve, publish; then the site is checked the way a validator and a crawler would.
 */
class WholeFlowTest {
    /** Installed by the publisher module's build (npm vnu-jar), which Maven runs before this one. */
    private static final Path VNU =
            Path.of("..", "publisher", "target", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static final Pattern INTERNAL_LINK = Pattern.compile("(?:href|src)=\"(/[^\"#]*)");

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
        assertThat(drafts).hasSize(8);
        List<String> approve = new ArrayList<>(List.of("review", "approve", "--force"));
        drafts.forEach(d -> approve.add(d.path("id").asText()));
        assertThat(CommandRun.seogen(folder, approve.toArray(String[]::new)).exitCode())
                .isZero();
        CommandRun publish = CommandRun.seogen(folder, "publish", "--base-url", "https://example.com");
        assertThat(publish.exitCode()).as(publish.err()).isZero();

        Path site = folder.resolve("site");
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        assertThat(pages).hasSize(8 + 3 + 2); // articles, categories, home and 404
        assertThat(brokenLinks(site)).isEmpty();
        assertThat(nuHtmlCheckerErrors(pages)).isEmpty();
    }

    private static Map<String, List<String>> brokenLinks(Path site) throws IOException {
        Map<String, List<String>> broken = new TreeMap<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher link = INTERNAL_LINK.matcher(Files.readString(page));
                while (link.find()) {
                    String target = link.group(1).substring(1);
                    Path file = site.resolve(target.isEmpty() || target.endsWith("/") ? target + "index.html" : target);
                    if (!Files.isRegularFile(file)) {
                        broken.computeIfAbsent(site.relativize(page).toString(), k -> new ArrayList<>())
                                .add(link.group(1));
                    }
                }
            }
        }
        return broken;
    }

    private static List<String> nuHtmlCheckerErrors(List<String> pages) throws IOException, InterruptedException {
        assertThat(VNU)
                .as("the Nu Html Checker, installed by 'mvn verify' in the publisher module")
                .exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                VNU.toString(),
                "--format",
                "json",
                "--errors-only"));
        command.addAll(pages);
        Process process = new ProcessBuilder(command).start();
        String report = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        List<String> errors = new ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(report).path("messages")) {
            errors.add(message.path("url").asText() + ": "
                    + message.path("message").asText());
        }
        return errors;
    }
}
