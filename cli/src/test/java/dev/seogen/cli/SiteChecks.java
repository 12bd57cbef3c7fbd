package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a crawler and a validator would say of a published site: broken internal links, HTML errors. */
final class SiteChecks {
    /** Installed by the publisher module's build (npm vnu-jar), which Maven runs before this module. */
    private static final Path VNU =
            Path.of("..", "publisher", "target", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static final Pattern INTERNAL_LINK = Pattern.compile("(?:href|src)=\"(/[^\"#]*)");

    private SiteChecks() {}

    /** Internal links that lead nowhere, by page; {@code root} is the base URL's path, such as "/" or "/guides/". */
    static Map<String, List<String>> brokenLinks(Path site, String root) throws IOException {
        Map<String, List<String>> broken = new TreeMap<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher link = INTERNAL_LINK.matcher(Files.readString(page));
                while (link.find()) {
                    String target =
                            link.group(1).startsWith(root) ? link.group(1).substring(root.length()) : "?";
                    Path file = site.resolve(target.isEmpty() || target.endsWith("/") ? target + "index.html" : target);
                    if (!Files.isRegularFile(file)) {
                        broken.computeIfAbsent(site.relativize(page).toString(), k -> new ArrayList<>())
                                .add(link.group(1));
                    }
                }
            }
        }
        return broken;
    }

    /** The Nu Html Checker's errors and warnings on every page of the site. */
    static List<String> htmlErrors(Path site) throws IOException, InterruptedException {
        assertThat(VNU)
                .as("the Nu Html Checker, installed by 'mvn verify' in the publisher module")
                .exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                VNU.toString(),
                "--format",
                "json"));
        try (Stream<Path> pages = Files.walk(site)) {
            pages.filter(p -> p.toString().endsWith(".html"))
                    .map(Path::toString)
                    .sorted()
                    .forEach(command::add);
        }
        Process process = new ProcessBuilder(command).start();
        String report = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        List<String> errors = new ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(report).path("messages")) {
            errors.add(message.path("type").asText() + " " + message.path("url").asText() + ": "
                    + message.path("message").asText());
        }
        return errors;
    }
}
