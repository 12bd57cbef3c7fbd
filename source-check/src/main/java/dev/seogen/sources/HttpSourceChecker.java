package dev.seogen.sources;

import dev.seogen.core.source.CheckMethod;
import dev.seogen.core.source.CheckStatus;
import dev.seogen.core.source.CitedWork;
import dev.seogen.core.source.RecordMatch;
import dev.seogen.core.source.SourceCheck;
import dev.seogen.core.source.SourceChecker;
import dev.seogen.core.source.SourceIdentifiers;
import dev.seogen.sources.internal.ArxivClient;
import dev.seogen.sources.internal.CheckCache;
import dev.seogen.sources.internal.CrossrefClient;
import dev.seogen.sources.internal.HostGates;
import dev.seogen.sources.internal.Http;
import dev.seogen.sources.internal.Lookup;
import dev.seogen.sources.internal.PinnedDns;
import dev.seogen.sources.internal.Ticker;
import dev.seogen.sources.internal.UrlProbe;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Checks sources against Crossref (DOIs), arXiv (arXiv ids) and the web (URLs), in that order of preference:
 * a source with a DOI is checked by its DOI, a {@code doi.org} or {@code arxiv.org/abs/…} URL as the
 * identifier it names. Each thing is asked about once per checker (and once per {@code recheckAfter} with a
 * cache), each host resolved once and connected to at the address checked. Close it when done.
 */
public final class HttpSourceChecker implements SourceChecker, AutoCloseable {
    private static final String USER_AGENT = "seogen/0.1 (source check)";

    private final SourceCheckConfig config;
    private final Clock clock;
    private final PinnedDns dns;
    private final HostGates gates;
    private final Http http;
    private final CrossrefClient crossref;
    private final ArxivClient arxiv;
    private final UrlProbe urls;
    private final @Nullable CheckCache cache;
    private final ConcurrentMap<String, CompletableFuture<Lookup>> asked = new ConcurrentHashMap<>();
    private final Object networkLock = new Object();
    private @Nullable Boolean online;

    public HttpSourceChecker(SourceCheckConfig config, Clock clock) {
        this(config, clock, HostResolver.system());
    }

    /** With a resolver of one's own: a stand-in registry's names, or a test's. */
    public HttpSourceChecker(SourceCheckConfig config, Clock clock, HostResolver resolver) {
        this(config, clock, resolver, Ticker.system());
    }

    HttpSourceChecker(SourceCheckConfig config, Clock clock, HostResolver resolver, Ticker ticker) {
        this.config = config;
        this.clock = clock;
        this.dns = new PinnedDns(resolver);
        this.gates = new HostGates(config.concurrency(), config.perHostConcurrency(), ticker);
        this.http = new Http(config, dns, gates, ticker);
        String politeAgent =
                config.mailto() == null ? USER_AGENT : "seogen/0.1 (source check; mailto:" + config.mailto() + ")";
        this.crossref = new CrossrefClient(
                http, config.crossrefUrl(), config.mailto(), politeAgent, config.hostSpacing(), clock);
        this.arxiv = new ArxivClient(http, config.arxivUrl(), politeAgent, config.arxivSpacing(), clock);
        this.urls = new UrlProbe(
                http, dns, config.allowPrivateAddresses(), USER_AGENT, config.hostSpacing(), config.timeout(), clock);
        this.cache = config.cacheFolder() == null
                ? null
                : new CheckCache(config.cacheFolder(), clock, config.recheckAfter(), config.refresh());
    }

