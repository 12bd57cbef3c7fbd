package dev.seogen.core.pipeline;

import dev.seogen.core.SeogenException;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.topic.PlannedTopic;
import dev.seogen.core.topic.Topic;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The versions a batch translates from: for each key and language a translation asks for, the draft of
 * that version, found once per batch by reading the drafts folder. Only approved or published versions may
 * be translated: a reviewer reads one language, and the others follow it.
 */
final class TranslationSources {
    static final TranslationSources NONE = new TranslationSources(Map.of());

    private final Map<String, Draft> versions;

    private TranslationSources(Map<String, Draft> versions) {
        this.versions = Map.copyOf(versions);
    }

    /** The versions the translations of {@code plan} need; reads no draft when none asks for one. */
    static TranslationSources of(DraftStore drafts, List<PlannedTopic> plan) {
        Set<String> wanted = new HashSet<>();
        for (PlannedTopic planned : plan) {
            Topic topic = planned.topic();
            if (topic.translateFrom() != null) {
                wanted.add(id(topic.key(), topic.translateFrom()));
            }
        }
        if (wanted.isEmpty()) {
            return NONE;
        }
        Map<String, Draft> found = new HashMap<>();
        for (Draft draft : drafts.scan().drafts()) {
            String id = id(draft.version().key(), draft.article().language());
            if (draft.version().hasKey() && wanted.contains(id)) {
                Draft earlier = found.putIfAbsent(id, draft);
                if (earlier != null && isApproved(draft) && !isApproved(earlier)) {
                    found.put(id, draft); // two drafts claim the version: the approved one is the reviewed one
                }
            }
        }
        return new TranslationSources(found);
    }

    /** The approved version {@code topic} is translated from, or an error that says what to do first. */
    Draft source(Topic topic, String draftsFolder) {
        LanguageTag from = topic.translateFrom();
        if (from == null) {
            throw new IllegalArgumentException("the topic '" + topic.question() + "' is not a translation");
        }
        Draft source = versions.get(id(topic.key(), from));
        if (source == null) {
            throw new SeogenException("no " + from + " version of '" + topic.key() + "' in " + draftsFolder
                    + " to translate from; generate it (and approve it) first");
        }
        if (!isApproved(source)) {
            throw new SeogenException("the " + from + " version of '" + topic.key() + "' ("
                    + source.article().draftPath() + ") is "
                    + source.review().status().label()
                    + ", not approved; review it and 'seogen review approve " + source.id()
                    + "' before translating it");
        }
        return source;
    }

    private static boolean isApproved(Draft draft) {
        ReviewStatus status = draft.review().status();
        return status == ReviewStatus.APPROVED || status == ReviewStatus.PUBLISHED;
    }

    private static String id(String key, LanguageTag language) {
        return key + "\n" + language;
    }
}
