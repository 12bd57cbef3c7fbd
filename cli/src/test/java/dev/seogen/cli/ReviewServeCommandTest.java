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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code seogen review serve}: prints its address, serves the drafts folder it was given, stops when done. */
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
}
