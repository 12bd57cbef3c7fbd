package dev.seogen.publish.internal;

import dev.seogen.core.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Names the code and the theme that render a site: changes when seogen is rebuilt or upgraded (the jar's
 * size and time, or in a development checkout the compiled classes and theme files) and when any file of
 * a theme folder changes. Pages recorded under another fingerprint are rendered again.
 */
public final class BuildFingerprint {
    private BuildFingerprint() {}

    public static String of(Class<?> code, String builtInTheme, @Nullable Path themeFolder) {
        StringBuilder parts = new StringBuilder();
        parts.append(describe(code.getResource(code.getSimpleName() + ".class")))
                .append('\n');
        parts.append(describe(code.getResource(builtInTheme))).append('\n');
        if (themeFolder != null) {
            parts.append(folder(themeFolder));
        }
        return HexFormat.of().formatHex(Sha256.of(parts.toString()), 0, 16);
    }

    private static String describe(@Nullable URL resource) {
        if (resource == null) {
            return "none";
        }
        try {
            if ("jar".equals(resource.getProtocol())) {
                Path jar = Path.of(((JarURLConnection) resource.openConnection())
                        .getJarFileURL()
                        .toURI());
                return jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar);
            }
            if ("file".equals(resource.getProtocol())) {
                Path file = Path.of(resource.toURI());
                return folder(file.getParent());
            }
            return resource.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return resource + " " + e; // cannot tell: another value than last time's only costs a full render
        }
    }

    /** Every file of {@code folder} with the hash of its content. */
    private static String folder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            StringBuilder text = new StringBuilder();
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                text.append(folder.relativize(file))
                        .append(' ')
                        .append(HexFormat.of().formatHex(Sha256.of(Files.readAllBytes(file))))
                        .append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
