package dev.seogen.core.storage;

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
 * Names the build of seogen that holds a class or resource, for caches that a new build must not trust: the
 * jar's path, size and time, or in a development checkout the content of the folder of compiled files.
 */
public final class CodeStamp {
    private CodeStamp() {}

    /** The stamp of the build {@code type} was loaded from. */
    public static String of(Class<?> type) {
        return of(type.getResource(type.getSimpleName() + ".class"));
    }

    /** The stamp of the build {@code resource} comes from: the jar, or the folder holding the resource. */
    public static String of(@Nullable URL resource) {
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
                return folder(Path.of(resource.toURI()).getParent());
            }
            return resource.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return resource + " " + e; // cannot tell: another value than last time's only costs a cache
        }
    }

    /** Every file of {@code folder} with the hash of its content. */
    public static String folder(Path folder) {
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
            throw new UncheckedIOException("cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
