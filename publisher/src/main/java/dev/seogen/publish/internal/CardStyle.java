package dev.seogen.publish.internal;

import dev.seogen.core.InputException;
import dev.seogen.core.Sha256;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How social cards look: four colours and a font, from the built-in theme's {@code card.properties}, each key
 * overridden by a theme folder's own {@code card.properties}; {@code font} names a TrueType file of the theme
 * folder (or of the built-in theme). {@link #key()} changes whenever any of it does. Reading a style starts
 * no part of Java 2D: a publish that draws no card does not pay for it.
 *
 * @param fontFile the TrueType file's bytes
 * @param fontName where the font came from, for messages
 */
public record CardStyle(int background, int text, int muted, int accent, byte[] fontFile, String fontName, String key) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    static final String FILE = "card.properties";

    /** The style of the built-in theme, overridden by {@code themeFolder}'s card.properties when it has one. */
    public static CardStyle of(@Nullable Path themeFolder) {
        Properties builtIn = properties(builtIn(FILE), "the built-in " + FILE);
        Properties merged = new Properties();
        merged.putAll(builtIn);
        Path override = themeFolder == null ? null : themeFolder.resolve(FILE);
        boolean overridden = override != null && Files.isRegularFile(override);
        if (overridden) {
            merged.putAll(properties(read(override), override.toString()));
        }
        String where = overridden ? override.toString() : "the built-in " + FILE;
        String fontName = merged.getProperty("font", "").strip();
        byte[] fontBytes = fontBytes(themeFolder, fontName, where);
        String key = String.join(
                "\n",
                colourText(merged, "background", where),
                colourText(merged, "text", where),
                colourText(merged, "muted", where),
                colourText(merged, "accent", where),
                HexFormat.of().formatHex(Sha256.of(fontBytes), 0, 16));
        return new CardStyle(
                colour(merged, "background", where),
                colour(merged, "text", where),
                colour(merged, "muted", where),
                colour(merged, "accent", where),
                fontBytes,
                where + " (font " + fontName + ")",
                key);
    }

    private static byte[] fontBytes(@Nullable Path themeFolder, String name, String where) {
        if (name.isEmpty() || name.contains("..") || name.startsWith("/")) {
            throw new InputException(where + ": font must name a TrueType file inside the theme folder, such as"
                    + " card/MyFont.ttf; got '" + name + "'");
        }
        if (themeFolder != null && Files.isRegularFile(themeFolder.resolve(name))) {
            return read(themeFolder.resolve(name));
        }
        byte[] bytes = builtIn(name);
        if (bytes.length == 0) {
            throw new InputException(where + ": font names " + name + ", which neither the theme folder nor the"
                    + " built-in theme has; put the .ttf file there or remove the font line");
        }
        return bytes;
    }

    /** The font, made now (this starts Java 2D's font machinery). */
    Font font() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(fontFile));
        } catch (FontFormatException | IOException e) {
            throw new InputException(
                    fontName + " is not a TrueType font Java can read (" + e.getMessage() + "); give a .ttf file");
        }
    }

    private static String colourText(Properties properties, String key, String where) {
        String value = properties.getProperty(key, "").strip();
        if (!COLOUR.matcher(value).matches()) {
            throw new InputException(where + ": " + key + " must be a colour written #rrggbb, got '" + value + "'");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static int colour(Properties properties, String key, String where) {
        return Integer.parseInt(colourText(properties, key, where).substring(1), 16);
    }

    private static Properties properties(byte[] bytes, String where) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(where + " is not a properties file (key=value lines): " + e.getMessage());
        }
        return properties;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** A file of the built-in theme, or no bytes when it has none. */
    private static byte[] builtIn(String name) {
        try (InputStream in = CardStyle.class.getResourceAsStream("/theme/" + name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in theme's " + name, e);
        }
    }
}
