package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code seogen review serve}: prints its address, serves the drafts folder it was given, stops when done; lints
 * as {@code review lint} does.
 */
class ReviewServeCommandTest {
    @TempDir
    Path project;

    @Test
    void servesTheDraftsOnLoopbackAndPrintsTheActualPort() throws IOException {
        Path dns = Files.createDirectories(project.resolve("drafts/dns"));
        Files.writeString(dns.resolve("what-is-a-cname-record-in-dns.md"), Fixtures.CLEAN);
        List<String> pages = new ArrayList<>();
        CliContext context = new CliContext(Map.of("SEOGEN_REVIEWER", "Ada"), project, Clock.systemUTC(), false);
        CommandLine command = new CommandLine(new ReviewServeCommand(context, server -> {
            try {
                HttpResponse<String> queue = HttpClient.newHttpClient()
                        .send(HttpRequest.newBuilder(server.address()).build(), HttpResponse.BodyHandlers.ofString());
                pages.add(queue.body());
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }));
        StringWriter out = new StringWriter();
        command.setOut(new PrintWriter(out));

        int exit = command.execute("--drafts", "drafts", "--port", "0");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .matches("(?s)Reviewing .*drafts at http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C stops it\\)\\n");
        assertThat(pages)
                .singleElement()
                .asString()
                .contains("What is a CNAME record in DNS?")
                .contains("reviewing as Ada");
        assertThat(URI.create(out.toString().replaceAll("(?s).* at (\\S+) .*", "$1"))
                        .getPort())
                .isPositive();
    }

    @Test
    void aGroundedDraftsPageShowsWhatClaimSupportFound() throws IOException {
        assertThat(CommandRun.seogen(project, "demo", "--out", "demo").exitCode())
                .isZero();
        Path file = project.resolve("demo/drafts/http/how-does-http-caching-decide-when-to-reuse-a-response.md");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "A 304 answer is small,",
                                "Browsers delete every cached response at midnight [2]. A 304 answer is small,"));
        String id = new dev.seogen.core.draft.DraftStore(project.resolve("demo/drafts"))
                .read(file)
                .id();
        List<String> pages = new ArrayList<>();
        CliContext context = new CliContext(Map.of(), project, Clock.fixed(CommandRun.NOW, ZoneOffset.UTC), false);
        CommandLine command = new CommandLine(new ReviewServeCommand(context, server -> {
            try {
                HttpResponse<String> page = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(server.address().resolve("/drafts/" + id))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                pages.add(page.statusCode() + "\n" + page.body());
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }));
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(err));

        int exit = command.execute("--drafts", "demo/drafts", "--port", "0");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(pages)
                .singleElement()
                .asString()
                .startsWith("200\n")
                .contains("claim-support")
                .contains("Browsers delete every cached response at midnight");
    }
}
