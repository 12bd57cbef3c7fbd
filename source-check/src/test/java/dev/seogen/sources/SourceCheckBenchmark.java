package dev.seogen.sources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.seogen.core.source.CheckStatus;
import dev.seogen.core.source.CitedWork;
import dev.seogen.core.source.SourceCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a unit test (surefire does not pick up *Benchmark classes): checks drafts × 5 sources (two
 * DOIs, one arXiv id, two URLs on ten web hosts, all distinct) against a local stand-in registry answering
 * after 50 ms, then again with the warm cache, which must make no request. The web hosts are 127.0.1.x, all
 * loopback, so each gets its own per-host gate. Run with bench/source-check.sh.
 */
class SourceCheckBenchmark {
    private static final int DRAFTS = Integer.getInteger("drafts", 10_000);
    private static final int LATENCY_MS = Integer.getInteger("latencyMs", 50);
    private static final int CONCURRENCY = Integer.getInteger("concurrency", 8);
    private static final int PER_HOST = Integer.getInteger("perHost", 8);
    private static final long SPACING_MS = Long.getLong("spacingMs", 0);

    @Test
    void checkDraftsTwiceSecondFromCache() throws Exception {
        WireMockServer server =
                new WireMockServer(wireMockConfig().dynamicPort().containerThreads(4 * CONCURRENCY + 10));
        server.start();
        Path cache = Files.createTempDirectory("source-check-bench");
        try {
            String work = Wire.fixture("crossref-work.json");
            server.stubFor(
                    get(urlPathMatching("/works/.*")).willReturn(okJson(work).withFixedDelay(LATENCY_MS)));
            server.stubFor(get(urlPathMatching("/api/query"))
                    .willReturn(aResponse()
                            .withBody(Wire.fixture("arxiv-entry.xml"))
                            .withFixedDelay(LATENCY_MS)));
            server.stubFor(head(urlPathMatching("/page/.*"))
                    .willReturn(aResponse().withStatus(200).withFixedDelay(LATENCY_MS)));

            List<CitedWork> works = new ArrayList<>();
            for (int d = 0; d < DRAFTS; d++) {
                works.add(new CitedWork(
                        "Deep learning", List.of("LeCun, Y."), 2015, "10.1038/bench." + d + ".a", null, null));
                works.add(new CitedWork(
                        "Deep learning", List.of("LeCun, Y."), 2015, "10.1038/bench." + d + ".b", null, null));
                works.add(new CitedWork(
                        "Attention is all you need",
                        List.of("Vaswani, A."),
                        2017,
                        null,
                        String.format("%04d.%05d", 1000 + d / 90_000, d % 90_000 + 10_000),
                        null));
                for (int u = 0; u < 2; u++) {
                    String host = "127.0.1." + (1 + (d * 2 + u) % 10);
                    works.add(new CitedWork(
                            "A page",
                            List.of(),
                            null,
                            null,
                            null,
                            "http://" + host + ":" + server.port() + "/page/" + d + "-" + u));
                }
            }
            SourceCheckConfig config = SourceCheckConfig.defaults()
                    .withRegistries("http://127.0.0.1:" + server.port(), "http://127.0.0.1:" + server.port() + "/api")
                    .withAllowPrivateAddresses(true)
                    .withPoliteness(CONCURRENCY, PER_HOST, Duration.ofMillis(SPACING_MS), Duration.ofMillis(SPACING_MS))
                    .withCache(cache, false);

            run("cold", config, works);
            int before = server.getAllServeEvents().size();
            server.resetRequests();
            Map<String, Long> warm = run("warm", config, works);
            System.out.printf(
                    "source-check: warm run made %d requests (cold run: %d)%n",
                    warm.values().stream().mapToLong(Long::longValue).sum(), before);
        } finally {
            server.stop();
        }
    }

    private static Map<String, Long> run(String name, SourceCheckConfig config, List<CitedWork> works) {
        long started = System.nanoTime();
        Map<String, Long> requests;
        List<SourceCheck> checks;
        try (HttpSourceChecker checker = new HttpSourceChecker(config, Clock.systemUTC())) {
            checks = checker.checkAll(works);
            requests = checker.requestsByHost();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<CheckStatus, Long> statuses =
                checks.stream().collect(Collectors.groupingBy(SourceCheck::status, Collectors.counting()));
        System.out.printf(
                "source-check %s: %d drafts, %d sources, %d ms latency, concurrency %d: %.2f s; %s%n",
                name, works.size() / 5, works.size(), LATENCY_MS, CONCURRENCY, seconds, statuses);
        requests.forEach((host, count) -> System.out.printf(
                "source-check %s:   %-12s %6d requests, %.1f/s%n", name, host, count, count / seconds));
        return requests;
    }
}
