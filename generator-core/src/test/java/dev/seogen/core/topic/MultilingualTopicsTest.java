package dev.seogen.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.seogen.core.InputException;
import dev.seogen.core.article.LanguageTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultilingualTopicsTest {
    private static final LanguageTag EN = LanguageTag.ENGLISH;
    private static final LanguageTag FR = new LanguageTag("fr");
    private static final LanguageTag DE = new LanguageTag("de");

    @TempDir
    Path folder;

    private final TopicListReader reader = new TopicListReader();

    @Test
    void defaultLanguagesAskForEveryTopicInEachWithAnImpliedKeyAndASlugPerLanguage() throws IOException {
        TopicList list = reader.read(yaml("""
                defaults:
                  languages: [en, fr, de]
                topics:
                  - category: DNS
                    question: What is a CNAME record?
                  - category: DNS
                    question: What is a TTL?
                    language: en
                """));

        assertThat(list.topics()).extracting(Topic::language).containsExactly(EN, FR, DE, EN);
        assertThat(list.topics().subList(0, 3)).extracting(Topic::key).containsOnly("dns/what-is-a-cname-record");
        assertThat(list.topics().get(3).hasKey())
                .as("a topic's own language overrides languages")
                .isFalse();
        assertThat(list.plan())
                .extracting(PlannedTopic::draftPath)
                .containsExactly(
                        "dns/what-is-a-cname-record.md",
                        "dns/what-is-a-cname-record-fr.md",
                        "dns/what-is-a-cname-record-de.md",
                        "dns/what-is-a-ttl.md");
    }

    @Test
    void aKeyTiesVersionsWithTheirOwnQuestionsAndSlugsByTheirLanguagesRules() throws IOException {
        TopicList list = reader.read(yaml("""
                topics:
                  - {key: cname, category: DNS, question: "What is a CNAME record?", language: en}
                  - {key: cname, category: DNS, question: "Qu'est-ce qu'un enregistrement CNAME ?", language: fr}
                  - {key: cname, category: DNS, question: "Wofür ist ein DNS-Schlüssel gut?", language: de}
                """));

        assertThat(list.topics()).extracting(Topic::key).containsOnly("cname");
        assertThat(list.plan())
                .extracting(PlannedTopic::draftPath)
                .containsExactly(
                        "dns/what-is-a-cname-record.md",
                        "dns/qu-est-ce-qu-un-enregistrement-cname.md",
                        "dns/wofuer-ist-ein-dns-schluessel-gut.md");
    }

    @Test
    void aTopicInOneLanguageKeepsTheSlugItAlwaysHad() throws IOException {
        TopicList list = reader.read(yaml("""
                topics:
                  - {category: DNS, question: "Qu'est-ce qu'un résolveur ?", language: fr}
                  - {category: DNS, question: "Was ist ein Schlüssel?", language: de}
                """));

        assertThat(list.plan())
                .extracting(PlannedTopic::draftPath)
                .containsExactly("dns/quest-ce-quun-resolveur.md", "dns/was-ist-ein-schlussel.md");
    }

    @Test
    void twoVersionsOfOneKeyInOneLanguageAreAnErrorNamingBothLines() throws IOException {
        Path file = yaml("""
                topics:
                  - {key: cname, category: DNS, question: "What is a CNAME record?", language: en}
                  - {key: cname, category: DNS, question: "What does CNAME mean?", language: en}
                """);

        InputException error = catchThrowableOfType(InputException.class, () -> reader.read(file));

        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("key");
            assertThat(p.message()).contains("'cname' has a version in en already, on line 2");
        });
        assertThat(error.problems().get(0).toString()).contains("topics.yaml:3");
    }

    @Test
    void anUnknownLanguageInLanguagesIsRefusedByLine() throws IOException {
        Path file = yaml("""
                topics:
                  - category: DNS
                    question: What is DNS?
                    languages: [en, klingon]
                """);

        InputException error = catchThrowableOfType(InputException.class, () -> reader.read(file));

        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("languages");
            assertThat(p.message()).contains("'klingon' is not a language tag");
        });
    }

    @Test
    void translateFromMarksEveryOtherVersionAndNeedsAKey() throws IOException {
        TopicList list = reader.read(yaml("""
                defaults:
                  languages: [en, fr]
                  translate_from: en
                topics:
                  - {category: DNS, question: "What is DNS?"}
                """));

        assertThat(list.topics()).extracting(Topic::translateFrom).containsExactly(null, EN);

        Path alone =
                yaml("topics:\n  - {category: DNS, question: \"What is DNS?\", language: fr, translate_from: en}\n");
        InputException error = catchThrowableOfType(InputException.class, () -> reader.read(alone));
        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("translate_from");
            assertThat(p.message()).contains("needs a key");
        });
    }

    @Test
    void csvTakesKeyLanguagesAndTranslateFromColumns() throws IOException {
        Path file = Files.writeString(folder.resolve("topics.csv"), """
                category,question,languages,key,translate_from
                DNS,What is DNS?,en;fr,dns,
                DNS,Was ist DNS?,de,dns,en
                """);

        List<Topic> topics = reader.read(file).topics();

        assertThat(topics).extracting(Topic::language).containsExactly(EN, FR, DE);
        assertThat(topics).extracting(Topic::key).containsOnly("dns");
        assertThat(topics).extracting(Topic::translateFrom).containsExactly(null, null, EN);
    }

    private Path yaml(String content) throws IOException {
        return Files.writeString(folder.resolve("topics.yaml"), content);
    }
}
