package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose articles are in English, French and German: each language in its folder, the versions of
 * each page linked by hreflang on every page (read back from the pages), the sitemap with the same
 * alternates, and no English theme word on a French or German page.
 */
class MultilingualSiteTest {
    private static final URL SITEMAP_XSD = MultilingualSiteTest.class.getResource("/schemas/sitemap.xsd");
    private static final URL XHTML_LINK_XSD = MultilingualSiteTest.class.getResource("/schemas/xhtml-link.xsd");
    private static final Pattern ALTERNATE =
            Pattern.compile("<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">");
    private static final String BASE = "https://example.com/";

    @TempDir
    Path project;

    private static String draft(
            String id, String language, String category, String slug, String question, String body) {
        return """
                ---
                id: %s
                key: cname
                question: "%s"
                title: "%s"
                slug: %s
                category: %s
                language: %s
                description: "%s"
                status: approved
                sources:
                  - id: 1
                    title: "Domain names: concepts and facilities"
                    url: https://www.rfc-editor.org/rfc/rfc1034
                ---

                %s [1].

                ## %s

                %s
                """.formatted(
                        id,
                        question,
                        question,
                        slug,
                        category,
                        language,
                        body,
                        body,
                        Map.of("fr", "Résumé", "de", "Zusammenfassung").getOrDefault(language, "Summary"),
                        body);
    }

    @BeforeEach
    void writeOneArticleInThreeLanguagesAndOneInEnglishOnly() throws IOException {
        write(
                "dns/what-is-a-cname-record.md",
                draft(
                        "cname000en",
                        "en",
                        "DNS",
                        "what-is-a-cname-record",
                        "What is a CNAME record?",
                        "A CNAME record makes one name an alias of another name"));
        write(
                "dns/quest-ce-qu-un-enregistrement-cname.md",
                draft(
                        "cname000fr",
                        "fr",
                        "DNS",
                        "quest-ce-qu-un-enregistrement-cname",
                        "Qu'est-ce qu'un enregistrement CNAME ?",
                        "Un enregistrement CNAME fait d'un nom l'alias d'un autre nom"));
        write(
                "dns/was-ist-ein-cname-eintrag.md",
                draft(
                        "cname000de",
                        "de",
                        "DNS",
                        "was-ist-ein-cname-eintrag",
                        "Was ist ein CNAME-Eintrag?",
                        "Ein CNAME-Eintrag macht einen Namen zum Alias eines anderen Namens"));
        write(
                "dns/what-is-ttl.md",
                draft(
                                "ttl00000en",
                                "en",
                                "DNS",
                                "what-is-ttl",
                                "What is a TTL in DNS?",
                                "A TTL says how long a resolver may keep an answer")
                        .replace("key: cname\n", ""));
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("drafts").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private CommandRun publish(String... extra) {
        List<String> args = new ArrayList<>(List.of("publish", "--site-url", BASE));
        args.addAll(List.of(extra));
        CommandRun run = CommandRun.seogen(project, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    /** Every HTML page of the site by its address, with its hreflang links (language → address). */
    private Map<String, Map<String, String>> alternatesOfEveryPage(Path site) throws IOException {
        Map<String, Map<String, String>> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String relative = site.relativize(file).toString().replace('\\', '/');
                String url = BASE + relative.replaceAll("index\\.html$", "");
                Map<String, String> links = new TreeMap<>();
                Matcher m = ALTERNATE.matcher(Files.readString(file));
                while (m.find()) {
                    links.put(m.group(1), m.group(2));
                }
                pages.put(url, links);
            }
        }
        return pages;
    }

    @Test
    void eachLanguageHasItsTreeAndEveryPageLinksAllItsVersionsReciprocally() throws Exception {
        CommandRun run = publish();
        Path site = project.resolve("site");

        assertThat(site.resolve("en/dns/what-is-a-cname-record/index.html")).exists();
        assertThat(site.resolve("fr/dns/quest-ce-qu-un-enregistrement-cname/index.html"))
                .exists();
        assertThat(site.resolve("de/dns/was-ist-ein-cname-eintrag/index.html")).exists();
        for (String language : List.of("en", "fr", "de")) {
            assertThat(site.resolve(language + "/index.html")).exists();
            assertThat(site.resolve(language + "/dns/index.html")).exists();
            assertThat(site.resolve(language + "/feed.xml")).exists();
        }
        assertThat(site.resolve("index.html")).content().contains("hreflang=\"fr\"", "Français", "Deutsch");
        assertThat(run.out()).contains("Published 4 articles");

        Map<String, Map<String, String>> pages = alternatesOfEveryPage(site);
        String article = BASE + "fr/dns/quest-ce-qu-un-enregistrement-cname/";
        assertThat(pages.get(article))
                .containsEntry("en", BASE + "en/dns/what-is-a-cname-record/")
                .containsEntry("fr", article)
                .containsEntry("de", BASE + "de/dns/was-ist-ein-cname-eintrag/")
                .containsEntry("x-default", BASE + "en/dns/what-is-a-cname-record/");
        assertThat(pages.get(BASE + "de/")).containsKeys("en", "fr", "de", "x-default");
        assertThat(pages.get(BASE + "en/dns/what-is-ttl/"))
                .as("one version: nothing to link")
                .isEmpty();
        int linked = 0;
        for (Map.Entry<String, Map<String, String>> page : pages.entrySet()) {
            Map<String, String> links = page.getValue();
            if (links.isEmpty()) {
                continue;
            }
            linked++;
            assertThat(links).as(page.getKey() + " names itself").containsValue(page.getKey());
            assertThat(links).as(page.getKey()).containsKey("x-default");
            for (Map.Entry<String, String> link : links.entrySet()) {
                if (!link.getKey().equals("x-default") && !link.getValue().equals(page.getKey())) {
                    assertThat(pages.get(link.getValue()))
                            .as(link.getValue() + ", named by " + page.getKey() + ", names the same versions")
                            .isEqualTo(links);
                }
            }
        }
        assertThat(linked).as("articles, homes, categories and the root").isGreaterThanOrEqualTo(10);

        String french = Files.readString(site.resolve("fr/dns/quest-ce-qu-un-enregistrement-cname/index.html"));
        assertThat(french)
                .contains("<html lang=\"fr\">")
                .contains("<meta property=\"og:locale\" content=\"fr_FR\">")
                .contains("<meta property=\"og:locale:alternate\" content=\"de_DE\">")
                .contains("href=\"/de/dns/was-ist-ein-cname-eintrag/\" hreflang=\"de\" lang=\"de\">Deutsch</a>");
        assertThat(SiteChecks.htmlErrors(site)).isEmpty();
    }

    @Test
    void frenchAndGermanPagesShowNoEnglishThemeWord() throws Exception {
        publish();
        Path site = project.resolve("site");
        Set<String> english = themeWords("en");
        english.removeAll(themeWords("fr"));
        english.removeAll(themeWords("de"));
        for (String page : List.of(
                "fr/index.html",
                "fr/dns/index.html",
                "fr/dns/quest-ce-qu-un-enregistrement-cname/index.html",
                "de/index.html",
                "de/dns/index.html",
                "de/dns/was-ist-ein-cname-eintrag/index.html")) {
            String text = Files.readString(site.resolve(page))
                    .replaceAll("(?s)<script.*?</script>", " ")
                    .replaceAll("<[^>]*>", " ");
            for (String word : english) {
                assertThat(text).as(page + " shows the English '" + word + "'").doesNotContain(word);
            }
        }
    }

    /** The fixed words of the theme's bundle for {@code language} (those without placeholders, three letters or more). */
    private static Set<String> themeWords(String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = MultilingualSiteTest.class.getResourceAsStream(
                "/theme/messages/messages_" + language + ".properties")) {
            words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> fixed = new TreeSet<>();
        for (String value :
                words.stringPropertyNames().stream().map(words::getProperty).toList()) {
            if (!value.contains("{") && value.length() >= 4 && !value.equals("Sources") && !value.equals("DNS")) {
                fixed.add(value);
            }
        }
        return fixed;
    }

    @Test
    void theSitemapCarriesTheAlternatesAndStillValidates() throws Exception {
        publish();
        Path sitemap = project.resolve("site/sitemap.xml");
        String text = Files.readString(sitemap);

        assertThat(text)
                .contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
                .contains("<loc>" + BASE + "fr/dns/quest-ce-qu-un-enregistrement-cname/</loc>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"de\" href=\"" + BASE
                        + "de/dns/was-ist-ein-cname-eintrag/\"/>");
        Map<String, Integer> perUrl = new HashMap<>();
        Matcher url = Pattern.compile("<url><loc>([^<]+)</loc>.*?</url>").matcher(text);
        while (url.find()) {
            perUrl.put(url.group(1), url.group().split("<xhtml:link", -1).length - 1);
        }
        assertThat(perUrl.get(BASE + "en/dns/what-is-a-cname-record/")).isEqualTo(4);
        assertThat(perUrl.get(BASE + "en/dns/what-is-ttl/")).isZero();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(new StreamSource[] {
                    new StreamSource(XHTML_LINK_XSD.toString()), new StreamSource(SITEMAP_XSD.toString())
                })
                .newValidator()
                .validate(new StreamSource(sitemap.toFile()));
    }

    @Test
    void theSitesOwnLanguageCanStayAtTheRootAndAnArticleThatMovesLeavesA301() throws Exception {
        Files.writeString(project.resolve("seogen.yaml"), "site:\n  default-language-at-root: true\n");
        publish();
        Path site = project.resolve("site");

        assertThat(site.resolve("dns/what-is-a-cname-record/index.html")).exists();
        assertThat(site.resolve("en")).doesNotExist();
        assertThat(site.resolve("fr/dns/quest-ce-qu-un-enregistrement-cname/index.html"))
                .exists();
        assertThat(alternatesOfEveryPage(site).get(BASE))
                .containsEntry("en", BASE)
                .containsEntry("x-default", BASE);

        Files.writeString(project.resolve("seogen.yaml"), "site:\n  default-language-at-root: false\n");
        CommandRun moved = publish();
        assertThat(moved.out()).contains("moved: /dns/what-is-a-cname-record/ is now /en/dns/what-is-a-cname-record/");
        assertThat(site.resolve("_redirects"))
                .content()
                .contains("/dns/what-is-a-cname-record/ /en/dns/what-is-a-cname-record/ 301!");
    }
}
