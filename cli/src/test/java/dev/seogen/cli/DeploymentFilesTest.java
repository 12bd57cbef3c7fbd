package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Kubernetes manifest and the Dockerfile of docs/kubernetes.md: they parse and fit together. */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theIndexedJobRunsTheProjectsImageOneShardAPod() throws Exception {
        JsonNode job = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve("docs/kubernetes-indexed-job.yaml").toFile());

        assertThat(job.path("kind").asText()).isEqualTo("Job");
        assertThat(job.at("/spec/completionMode").asText()).isEqualTo("Indexed");
        JsonNode container = job.at("/spec/template/spec/containers/0");
        assertThat(container.path("image").asText()).contains("seogen").doesNotContain("temurin");
        assertThat(container.path("args").get(0).asText())
                .contains(
                        "-jar /opt/seogen/seogen.jar generate",
                        "--shard \"${JOB_COMPLETION_INDEX}/"
                                + job.at("/spec/completions").asInt());
        // A ConfigMap holds at most 1 MiB: the jar comes with the image, not from a volume.
        assertThat(job.at("/spec/template/spec/volumes").findValues("configMap"))
                .isEmpty();
    }

    @Test
    void theDockerfilePutsTheShadedJarWhereTheManifestRunsIt() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

        assertThat(dockerfile)
                .contains("FROM eclipse-temurin:17-jre")
                .contains("COPY cli/target/seogen.jar /opt/seogen/seogen.jar")
                .contains("\"-jar\", \"/opt/seogen/seogen.jar\"");
    }
}
