package dev.seogen.library.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.input.TextFile;
import dev.seogen.core.input.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The optional {@code library.yaml} at the library's root: a document's path (relative to the library, with
 * {@code /}) mapped to its fields, which win over the document's own.
 *
 * <pre>
 * rfc/rfc1034.pdf:
 *   title: "Domain names - concepts and facilities"
 *   url: https://www.rfc-editor.org/rfc/rfc1034
 *   authors: ["Mockapetris, P."]
 *   year: 1987
 * </pre>
 *
 * A broken file is an {@link InputException} naming its line: the whole library's metadata depends on it.
 */
public final class LibraryYaml {
    public static final String NAME = "library.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(Yaml.factory());

    private LibraryYaml() {}

    /** The fields by path, or none when the library has no {@code library.yaml}. */
    public static Map<String, Metadata> read(Path library) {
        Path file = library.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        String text = TextFile.read(file, "library.yaml");
        JsonNode root;
        try (JsonParser parser = Yaml.refusingAliases(Yaml.parser(text))) {
            root = YAML.readTree(parser);
        } catch (JsonProcessingException e) {
            throw new InputException(
                    new Problem(file, Yaml.syntaxLine(e), "", "not valid YAML: " + Yaml.syntaxMessage(e)));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new InputException(Problem.ofFile(
                    file, "must map each document's path to its fields, e.g. 'guide.md:' then '  title: …'"));
        }
        Map<String, Metadata> fields = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = entry.getKey().strip().replace('\\', '/');
            if (!entry.getValue().isObject()) {
                throw new InputException(new Problem(
                        file, 0, path, "must be a mapping of fields (" + String.join(", ", Metadata.FIELDS) + ")"));
            }
            try {
                fields.put(path, Metadata.of(entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw new InputException(new Problem(file, 0, path, e.getMessage()));
            }
        }
        return fields;
    }
}
