package dev.seogen.publish.internal;

import dev.seogen.core.Sha256;
import dev.seogen.core.storage.CodeStamp;
import java.nio.file.Path;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Names the code and the theme that render a site: changes when seogen is rebuilt or upgraded, and when any
 * file of a theme folder changes. Pages recorded under another fingerprint are rendered again.
 */
public final class BuildFingerprint {
    private BuildFingerprint() {}

    public static String of(Class<?> code, String builtInTheme, @Nullable Path themeFolder) {
        String parts = CodeStamp.of(code) + "\n" + CodeStamp.of(code.getResource(builtInTheme)) + "\n"
                + (themeFolder == null ? "" : CodeStamp.folder(themeFolder));
        return HexFormat.of().formatHex(Sha256.of(parts), 0, 16);
    }
}
