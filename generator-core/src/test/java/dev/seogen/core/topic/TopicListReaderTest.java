package dev.seogen.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.LanguageTag;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicListReaderTest {
    @TempDir
    Path folder;

    private final TopicListReader reader = new TopicListReader();

    @Test
    void yamlAndCsvOfTheSameTopicsReadTheSame() throws URISyntaxException {
        TopicList yaml = reader.read(fixture("equivalent.yaml"));
        TopicList csv = reader.read(fixture("equivalent.csv"));

        assertThat(yaml.topics()).hasSize(5).isEqualTo(csv.topics());
        assertThat(yaml.categoryCount()).isEqualTo(3);
        assertThat(yaml.warnings()).isEmpty();
        assertThat(csv.warnings()).isEmpty();
    }

    @Test
    void fileDefaultsApplyToTopicsThatDoNotSetTheirOwn() throws URISyntaxException {
        List<Topic> topics = reader.read(fixture("equivalent.yaml")).topics();

        assertThat(topics.get(0).words()).isEqualTo(900);
        assertThat(topics.get(0).audience()).isEqualTo("system administrators");
        assertThat(topics.get(1).words()).isEqualTo(1200);
        assertThat(topics.get(1).keywords()).containsExactly("dns", "ttl", "caching");
        assertThat(topics.get(2).audience()).isEqualTo("email marketers");
        assertThat(topics.get(4).language()).isEqualTo(new LanguageTag("fr"));
    }

    @Test
    void builtInDefaultsFillWhatTheFileLeavesOut() throws IOException {
        TopicList list = reader.read(yaml("topics:\n  - category: DNS\n    question: What is DNS?\n"));

        Topic topic = list.topics().get(0);
        assertThat(topic.language()).isEqualTo(LanguageTag.ENGLISH);
        assertThat(topic.words()).isEqualTo(Topic.DEFAULT_WORDS);
        assertThat(topic.audience()).isEqualTo(Topic.DEFAULT_AUDIENCE);
        assertThat(topic.keywords()).isEmpty();
    }

    @Test
    void aRepeatedQuestionIsAWarningAndKeptOnce() throws IOException {
        TopicList list = reader.read(yaml("""
                topics:
                  - {category: DNS, question: "What is DNS?"}
                  - {category: DNS, question: "What is a resolver?"}
                  - {category: DNS, question: "what is  DNS"}
                """));

        assertThat(list.topics()).extracting(Topic::question).containsExactly("What is DNS?", "What is a resolver?");
        assertThat(list.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.field()).isEqualTo("question");
            assertThat(w.message()).contains("repeats the question of line 2");
        });
    }

    @Test
    void unterminatedQuoteInYamlNamesItsLine() throws IOException {
        Path file = yaml("topics:\n  - category: DNS\n    question: \"What is DNS?\n  - category: SMTP\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("not valid YAML: a quote opened on this line is never closed");
        });
    }

    @Test
    void unterminatedQuoteInCsvNamesTheLineWhereItStarts() throws IOException {
        Path file = csv("category,question\nDNS,What is DNS?\nDNS,\"What is a resolver?\nSMTP,What is SMTP?\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("never closed");
        });
    }

    @Test
    void missingOrBlankQuestionAndCategoryAreEachNamed() throws IOException {
        Path file = yaml("""
                topics:
                  - category: DNS
                  - question: What is SMTP?
                  - category: "  "
                    question: What is IMAP?
                  - category: DNS
                    question: ""
                """);

        assertProblems(() -> reader.read(file))
                .extracting(p -> p.line() + " " + p.field() + " " + p.message())
                .containsExactly(
                        "2 question missing; every topic needs a question",
                        "3 category missing; every topic needs a category",
                        "4 category is blank; every topic needs a category",
                        "7 question is blank; every topic needs a question");
    }

    @Test
    void missingQuestionInCsvNamesTheRow() throws IOException {
        Path file = csv("category,question\nDNS,What is DNS?\nSMTP,\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("question");
        });
    }

    @Test
    void topicsThatAreNotAListAreAWrongType() throws IOException {
        Path file = yaml("topics: 42\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("topics");
            assertThat(p.message()).contains("must be a list").contains("a number");
        });
    }

    @Test
    void aFieldOfTheWrongShapeIsNamed() throws IOException {
        Path file = yaml("topics:\n  - category: {name: DNS}\n    question: What is DNS?\n  - just a string\n");

        assertProblems(() -> reader.read(file))
                .extracting(p -> p.line() + " " + p.field())
                .containsExactly("2 category", "4 topics");
    }

    @Test
    void emptyFilesAreRefused() throws IOException {
        assertProblems(() -> reader.read(yaml("")))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty"));
        assertProblems(() -> reader.read(csv("\n  \n")))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty"));
        assertProblems(() -> reader.read(yaml("topics: []\n")))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no topics"));
    }

    @Test
    void wordsMustBeAPositiveWholeNumber() throws IOException {
        Path file = yaml("""
                topics:
                  - {category: DNS, question: "One?", words: -300}
                  - {category: DNS, question: "Two?", words: many}
                  - {category: DNS, question: "Three?", words: 12.5}
                """);

        assertProblems(() -> reader.read(file))
                .extracting(p -> p.line() + " " + p.field() + " " + p.message())
                .containsExactly(
                        "2 words must be a whole number of words from 100 to 20000, got -300",
                        "3 words must be a whole number of words from 100 to 20000, got 'many'",
                        "4 words must be a whole number of words from 100 to 20000, got '12.5'");
    }

    @Test
    void nonNumericWordsInCsvIsNamed() throws IOException {
        Path file = csv("category,question,words\nDNS,What is DNS?,eight hundred\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("words");
        });
    }

    @Test
    void invalidLanguageTagsAreNamed() throws IOException {
        Path file = yaml(
                "defaults:\n  language: english\ntopics:\n  - {category: DNS, question: \"Q?\", language: en_US}\n");

        assertProblems(() -> reader.read(file))
                .extracting(p -> p.line() + " " + p.field())
                .containsExactly("2 language", "4 language");
    }

    @Test
    void unknownCsvHeaderIsNamedWithTheKnownColumns() throws IOException {
        Path file = csv("category,question,keywrods\nDNS,What is DNS?,dns\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("keywrods");
            assertThat(p.message()).contains("unknown column").contains("keywords");
        });
    }

    @Test
    void unknownYamlFieldIsNamed() throws IOException {
        Path file = yaml("topics:\n  - category: DNS\n    questoin: What is DNS?\n");

        assertProblems(() -> reader.read(file))
                .extracting(p -> p.line() + " " + p.field())
                .containsExactly("3 questoin", "2 question");
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        Path file = folder.resolve("topics.csv");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});

        assertProblems(() -> reader.read(file))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("binary"));
    }

    @Test
    void latin1FilesAreRefusedWithTheLineOfTheFirstBadByte() throws IOException {
        Path file = folder.resolve("topics.csv");
        Files.write(
                file,
                "category,question\nDNS,What is DNS?\nLLM,Qu'est-ce que la génération ?\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("not UTF-8");
        });
    }

    @Test
    void badIndentationIsASyntaxErrorWithItsLine() throws IOException {
        Path file = yaml("topics:\n  - category: DNS\n     question: What is DNS?\n   words: 800\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("not valid YAML").contains("check this line's indentation");
        });
    }

    @Test
    void tabIndentationIsNamedWithItsLine() throws IOException {
        Path file = yaml("topics:\n  - category: DNS\n\t question: What is DNS?\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("tab");
        });
    }

    @Test
    void aliasesAreRefusedRatherThanReadAsTheirName() throws IOException {
        Path file = yaml("topics:\n  - category: &c DNS\n    question: A?\n  - category: *c\n    question: B?\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("category");
            assertThat(p.message()).contains("aliases");
        });
    }

    @Test
    void aSecondYamlDocumentIsRefused() throws IOException {
        Path file = yaml("topics:\n  - {category: DNS, question: \"A?\"}\n---\ntopics: []\n");

        assertProblems(() -> reader.read(file))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("one YAML document"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws IOException {
        Path file = yaml(
                "topics:\n  - {category: DNS, question: \"A?\"}\ntopics:\n  - {category: DNS, question: \"B?\"}\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("Duplicate field 'topics'");
        });
    }

    @Test
    void controlCharactersAreRefusedWithTheirPosition() throws IOException {
        Path file = yaml("topics:\n  - {category: DNS, question: \"What is \\e[31mDNS?\"}\n"
                + "  - {category: \"DNS\\nSMTP\", question: \"Two?\"}\n");

        assertProblems(() -> reader.read(file))
                .extracting(p -> p.line() + " " + p.field() + " " + p.message())
                .containsExactly(
                        "2 question contains a control character (U+001B) at position 9; use one line of plain text",
                        "3 category contains a control character (U+000A) at position 4; use one line of plain text");
    }

    @Test
    void questionsThatDifferOnlyInSymbolsAreNotRepeats() throws IOException {
        TopicList list = reader.read(csv("category,question\nLang,What is C#?\nLang,What is C++?\nLang,What is C?\n"
                + "Emoji,🚀\nEmoji,🎉\nDNS,What is a zone?\nSQL,What is a zone?\n"));

        assertThat(list.topics()).hasSize(7);
        assertThat(list.warnings()).isEmpty();
    }

    @Test
    void csvLineNumbersCountBlankLinesAndQuotedLineBreaks() throws IOException {
        Path file = csv("category,question,words\n\n\nDNS,\"What is\nDNS?\",800\nDNS,Why?,abc\n");

        assertProblems(() -> reader.read(file))
                .extracting(p -> p.line() + " " + p.field())
                .containsExactly("4 question", "6 words");
    }

    @Test
    void aTopicListOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = yaml("topics:\n" + "  - category: DNS\n    question: What is DNS?\n".repeat(100));

        assertProblems(() -> new TopicListReader(1_000, "topics.max-size").read(file))
                .singleElement()
                .satisfies(p -> assertThat(p.toString())
                        .isEqualTo(file + ": this topic list is 4.4 KB, over the limit of 1000 bytes; raise"
                                + " topics.max-size to read it"));
        assertThat(new TopicListReader().read(file).topics()).hasSize(1);
    }

    @Test
    void aLineTooLongForYamlIsRefusedWithItsLine() throws IOException {
        Path file = yaml("topics:\n  - category: DNS\n    question: " + "x".repeat(70_000) + "\n");

        assertProblems(() -> reader.read(file))
                .extracting(p -> p.line() + " " + p.message())
                .containsExactly("3 not valid YAML: this line is 70,014 characters long; a line or a value may be at"
                        + " most 65,536");
    }

    @Test
    void csvSeparatedBySemicolonsOrTabsReadsAndSaysSo() throws IOException {
        TopicList comma = reader.read(csv("category,question,keywords\nDNS,What is DNS?,dns;names\n"));
        String european = "\uFEFFcategory;question;keywords;words\r\n"
                + "DNS;\"What is DNS; and why?\";\"dns;names\";800\r\n"
                + "Mail;Qu'est-ce qu'un MX, au juste ?;mail,mx;900\r\n";
        TopicList semicolons = reader.read(csv(european));
        TopicList tabs = reader.read(csv("category\tquestion\tkeywords\nDNS\tWhat is DNS?\tdns;names\n"));

        assertThat(comma.warnings()).isEmpty();
        assertThat(semicolons.topics())
                .extracting(t -> t.category() + " | " + t.question() + " | " + t.keywords() + " | " + t.words())
                .containsExactly(
                        "DNS | What is DNS; and why? | [dns, names] | 800",
                        "Mail | Qu'est-ce qu'un MX, au juste ? | [mail, mx] | 900");
        assertThat(semicolons.warnings())
                .extracting(Problem::toString)
                .containsExactly(folder.resolve("topics.csv")
                        + ":1: the columns are separated by semicolons (;), not by commas; read them so");
        assertThat(tabs.topics()).extracting(Topic::question).containsExactly("What is DNS?");
        assertThat(tabs.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("the columns are separated by tabs"));
        assertProblems(() -> reader.read(csv("category;question\nDNS;What is DNS?;extra\n")))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith("quote values that contain semicolons (;)"));
    }

    @Test
    void aQuestionCutShortByAYamlCommentIsAWarningWithItsLine() throws IOException {
        Path file = yaml("""
                topics:
                  - category: Languages
                    question: What is C # used for?
                  - category: Languages
                    question: "What is F # for?" # a real comment, after the quotes
                  - category: DNS
                    question: What is DNS?\t# added in May
                  - category: DNS
                    question: What is an MX record?
                """);

        TopicList list = reader.read(file);

        assertThat(list.topics())
                .extracting(Topic::question)
                .containsExactly("What is C", "What is F # for?", "What is DNS?", "What is an MX record?");
        assertThat(list.warnings())
                .extracting(Problem::toString)
                .containsExactly(
                        file + ":3: question: read as 'What is C': YAML takes the ' # used for?' that follows as a"
                                + " comment; put the question in quotes if it goes on",
                        file + ":7: question: read as 'What is DNS?': YAML takes the ' # added in May' that follows"
                                + " as a comment; put the question in quotes if it goes on");
    }

    @Test
    void textAfterAClosingQuoteInCsvIsExplained() throws IOException {
        Path file = csv("category,question\nDNS,ok\nDNS,\"What is\" DNS?\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("text follows a closing quote");
        });
    }

    @Test
    void yamlFieldNamesAreReadWhateverTheirCase() throws IOException {
        TopicList list = reader.read(yaml("Topics:\n  - Category: DNS\n    QUESTION: What is DNS?\n"));

        assertThat(list.topics()).extracting(Topic::category).containsExactly("DNS");
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnce() throws IOException {
        Path file = csv("category,question,words,language\n,What is DNS?,800,en\nDNS,,-1,xx\nDNS,Fine?,800,en\n");

        InputException error = catchInput(() -> reader.read(file));

        assertThat(error.problems()).hasSize(4);
        assertThat(error.getMessage())
                .startsWith(file + ": 4 problems; nothing was generated")
                .contains(file + ":2: category: is blank")
                .contains(file + ":3: words: ")
                .contains(file + ":3: language: ")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void categoriesThatShareAFolderAreRefused() throws IOException {
        Path file = csv("category,question\nDNS,What is DNS?\ndns,What is a resolver?\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("would share the folder 'dns'");
        });
    }

    @Test
    void csvRowWithTooManyValuesIsNamed() throws IOException {
        Path file = csv("category,question\nDNS,What is DNS, really?\n");

        assertProblems(() -> reader.read(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("quote values that contain a comma");
        });
    }

    @Test
    void unknownExtensionAndMissingFileAreNamed() {
        assertThatThrownBy(() -> reader.read(folder.resolve("topics.txt")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(".yaml, .yml or .csv");
        assertThatThrownBy(() -> reader.read(folder.resolve("absent.yaml")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no such file");
    }

    private Path yaml(String content) throws IOException {
        return Files.writeString(folder.resolve("topics.yaml"), content);
    }

    private Path csv(String content) throws IOException {
        return Files.writeString(folder.resolve("topics.csv"), content);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(TopicListReaderTest.class.getResource("/topics/" + name))
                .toURI());
    }

    private static org.assertj.core.api.ListAssert<Problem> assertProblems(ThrowingCallable call) {
        return assertThat(catchInput(call).problems());
    }

    private static InputException catchInput(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(InputException.class);
        return (InputException) thrown;
    }
}
