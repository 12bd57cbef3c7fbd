package dev.seogen.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.seogen.core.model.OutlineRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a unit test (surefire does not pick up *Benchmark classes): 400 outline calls at concurrency
 * 8 against WireMock answering after 300 ms, with the default settings (no client-side rate limit; the
 * endpoint announces none). The ideal is calls × latency / concurrency = 400 × 0.3 s / 8 = 15 s; the target is
 * within 1.15×. Run with bench/llm-throughput.sh.
 */
class LlmThroughputBenchmark {
    private static final int CALLS = Integer.getInteger("calls", 400);
    private static final int CONCURRENCY = Integer.getInteger("concurrency", 8);
    private static final int LATENCY_MS = Integer.getInteger("latencyMs", 300);

    @Test
    void throughputAtConcurrencyEight() throws Exception {
        WireMockServer server =
                new WireMockServer(wireMockConfig().dynamicPort().containerThreads(4 * CONCURRENCY + 10));
        server.start();
        try {
            server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                    .willReturn(
                            okJson(Wire.openAi(Wire.fixture("outline.json"))).withFixedDelay(LATENCY_MS)));
            LlmConfig config = new LlmConfig(
                    Provider.OPENAI,
                    server.baseUrl() + "/v1",
                    "gpt-4o-mini",
                    "gpt-4o-mini",
                    ApiKey.of("sk-bench"),
                    0.3,
                    2048,
                    Duration.ofSeconds(30),
                    2,
                    2,
                    CONCURRENCY,
                    0, // llm.requests-per-minute: unset, the default
                    0, // llm.tokens-per-minute: unset, the default
                    4_000_000,
                    TestConfigs.PRICES,
                    null,
                    Duration.ofMillis(100));
            LlmArticleModel model = new LlmArticleModel(config, Ticker.system(), line -> {});
            model.outline(new OutlineRequest(TestConfigs.TOPIC)); // warm-up: class loading, connections

            ExecutorService callers = Executors.newFixedThreadPool(CONCURRENCY * 2);
            long started = System.nanoTime();
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(callers.submit(() -> model.outline(new OutlineRequest(TestConfigs.TOPIC))));
            }
            for (Future<?> call : calls) {
                call.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            callers.shutdown();
            double ideal = CALLS * LATENCY_MS / 1000.0 / CONCURRENCY;
            System.out.printf(
                    "llm-throughput: %d calls, concurrency %d, %d ms latency: %.2f s (ideal %.2f s, ratio %.3f, default settings, target ≤ 1.15)%n",
                    CALLS, CONCURRENCY, LATENCY_MS, seconds, ideal, seconds / ideal);
        } finally {
            server.stop();
        }
    }
}
