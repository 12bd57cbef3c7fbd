package dev.seogen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seogen.core.source.CheckMethod;
import dev.seogen.core.source.CheckStatus;
import dev.seogen.core.source.CitedWork;
import dev.seogen.core.source.RecordMatch;
import dev.seogen.core.source.RegistryRecord;
import dev.seogen.core.source.SourceCheck;
import dev.seogen.core.source.SourceChecker;
import dev.seogen.core.source.SourceIdentifiers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's registry, offline: it answers from {@code demo/registry.json}, one record per DOI or URL the
 * demo cites, as Crossref, arXiv or the site would. The same match rule as the real checks; every detail
 * says it came from the stand-in.
 */
final class StandInRegistry implements SourceChecker {
    private final Map<String, RegistryRecord> records = new HashMap<>();
    private final Clock clock;

    StandInRegistry(Clock clock) {
        this.clock = clock;
        try (InputStream in = StandInRegistry.class.getResourceAsStream("/demo/registry.json")) {
            if (in == null) {
                throw new IllegalStateException("the demo's registry.json is missing from the jar");
            }
            for (JsonNode r : new ObjectMapper().readTree(in).path("records")) {
                RegistryRecord record = new RegistryRecord(
                        r.path("title").asText(),
                        r.path("year").isInt() ? r.path("year").asInt() : null,
                        r.path("first_author_family").isTextual()
                                ? r.path("first_author_family").asText()
                                : null);
                for (String key : new String[] {"doi", "url"}) {
                    if (r.path(key).isTextual()) {
                        records.put(r.path(key).asText(), record);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo's registry.json", e);
        }
    }

    @Override
    public SourceCheck check(CitedWork work) {
        Optional<String> arxiv = work.url() == null ? Optional.empty() : SourceIdentifiers.arxivFromUrl(work.url());
        CheckMethod how =
                work.doi() != null ? CheckMethod.DOI : arxiv.isPresent() ? CheckMethod.ARXIV : CheckMethod.URL;
        String key = work.doi() != null ? work.doi() : work.url();
        if (key == null) {
            return SourceCheck.unknown(clock.instant(), null, "nothing to check: no DOI, arXiv id or URL");
        }
        RegistryRecord record = records.get(key);
        if (record == null) {
            return SourceCheck.unknown(clock.instant(), how, "the demo's stand-in registry has no record of " + key);
        }
        String finalUrl = how == CheckMethod.DOI ? "https://doi.org/" + work.doi() : work.url();
        Optional<String> mismatch = how == CheckMethod.URL ? Optional.empty() : RecordMatch.mismatch(work, record);
        if (mismatch.isPresent()) {
            return new SourceCheck(
                    CheckStatus.MISMATCH, clock.instant(), how, mismatch.get() + " (stand-in)", record.title(), null);
        }
        String detail = switch (how) {
            case DOI -> "Crossref: the record matches (stand-in)";
            case ARXIV -> "arXiv: the record matches (stand-in)";
            case URL -> "HTTP 200 (stand-in)";
        };
        return new SourceCheck(
                CheckStatus.OK, clock.instant(), how, detail, how == CheckMethod.URL ? null : record.title(), finalUrl);
    }

    @Override
    public boolean sawNoNetwork() {
        return false;
    }
}
