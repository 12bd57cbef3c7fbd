package dev.seogen.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built-in theme on a phone, in a real browser: Debian's Chromium, headless, 390 pixels wide, reading a
 * published site over HTTP (its links and stylesheet are root-relative). Skipped, saying why, where Chromium is
 * not installed ({@code apt-get install chromium chromium-driver}).
 */
class ThemeBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    static Path folder;

    private static WebDriver browser;
    private static HttpServer server;

    @BeforeAll
    static void publishAndOpen() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (Debian: apt-get install"
                        + " chromium chromium-driver)");
        publish();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ThemeBrowserTest::serve);
        server.start();
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=390,900");
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                        .usingAnyFreePort()
                        .build(),
                options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    /** Twelve sections with long headings: the numbers "10." to "12." are the widest the theme shows. */
    private static void publish() {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            sections.add(new Section(
                    "Why the owner of an alias cannot also keep other records on the same name " + i,
                    "A resolver follows the alias to its canonical name [1]."));
        }
        String question = "What is a CNAME record and when should you use one?";
        Article article = new Article(
                question,
                question,
                Slug.of(question),
                "DNS",
                LanguageTag.ENGLISH,
                List.of("cname"),
                "A CNAME record makes one DNS name an alias of another; when an alias is the right choice.",
                "A CNAME record makes one name an alias of another [1].",
                sections,
                new Section("Summary", "Use an alias for a name someone else manages."),
                List.of(new Source(
                        1, "Domain names", List.of("Mockapetris, P."), 1987, "IETF", "https://example.org/a", null)));
        Draft draft = Draft.of(article, 800, new Review(ReviewStatus.APPROVED, null, PUBLISHED), null);
        DraftHeader header = DraftHeader.of(Path.of("drafts", article.draftPath()), draft);
        SiteSettings settings = new SiteSettings(
                        folder.resolve("site"),
                        URI.create("https://example.com"),
                        "Explainers",
                        LanguageTag.ENGLISH,
                        "The Explainers team",
                        "Explainers",
                        "Ask us a question",
                        URI.create("https://example.com/contact"),
                        null,
                        null,
                        null)
                .withDescriptions("", Map.of());
        new SitePublisher(settings, folder.resolve("state"))
                .publish(List.of(new PublishedArticle(header, PUBLISHED, PUBLISHED)), h -> draft, false);
    }

    private static void serve(HttpExchange exchange) throws IOException {
        Path root = folder.resolve("site").normalize();
        Path file =
                root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String name = file.getFileName().toString();
        exchange.getResponseHeaders()
                .set(
                        "Content-Type",
                        name.endsWith(".css")
                                ? "text/css"
                                : name.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    /** Opens a page and waits for its stylesheet: Chromium may answer before the first page has it applied. */
    private static void open(String path) {
        browser.get("http://127.0.0.1:" + server.getAddress().getPort() + path);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .withMessage("the stylesheet of " + path + " was never applied")
                .until(page -> Boolean.TRUE.equals(script("return document.styleSheets.length > 0")));
    }

    @Test
    void onAPhoneASectionNumberStaysOnOneLineBesideALongHeading() {
        open("/dns/what-is-a-cname-record-and-when-should-you-use-one/");

        // A number broken across lines ("1" above ".") has its text in more than one line box.
        @SuppressWarnings("unchecked")
        List<Long> lines = (List<Long>) script("return [...document.querySelectorAll('.section-number')].map(n => {"
                + " const r = document.createRange(); r.selectNodeContents(n);"
                + " return new Set([...r.getClientRects()].map(c => Math.round(c.top))).size; })");
        assertThat(lines).hasSize(12).containsOnly(1L);
    }

    @Test
    void onAPhoneNoPageScrollsSideways() {
        for (String path : List.of("/", "/dns/", "/dns/what-is-a-cname-record-and-when-should-you-use-one/")) {
            open(path);
            assertThat((Long) script("return document.documentElement.scrollWidth - window.innerWidth"))
                    .as("how far %s reaches past a 390-pixel screen", path)
                    .isLessThanOrEqualTo(0L);
        }
    }
}
