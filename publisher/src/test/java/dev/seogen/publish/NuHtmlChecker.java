package dev.seogen.publish;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the Nu Html Checker (vnu.jar, installed by the build from npm) on pages; its JSON answer. */
final class NuHtmlChecker {
    static final Path JAR = Path.of("target/vnu/node_modules/vnu-jar/build/dist/vnu.jar");

    private NuHtmlChecker() {}

    static JsonNode check(List<String> pages) throws IOException, InterruptedException {
        return run(pages, true);
    }

    /** Errors, warnings and notes alike: a page a user checks shows nothing at all. */
    static JsonNode checkWithWarnings(List<String> pages) throws IOException, InterruptedException {
        return run(pages, false);
    }

    private static JsonNode run(List<String> pages, boolean errorsOnly) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            fail(
                    "%s is missing: 'mvn verify' installs it with npm (exec-maven-plugin, phase generate-test-resources)",
                    JAR);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "--format",
                "json"));
        if (errorsOnly) {
            command.add("--errors-only");
        }
        command.addAll(pages);
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        // vnu writes its JSON report to standard error.
        return new ObjectMapper()
                .readTree(
                        stderr.isBlank()
                                ? new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                                : stderr);
    }
}
