package dev.seogen.review.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review server in a real browser: Debian's Chromium, headless, through its own chromedriver (pinned, so
 * that Selenium Manager never looks for or downloads one; it is told to stay offline too). One browser for the
 * class, a fresh drafts folder and server for each test. Skipped, saying why, where Chromium is not installed
 * ({@code apt-get install chromium chromium-driver}).
 */
class ReviewBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A name no DNS knows, that Chromium resolves to the server: a DNS-rebinding page's view of it. */
    private static final String REBOUND_HOST = "rebound.test";

    private static WebDriver browser;

    @TempDir
    Path folder;

    private ReviewServer server;
    private String base;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (Debian: apt-get install"
                        + " chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true"); // passed to Selenium Manager, should anything start it
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--host-resolver-rules=MAP " + REBOUND_HOST + " 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startServer() throws IOException {
        server = TestDrafts.start(folder);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String file(String name) throws IOException {
        return Files.readString(folder.resolve("drafts").resolve(name));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void open(String path) {
        browser.get(base + path);
    }

    @Test
    void theQueueListsTheDraftsWorstFirstAndFilters() {
        open("/");

        var rows = browser.findElements(By.cssSelector("table.drafts tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("What is an MX record?");
        assertThat(rows.get(2).getText())
                .contains("What is a CNAME record in DNS?")
                .contains("2 ok");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("rule")))
                .selectByVisibleText("boilerplate");
        browser.findElement(By.cssSelector("form.filter button")).click();

        waitFor(By.cssSelector("h1 small"));
        assertThat(browser.getCurrentUrl()).contains("rule=boilerplate");
        assertThat(browser.findElements(By.cssSelector("table.drafts tbody tr")))
                .hasSize(1);
    }

    @Test
    void approveFromTheDraftsPage() throws IOException {
        open("/");
        browser.findElement(By.linkText("What is a CNAME record in DNS?")).click();
        waitFor(By.id("approve")).click();

        assertThat(waitFor(By.cssSelector("p.message")).getText()).isEqualTo("Approved.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("approved");
        assertThat(file(TestDrafts.CLEAN_FILE)).contains("status: approved").contains("reviewed_by: Ada Reviewer");
    }

    @Test
    void rejectWithANote() throws IOException {
        open("/drafts/" + TestDrafts.BROKEN_ID);
        browser.findElement(By.id("note")).sendKeys("Remove the boilerplate and cite a real source");
        browser.findElement(By.id("reject")).click();

        assertThat(waitFor(By.cssSelector("p.message")).getText()).isEqualTo("Rejected, with your note.");
        assertThat(browser.findElement(By.cssSelector("p.note")).getText())
                .isEqualTo("Review note: Remove the boilerplate and cite a real source");
        assertThat(file(TestDrafts.BROKEN_FILE)).contains("note: Remove the boilerplate and cite a real source");
    }

    @Test
    void editAndSaveLintsTheDraftAgain() throws IOException {
        open("/drafts/" + TestDrafts.BROKEN_ID);
        assertThat(browser.findElement(By.cssSelector("ol.findings")).getText()).contains("boilerplate");
        browser.findElement(By.id("edit")).click();

        WebElement markdown = waitFor(By.id("markdown"));
        String text = markdown.getAttribute("value");
        assertThat(text).isEqualTo(TestDrafts.BROKEN);
        replace(markdown, text.replace("As an AI language model, I think MX", "MX"));
        browser.findElement(By.id("save")).click();

        assertThat(waitFor(By.cssSelector("p.message")).getText()).startsWith("Saved, and linted again");
        assertThat(browser.findElement(By.cssSelector("ol.findings")).getText())
                .doesNotContain("boilerplate")
                .contains("citation-exists");
        assertThat(file(TestDrafts.BROKEN_FILE))
                .startsWith("---\nid: broken0001")
                .contains("\nMX records route mail.");
    }

    @Test
    void aSaveOfADraftChangedOnDiskMeanwhileIsRefused() throws IOException {
        open("/drafts/" + TestDrafts.BROKEN_ID + "/edit");
        WebElement markdown = waitFor(By.id("markdown"));
        String elsewhere = TestDrafts.BROKEN.replace("title: MX", "title: MX, as an editor saved it");
        Files.writeString(folder.resolve("drafts").resolve(TestDrafts.BROKEN_FILE), elsewhere);

        replace(markdown, TestDrafts.BROKEN.replace("title: MX", "title: MX, as the browser has it"));
        browser.findElement(By.id("save")).click();

        assertThat(waitFor(By.cssSelector("p.message.refused")).getText())
                .startsWith("Not saved: the draft changed on disk since you opened it");
        assertThat(browser.findElement(By.id("markdown")).getAttribute("value"))
                .contains("title: MX, as the browser has it");
        assertThat(file(TestDrafts.BROKEN_FILE)).isEqualTo(elsewhere);
    }

    @Test
    void keyboardApprovesAndMovesOn() throws IOException {
        open("/");
        body("j"); // the first draft of the queue, worst first
        waitFor(By.cssSelector("main.draft"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What is an MX record?");
        body("j"); // the hostile draft, then the clean one, last
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.tagName("h1")).getText().contains("MX record"));
        body("j");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.tagName("h1")).getText().contains("CNAME"));
        body("a");

        assertThat(waitFor(By.cssSelector("p.message")).getText()).isEqualTo("Approved.");
        assertThat(file(TestDrafts.CLEAN_FILE)).contains("status: approved");
        body("k");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.tagName("h1")).getText().contains("CNAME"));
        body("e");
        assertThat(waitFor(By.id("markdown")).isDisplayed()).isTrue();
    }

    @Test
    void aFormWithoutTheRightTokenIsRefused() throws IOException {
        open("/drafts/" + TestDrafts.CLEAN_ID);
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelector('#approve-form input[name=token]').value = 'forged';");
        browser.findElement(By.id("approve")).click();

        assertThat(waitFor(By.tagName("body")).getText())
                .contains("Refused: the form's token is missing or out of date");
        assertThat(file(TestDrafts.CLEAN_FILE)).doesNotContain("status: approved");
    }

    @Test
    void aPageReachedUnderAnotherHostNameIsRefused() {
        browser.get("http://" + REBOUND_HOST + ":" + server.port() + "/");

        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Refused: the Host header (" + REBOUND_HOST + ":" + server.port() + ")");
    }

    private void body(String key) {
        browser.findElement(By.tagName("body")).sendKeys(key);
    }

    /** Sets a text area's whole text as typing would leave it (sendKeys of a long text is slow). */
    private void replace(WebElement area, String text) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area, text);
    }
}