    private record Target(CheckMethod how, String value) {
        String key() {
            return how.key() + ":" + (how == CheckMethod.URL ? value : value.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Override
    public SourceCheck check(CitedWork work) {
        Optional<Target> target;
        try {
            target = target(work);
        } catch (IllegalArgumentException malformed) {
            CheckMethod how = work.doi() != null ? CheckMethod.DOI : CheckMethod.ARXIV;
            return new SourceCheck(CheckStatus.MISSING, clock.instant(), how, malformed.getMessage(), null, null);
        }
        if (target.isEmpty()) {
            return SourceCheck.unknown(
                    clock.instant(), null, "nothing to check: the source has no DOI, arXiv id or URL");
        }
        try {
            return verdict(work, target.get(), lookup(target.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SourceCheck.unknown(clock.instant(), target.get().how(), "interrupted before the check ended");
        }
    }

    /** Checks the works concurrently ({@code sources.concurrency} requests at most), answering in their order. */
    @Override
    public List<SourceCheck> checkAll(List<CitedWork> works) {
        if (works.size() < 2) {
            return SourceChecker.super.checkAll(works);
        }
        AtomicInteger number = new AtomicInteger();
        // More workers than requests in flight: a worker waiting on one host's spacing must not idle the others.
        ExecutorService workers =
                Executors.newFixedThreadPool(Math.min(works.size(), config.concurrency() * 4), task -> {
                    Thread thread = new Thread(task, "source-check-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<SourceCheck>> checks = new ArrayList<>(works.size());
            for (CitedWork work : works) {
                checks.add(workers.submit(() -> check(work)));
            }
            List<SourceCheck> results = new ArrayList<>(works.size());
            for (Future<SourceCheck> check : checks) {
                results.add(check.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking sources", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a source check failed: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    @Override
    public boolean sawNoNetwork() {
        synchronized (networkLock) {
            return Boolean.FALSE.equals(online);
        }
    }

    /** How many requests each host got from this checker, by host name: for benchmarks and reports. */
    public Map<String, Long> requestsByHost() {
        return gates.requestsByHost();
    }

    @Override
    public void close() {
        http.close();
    }

    private static Optional<Target> target(CitedWork work) {
        if (work.doi() != null) {
            String doi = SourceIdentifiers.doi(work.doi())
                    .orElseThrow(() -> new IllegalArgumentException("'" + work.doi()
                            + "' is not a DOI (a DOI looks like 10.1234/abc), so no registry holds it"));
            Optional<String> arxivId = SourceIdentifiers.arxivFromDoi(doi);
            return Optional.of(
                    arxivId.map(id -> new Target(CheckMethod.ARXIV, id)).orElse(new Target(CheckMethod.DOI, doi)));
        }
        if (work.arxiv() != null) {
            String id = SourceIdentifiers.arxiv(work.arxiv())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "'" + work.arxiv() + "' is not an arXiv id (one looks like 1706.03762 or hep-th/9901001)"));
            return Optional.of(new Target(CheckMethod.ARXIV, id));
        }
        if (work.url() != null) {
            Optional<String> doi = SourceIdentifiers.doiFromUrl(work.url());
            if (doi.isPresent()) {
                return Optional.of(new Target(CheckMethod.DOI, doi.get()));
            }
            Optional<String> id = SourceIdentifiers.arxivFromUrl(work.url());
            return Optional.of(
                    id.map(i -> new Target(CheckMethod.ARXIV, i)).orElse(new Target(CheckMethod.URL, work.url())));
        }
        return Optional.empty();
    }

    /** Asks once per thing per checker: concurrent checks of the same DOI wait for the first. */
    private Lookup lookup(Target target) throws InterruptedException {
        CompletableFuture<Lookup> mine = new CompletableFuture<>();
        CompletableFuture<Lookup> first = asked.putIfAbsent(target.key(), mine);
        if (first != null) {
            try {
                return first.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a source check failed: " + e.getCause(), e.getCause());
            }
        }
        try {
            Lookup lookup = cached(target).orElse(null);
            if (lookup == null) {
                lookup = ask(target);
                if (cache != null) {
                    cache.put(target.key(), lookup);
                }
            }
            mine.complete(lookup);
            return lookup;
        } catch (RuntimeException | InterruptedException e) {
            mine.completeExceptionally(e);
            asked.remove(target.key(), mine);
            throw e;
        }
    }

    private Optional<Lookup> cached(Target target) {
        return cache == null ? Optional.empty() : cache.get(target.key());
    }

    private Lookup ask(Target target) throws InterruptedException {
        return switch (target.how()) {
            case DOI -> crossref.lookup(target.value());
            case ARXIV -> arxiv.lookup(target.value());
            case URL -> urls.lookup(target.value());
        };
    }

    private SourceCheck verdict(CitedWork work, Target target, Lookup lookup) {
        CheckMethod how = target.how();
        return switch (lookup.outcome()) {
            case FOUND -> {
                String page = how == CheckMethod.DOI
                        ? "https://doi.org/" + target.value()
                        : "https://arxiv.org/abs/" + target.value();
                String title = lookup.record().title();
                Optional<String> mismatch = RecordMatch.mismatch(work, lookup.record());
                yield mismatch.isPresent()
                        ? new SourceCheck(CheckStatus.MISMATCH, lookup.checkedAt(), how, mismatch.get(), title, page)
                        : new SourceCheck(CheckStatus.OK, lookup.checkedAt(), how, lookup.detail(), title, page);
            }
            case MISSING -> new SourceCheck(CheckStatus.MISSING, lookup.checkedAt(), how, lookup.detail(), null, null);
            case REACHABLE ->
                new SourceCheck(CheckStatus.OK, lookup.checkedAt(), how, lookup.detail(), null, lookup.finalUrl());
            case DEAD -> new SourceCheck(CheckStatus.DEAD, lookup.checkedAt(), how, lookup.detail(), null, null);
            case NO_HOST ->
                online()
                        ? new SourceCheck(
                                how == CheckMethod.URL ? CheckStatus.DEAD : CheckStatus.UNKNOWN,
                                lookup.checkedAt(),
                                how,
                                lookup.detail(),
                                null,
                                null)
                        : SourceCheck.unknown(lookup.checkedAt(), how, "no network: " + lookup.detail());
            case UNKNOWN -> SourceCheck.unknown(lookup.checkedAt(), how, lookup.detail());
        };
    }

    /**
     * Whether names resolve at all: a host that does not is dead only if the registries' hosts do resolve.
     * Asked once per checker.
     */
    private boolean online() {
        synchronized (networkLock) {
            if (online == null) {
                online = resolves(config.crossrefUrl()) || resolves(config.arxivUrl());
            }
            return online;
        }
    }

    private boolean resolves(String url) {
        try {
            dns.resolve(URI.create(url).getHost());
            return true;
        } catch (UnknownHostException | IllegalArgumentException e) {
            return false;
        }
    }
}
