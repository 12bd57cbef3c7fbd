package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code seogen generate} against a real llama.cpp {@code llama-server} with a small context (2,048 tokens),
 * through the command line's own code path. Skipped unless {@code SEOGEN_LLAMA_SERVER} names the server binary
 * and {@code SEOGEN_LLAMA_MODEL} a GGUF chat model (see the README, "Local models", for how to get both).
 */
class LlamaServerTest {
    private static final int CONTEXT = 2048;
    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final Set<String> STEPS = Set.of("outline", "intro and summary", "draft");

    @TempDir
    Path folder;

    private Process server;
    private String baseUrl;

    @BeforeEach
    void startServer() throws IOException, InterruptedException {
        String binary = System.getenv("SEOGEN_LLAMA_SERVER");
        String model = System.getenv("SEOGEN_LLAMA_MODEL");
        assumeTrue(
                binary != null && !binary.isBlank() && model != null && !model.isBlank(),
                "skipped: set SEOGEN_LLAMA_SERVER (a llama-server binary) and SEOGEN_LLAMA_MODEL (a GGUF chat"
                        + " model) to run seogen against a real llama.cpp server");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        server = new ProcessBuilder(
                        binary,
                        "-m",
                        model,
                        "-c",
                        String.valueOf(CONTEXT),
                        "--host",
                        "127.0.0.1",
                        "--port",
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("llama-server.log").toFile())
                .start();
        baseUrl = "http://127.0.0.1:" + port;
        waitUntilHealthy();
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void aSmallTopicListRunsWithinTheContextAndReportsEveryCallAndFailure() throws IOException {
        Files.writeString(folder.resolve("topics.yaml"), """
                defaults:
                  words: 500
                topics:
                  - category: DNS
                    question: What is a CNAME record?
                  - category: HTTP
                    question: What does the HTTP status 304 mean?
                  - category: Email
                    question: What is an SPF record for?
                """);

        CommandRun run = CommandRun.seogen(
                folder,
                Map.of(),
                "generate",
                "--topics",
                "topics.yaml",
                "--base-url",
                baseUrl + "/v1",
                "--model",
                "local",
                "--concurrency",
                "1",
                "--timeout",
                "10m",
                "--verbose");

        assertThat(run.exitCode())
                .as("0, or 1 when the model is too weak; never 3\n" + run.out() + run.err())
                .isIn(0, 1);
        List<String> log = run.err().lines().toList();
        assertThat(log).as("no request went over the context").noneMatch(l -> l.contains("exceed_context_size_error"));
        assertThat(log).anyMatch(l -> l.startsWith("context: 2,048 tokens (GET /props)"));
        JsonNode report = onlyReport();
        long posted = log.stream()
                .filter(l -> l.startsWith("→ POST") && l.contains("/v1/chat/completions"))
                .count();
        assertThat(report.get("calls").asLong())
                .as("the report counts every call")
                .isEqualTo(posted);
        for (JsonNode article : report.get("articles")) {
            if (article.get("outcome").asText().equals("failed")) {
                String step = article.get("failed_step").asText();
                assertThat(STEPS.contains(step) || step.matches("section \\d+"))
                        .as(step)
                        .isTrue();
                assertThat(article.get("reason").asText()).isNotBlank();
            }
        }
    }

    private JsonNode onlyReport() throws IOException {
        try (Stream<Path> reports = Files.list(folder.resolve(".seogen/runs"))) {
            return new ObjectMapper().readTree(reports.findFirst().orElseThrow().toFile());
        }
    }

    /** llama-server answers 503 on /health while it loads the model, 200 once it can serve. */
    private void waitUntilHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive())
                    .as("llama-server exited; see its log in " + folder)
                    .isTrue();
            try {
                HttpResponse<Void> health = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("llama-server did not become healthy within " + STARTUP);
    }
}
