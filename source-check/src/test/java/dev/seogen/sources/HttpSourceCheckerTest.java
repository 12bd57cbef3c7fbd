package dev.seogen.sources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.seogen.core.source.CheckMethod;
import dev.seogen.core.source.CheckStatus;
import dev.seogen.core.source.CitedWork;
import dev.seogen.core.source.SourceCheck;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpSourceCheckerTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String DEEP_LEARNING = "/works/10.1038%2Fnature14539";

    private final WireMockServer server =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final FakeTicker ticker = new FakeTicker();

    @TempDir
    Path temp;

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private SourceCheckConfig config() {
        return SourceCheckConfig.defaults()
                .withRegistries(server.baseUrl(), server.baseUrl() + "/api")
                .withMailto("team@example.org")
                .withTimeout(Duration.ofSeconds(5));
    }

    private SourceCheck check(SourceCheckConfig config, CitedWork work) {
        try (HttpSourceChecker checker = new HttpSourceChecker(config, CLOCK, HostResolver.system(), ticker)) {
            return checker.check(work);
        }
    }

    private SourceCheck check(CitedWork work) {
        return check(config(), work);
    }

    private static CitedWork doi(String title, @Nullable Integer year, String doi, String... authors) {
        return new CitedWork(title, List.of(authors), year, doi, null, null);
    }

    private static CitedWork arxiv(String title, String id, String... authors) {
        return new CitedWork(title, List.of(authors), 2017, null, id, null);
    }

    private static CitedWork url(String url) {
        return new CitedWork("A page", List.of(), null, null, null, url);
    }

    private void stubDeepLearning() {
        server.stubFor(get(urlPathEqualTo(DEEP_LEARNING))
                .willReturn(okJson(Wire.fixture("crossref-work.json"))
                        .withHeader("Content-Type", "application/json;charset=utf-8")));
    }

    @Test
    void okWhenCrossrefHoldsTheDoiUnderTheSameTitleAskingPolitely() {
        stubDeepLearning();

        SourceCheck check = check(doi("Deep Learning", 2015, "10.1038/nature14539", "LeCun, Y.", "Bengio, Y."));

        assertThat(check.status()).isEqualTo(CheckStatus.OK);
        assertThat(check.how()).isEqualTo(CheckMethod.DOI);
        assertThat(check.resolvedTitle()).isEqualTo("Deep learning");
        assertThat(check.finalUrl()).isEqualTo("https://doi.org/10.1038/nature14539");
        assertThat(check.checkedAt()).isEqualTo(NOW);
        server.verify(getRequestedFor(urlEqualTo(DEEP_LEARNING + "?mailto=team%40example.org"))
                .withHeader("User-Agent", containing("mailto:team@example.org")));
    }

    @Test
    void missingWhenCrossrefAnswersResourceNotFound() {
        server.stubFor(get(urlPathEqualTo("/works/10.1145%2F1234.5678"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "text/plain")
                        .withBody(Wire.fixture("crossref-not-found.txt"))));

        SourceCheck check = check(doi("Invented", 2020, "10.1145/1234.5678"));

        assertThat(check.status()).isEqualTo(CheckStatus.MISSING);
        assertThat(check.detail()).isEqualTo("Crossref has no record of 10.1145/1234.5678");
    }

    @Test
    void mismatchSaysWhichTitleIsOnRecord() {
        stubDeepLearning();

        SourceCheck check = check(doi("Deep Learning for Search Engines", 2015, "https://doi.org/10.1038/nature14539"));

        assertThat(check.status()).isEqualTo(CheckStatus.MISMATCH);
        assertThat(check.detail()).isEqualTo("title on record: Deep learning");
        assertThat(check.resolvedTitle()).isEqualTo("Deep learning");
    }

    @Test
    void aDoiOrgUrlIsCheckedAsItsDoi() {
        stubDeepLearning();

        SourceCheck check = check(url("https://doi.org/10.1038/nature14539"));

        assertThat(check.how()).isEqualTo(CheckMethod.DOI);
        assertThat(check.status()).isEqualTo(CheckStatus.MISMATCH); // "A page" is not "Deep learning"
    }

    @Test
    void okWhenArxivHasTheIdWithTheSameTitleAndFirstAuthor() {
        server.stubFor(get(urlEqualTo("/api/query?id_list=1706.03762"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/atom+xml")
                        .withBody(Wire.fixture("arxiv-entry.xml"))));

        SourceCheck check = check(arxiv("Attention is all you need", "arXiv:1706.03762", "Vaswani, A."));

        assertThat(check.status()).isEqualTo(CheckStatus.OK);
        assertThat(check.how()).isEqualTo(CheckMethod.ARXIV);
        assertThat(check.resolvedTitle()).isEqualTo("Attention Is All You Need");
        assertThat(check.finalUrl()).isEqualTo("https://arxiv.org/abs/1706.03762");
        assertThat(check(arxiv("Attention is all you need", "1706.03762", "Shazeer, N."))
                        .detail())
                .isEqualTo("first author on record: Vaswani (the source says Shazeer, N.)");
    }

    @Test
    void missingWhenArxivAnswersAnErrorEntryForAMalformedId() {
        server.stubFor(get(urlEqualTo("/api/query?id_list=1234.12345"))
                .willReturn(aResponse().withStatus(200).withBody(Wire.fixture("arxiv-error.xml"))));

        SourceCheck check = check(arxiv("Error", "1234.12345"));

        assertThat(check.status()).isEqualTo(CheckStatus.MISSING);
        assertThat(check.detail()).isEqualTo("arXiv: incorrect id format for 1234.12345");
    }

    @Test
    void missingWhenArxivAnswersAnEmptyFeed() {
        server.stubFor(get(urlEqualTo("/api/query?id_list=2101.99999"))
                .willReturn(aResponse().withStatus(200).withBody(Wire.fixture("arxiv-empty.xml"))));

        SourceCheck check = check(url("https://arxiv.org/abs/2101.99999"));

        assertThat(check.status()).isEqualTo(CheckStatus.MISSING);
        assertThat(check.how()).isEqualTo(CheckMethod.ARXIV);
        assertThat(check.detail()).isEqualTo("arXiv has no record of 2101.99999");
    }

    @Test
    void retriesWhenArxivSaysRateExceededThenGivesUpAsUnknown() {
        server.stubFor(get(urlEqualTo("/api/query?id_list=1706.03762"))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Retry-After", "5")
                        .withBody("Rate exceeded.")));

        SourceCheck check = check(arxiv("Attention is all you need", "1706.03762"));

        assertThat(check.status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(check.detail()).isEqualTo("arXiv kept answering \"Rate exceeded.\"");
        server.verify(3, getRequestedFor(urlEqualTo("/api/query?id_list=1706.03762")));
        assertThat(ticker.waits).contains(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void aThrottledRequestSucceedsOnItsRetry() {
        server.stubFor(get(urlEqualTo("/api/query?id_list=1706.03762"))
                .inScenario("throttle")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody("Rate exceeded."))
                .willSetStateTo("open"));
        server.stubFor(get(urlEqualTo("/api/query?id_list=1706.03762"))
                .inScenario("throttle")
                .whenScenarioStateIs("open")
                .willReturn(aResponse().withBody(Wire.fixture("arxiv-entry.xml"))));

        assertThat(check(arxiv("Attention Is All You Need", "1706.03762")).status())
                .isEqualTo(CheckStatus.OK);
        assertThat(ticker.waits).contains(Duration.ofSeconds(1)); // the first back-off, no Retry-After given
    }

    @Test
    void aRetryAfterLongerThanTheLongestWaitEndsTheCheck() {
        server.stubFor(get(urlPathEqualTo(DEEP_LEARNING))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        SourceCheck check = check(doi("Deep learning", 2015, "10.1038/nature14539"));

        assertThat(check.status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(check.detail()).isEqualTo("Crossref kept asking to slow down (HTTP 429)");
        server.verify(1, getRequestedFor(urlPathEqualTo(DEEP_LEARNING)));
    }

    private SourceCheckConfig allowingLocalhost() {
        return config().withAllowPrivateAddresses(true);
    }

    @Test
    void aUrlAnsweringTwoHundredIsOkWithWhereItEnded() {
        server.stubFor(
                head(urlEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
        server.stubFor(head(urlEqualTo("/new")).willReturn(aResponse().withStatus(200)));

        SourceCheck check = check(allowingLocalhost(), url(server.baseUrl() + "/old"));

        assertThat(check.status()).isEqualTo(CheckStatus.OK);
        assertThat(check.how()).isEqualTo(CheckMethod.URL);
        assertThat(check.finalUrl()).isEqualTo(server.baseUrl() + "/new");
    }

    @Test
    void getsWhenHeadIsRefused() {
        server.stubFor(head(urlEqualTo("/page")).willReturn(aResponse().withStatus(405)));
        server.stubFor(
                get(urlEqualTo("/page")).willReturn(aResponse().withStatus(200).withBody("<html></html>")));

        assertThat(check(allowingLocalhost(), url(server.baseUrl() + "/page")).status())
                .isEqualTo(CheckStatus.OK);
        server.verify(getRequestedFor(urlEqualTo("/page")));
    }

    @Test
    void deadForNotFoundGoneAndPersistentServerErrors() {
        server.stubFor(head(urlEqualTo("/missing")).willReturn(aResponse().withStatus(404)));
        server.stubFor(head(urlEqualTo("/gone")).willReturn(aResponse().withStatus(410)));
        server.stubFor(head(urlEqualTo("/broken")).willReturn(aResponse().withStatus(503)));

        assertThat(check(allowingLocalhost(), url(server.baseUrl() + "/missing")))
                .extracting(SourceCheck::status, SourceCheck::detail)
                .containsExactly(CheckStatus.DEAD, "HTTP 404");
        assertThat(check(allowingLocalhost(), url(server.baseUrl() + "/gone")).status())
                .isEqualTo(CheckStatus.DEAD);
        assertThat(check(allowingLocalhost(), url(server.baseUrl() + "/broken")))
                .extracting(SourceCheck::status, SourceCheck::detail)
                .containsExactly(CheckStatus.DEAD, "HTTP 503 on every try");
    }

    @Test
    void unknownForForbiddenTooManyRequestsAndBotWalls() {
        server.stubFor(any(urlEqualTo("/forbidden")).willReturn(aResponse().withStatus(403)));
        server.stubFor(head(urlEqualTo("/slow-down")).willReturn(aResponse().withStatus(429)));
        server.stubFor(head(urlEqualTo("/challenge"))
                .willReturn(aResponse().withStatus(403).withHeader("cf-mitigated", "challenge")));
        server.stubFor(get(urlEqualTo("/challenge"))
                .willReturn(aResponse().withStatus(403).withHeader("cf-mitigated", "challenge")));

        assertThat(check(allowingLocalhost(), url(server.baseUrl() + "/forbidden")))
                .extracting(SourceCheck::status, SourceCheck::detail)
                .containsExactly(CheckStatus.UNKNOWN, "HTTP 403: the site refuses automated requests");
        assertThat(check(allowingLocalhost(), url(server.baseUrl() + "/slow-down"))
                        .status())
                .isEqualTo(CheckStatus.UNKNOWN);
        assertThat(check(allowingLocalhost(), url(server.baseUrl() + "/challenge"))
                        .detail())
                .contains("bot wall");
    }

    @Test
    void followsAtMostFiveRedirects() {
        for (int i = 0; i < 6; i++) {
            server.stubFor(head(urlEqualTo("/hop" + i))
                    .willReturn(aResponse().withStatus(302).withHeader("Location", "/hop" + (i + 1))));
        }
        server.stubFor(head(urlEqualTo("/hop6")).willReturn(aResponse().withStatus(200)));

        SourceCheck check = check(allowingLocalhost(), url(server.baseUrl() + "/hop0"));

        assertThat(check.status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(check.detail()).startsWith("more than 5 redirects");
        server.verify(0, anyRequestedFor(urlEqualTo("/hop6")));
    }

    @Test
    void neverRequestsAPrivateAddressUnlessAllowed() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        String internal = "http://127.0.0.1:" + server.port() + "/latest/meta-data/";

        SourceCheck refused = check(
                SourceCheckConfig.defaults().withRegistries("https://api.crossref.org", "https://export.arxiv.org/api"),
                url(internal));

        assertThat(refused.status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(refused.detail())
                .isEqualTo("not requested: 127.0.0.1 resolves to 127.0.0.1 is a loopback address"
                        + " (sources.allow-private-addresses is false)");
        assertThat(server.getAllServeEvents()).isEmpty();

        assertThat(check(allowingLocalhost(), url(internal)).status()).isEqualTo(CheckStatus.OK);
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void neverRequestsTheCloudMetadataAddress() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        HostResolver resolver = host -> {
            if (host.equals("metadata.google.internal")) {
                return new InetAddress[] {InetAddress.getByName("169.254.169.254")};
            }
            throw new UnknownHostException(host);
        };
        try (HttpSourceChecker checker = new HttpSourceChecker(config(), CLOCK, resolver, ticker)) {
            SourceCheck check = checker.check(url("http://metadata.google.internal/computeMetadata/v1/"));

            assertThat(check.status()).isEqualTo(CheckStatus.UNKNOWN);
            assertThat(check.detail()).contains("169.254.169.254 is a link-local address");
        }
    }

    @Test
    void resolvesEachHostOnceSoThatRebindingCannotSwapTheAddress() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        HostResolver rebinding = host -> {
            if (!host.equals("rebind.test")) {
                throw new UnknownHostException(host);
            }
            // First a public address (TEST-NET-3, unreachable here), then loopback, where the server listens.
            return new InetAddress[] {InetAddress.getByName(asked.getAndIncrement() == 0 ? "203.0.113.7" : "127.0.0.1")
            };
        };
        SourceCheckConfig config = config().withTimeout(Duration.ofMillis(500));
        try (HttpSourceChecker checker = new HttpSourceChecker(config, CLOCK, rebinding, ticker)) {
            SourceCheck check = checker.check(url("http://rebind.test:" + server.port() + "/"));

            assertThat(check.status()).isEqualTo(CheckStatus.UNKNOWN);
        }
        assertThat(asked).hasValue(1);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aHostThatDoesNotResolveIsDeadWhenTheRegistriesDo() {
        HostResolver resolver = host -> {
            if (host.equals("localhost")) { // the registries' host
                return InetAddress.getAllByName(host);
            }
            throw new UnknownHostException(host);
        };
        try (HttpSourceChecker checker = new HttpSourceChecker(config(), CLOCK, resolver, ticker)) {
            SourceCheck check = checker.check(url("https://gone.example/paper"));

            assertThat(check)
                    .extracting(SourceCheck::status, SourceCheck::detail)
                    .containsExactly(CheckStatus.DEAD, "host gone.example does not resolve");
            assertThat(checker.sawNoNetwork()).isFalse();
        }
    }

    @Test
    void withoutAnyNetworkEveryCheckIsUnknownAndTheCheckerSaysSo() {
        HostResolver offline = host -> {
            throw new UnknownHostException(host + ": Temporary failure in name resolution");
        };
        SourceCheckConfig config = SourceCheckConfig.defaults();
        try (HttpSourceChecker checker = new HttpSourceChecker(config, CLOCK, offline, ticker)) {
            List<SourceCheck> checks = checker.checkAll(List.of(
                    url("https://www.rfc-editor.org/rfc/rfc9110"),
                    doi("Deep learning", 2015, "10.1038/nature14539"),
                    arxiv("Attention is all you need", "1706.03762")));

            assertThat(checks).extracting(SourceCheck::status).containsOnly(CheckStatus.UNKNOWN);
            assertThat(checks.get(0).detail()).isEqualTo("no network: host www.rfc-editor.org does not resolve");
            assertThat(checker.sawNoNetwork()).isTrue();
        }
    }

    @Test
    void saysWhatIsWrongWithASourceThatCannotBeChecked() {
        SourceCheck nothing = check(new CitedWork("A book", List.of("Knuth, D."), 1968, null, null, null));
        SourceCheck badDoi = check(doi("A paper", 2020, "doi:12.34/x"));
        SourceCheck badUrl = check(url("not a url"));

        assertThat(nothing)
                .extracting(SourceCheck::status, SourceCheck::how, SourceCheck::detail)
                .containsExactly(CheckStatus.UNKNOWN, null, "nothing to check: the source has no DOI, arXiv id or URL");
        assertThat(badDoi.status()).isEqualTo(CheckStatus.MISSING);
        assertThat(badDoi.detail()).contains("'doi:12.34/x' is not a DOI");
        assertThat(badUrl.status()).isEqualTo(CheckStatus.DEAD);
        assertThat(badUrl.detail()).startsWith("'not a url' is not a URL");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aWarmCacheMakesNoRequestUntilRecheckAfterOrRefresh() {
        stubDeepLearning();
        SourceCheckConfig cached = config().withCache(temp.resolve(".seogen/sources"), false);
        CitedWork work = doi("Deep learning", 2015, "10.1038/nature14539");

        check(cached, work);
        SourceCheck again = check(cached, work);

        assertThat(again.status()).isEqualTo(CheckStatus.OK);
        assertThat(again.checkedAt()).isEqualTo(NOW);
        server.verify(1, getRequestedFor(urlPathEqualTo(DEEP_LEARNING)));

        // Another title for the same DOI is compared with the cached record, without asking again.
        assertThat(check(cached, doi("Shallow learning", 2015, "10.1038/nature14539"))
                        .status())
                .isEqualTo(CheckStatus.MISMATCH);
        server.verify(1, getRequestedFor(urlPathEqualTo(DEEP_LEARNING)));

        check(cached.withCache(temp.resolve(".seogen/sources"), true), work);
        server.verify(2, getRequestedFor(urlPathEqualTo(DEEP_LEARNING)));

        Clock later = Clock.fixed(NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC);
        try (HttpSourceChecker checker = new HttpSourceChecker(cached, later, HostResolver.system(), ticker)) {
            assertThat(checker.check(work).checkedAt()).isEqualTo(later.instant());
        }
        server.verify(3, getRequestedFor(urlPathEqualTo(DEEP_LEARNING)));
    }

    @Test
    void spacesRequestsToOneHostAndAsksEachThingOnce() {
        server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(200)));
        SourceCheckConfig config =
                allowingLocalhost().withPoliteness(8, 2, Duration.ofMillis(250), Duration.ofSeconds(3));
        try (HttpSourceChecker checker = new HttpSourceChecker(config, CLOCK, HostResolver.system(), ticker)) {
            List<SourceCheck> checks = checker.checkAll(
                    List.of(url(server.baseUrl() + "/a"), url(server.baseUrl() + "/b"), url(server.baseUrl() + "/a")));

            assertThat(checks).extracting(SourceCheck::status).containsOnly(CheckStatus.OK);
            assertThat(checker.requestsByHost()).containsExactly(java.util.Map.entry("localhost", 2L));
        }
        server.verify(2, anyRequestedFor(anyUrl()));
        assertThat(ticker.waits).containsExactly(Duration.ofMillis(250));
    }
}
