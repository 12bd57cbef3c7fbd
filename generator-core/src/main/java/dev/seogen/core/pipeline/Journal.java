package dev.seogen.core.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.seogen.core.model.Answer;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.SectionText;
import dev.seogen.core.model.Wrapup;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.core.topic.PlannedTopic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The finished steps of one article, in {@code .seogen/journal/<category>/<slug>.json}, rewritten atomically
 * after each step, so that a run stopped at any moment resumes at the first unfinished step. Steps done
 * under another topic or model fingerprint are not reused. Deleted once the draft is written.
 */
final class Journal {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final Path file;
    private final String fingerprint;
    private final String startedAt;
    private @Nullable Answer<Outline> outline;
    private final Map<Integer, Answer<SectionText>> sections = new TreeMap<>();
    private @Nullable Answer<Wrapup> wrapup;

    /** The journal's file content. */
    record Content(
            String fingerprint,
            String startedAt,
            @Nullable Answer<Outline> outline,
            @Nullable Map<Integer, Answer<SectionText>> sections,
            @Nullable Answer<Wrapup> wrapup) {}

    private Journal(Path file, String fingerprint, String startedAt) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.startedAt = startedAt;
    }

    /** The journal of an article: what an earlier run finished under the same fingerprint, or a fresh one. */
    static Journal open(Path folder, PlannedTopic planned, String fingerprint, Instant now) {
        Path file = folder.resolve(planned.categorySlug().value())
                .resolve(planned.slug().value() + ".json");
        if (Files.isRegularFile(file)) {
            try {
                Content content = JSON.readValue(file.toFile(), Content.class);
                if (content.fingerprint().equals(fingerprint)) {
                    Journal journal = new Journal(file, fingerprint, content.startedAt());
                    journal.outline = content.outline();
                    if (content.sections() != null) {
                        journal.sections.putAll(content.sections());
                    }
                    journal.wrapup = content.wrapup();
                    return journal;
                }
            } catch (IOException | RuntimeException e) {
                // A journal that does not read is only lost work: start the article afresh.
            }
        }
        return new Journal(file, fingerprint, now.toString());
    }

    Instant startedAt() {
        return Instant.parse(startedAt);
    }

    synchronized @Nullable Answer<Outline> outline() {
        return outline;
    }

    synchronized @Nullable Answer<SectionText> section(int index) {
        return sections.get(index);
    }

    synchronized @Nullable Answer<Wrapup> wrapup() {
        return wrapup;
    }

    synchronized void outline(Answer<Outline> answer) {
        outline = answer;
        sections.clear(); // sections written for another outline do not fit this one
        wrapup = null;
        save();
    }

    synchronized void section(int index, Answer<SectionText> answer) {
        sections.put(index, answer);
        save();
    }

    synchronized void wrapup(Answer<Wrapup> answer) {
        wrapup = answer;
        save();
    }

    /** Every answer the article is made of, from this run or an earlier one. */
    synchronized List<Answer<?>> answers() {
        List<Answer<?>> all = new ArrayList<>();
        if (outline != null) {
            all.add(outline);
        }
        all.addAll(sections.values());
        if (wrapup != null) {
            all.add(wrapup);
        }
        return all;
    }

    synchronized void delete() {
        try {
            // The category folder stays: another article of the category may be writing its journal there now.
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void save() {
        try {
            byte[] bytes =
                    JSON.writeValueAsBytes(new Content(fingerprint, startedAt, outline, Map.copyOf(sections), wrapup));
            AtomicFile.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
