package dev.seogen.publish.internal;

import dev.seogen.core.InputException;
import dev.seogen.core.Sha256;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
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
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * How social cards look: four colours, a font and, if the theme has one, a background image, from the built-in
 * theme's {@code card.properties}, each key overridden by a theme folder's own {@code card.properties};
 * {@code font} names a TrueType file of the theme folder (or of the built-in theme), {@code image} a 1200 × 630
 * PNG or JPEG of the theme folder that replaces the background colour and the stripe. {@link #key()} changes
 * whenever any of it does. Reading a style starts no part of Java 2D: a publish that draws no card does not pay
 * for it.
 *
 * @param fontFile the TrueType file's bytes
 * @param fontName where the font came from, for messages
 * @param imageFile the background image's bytes; null for none (the background colour and the stripe)
 * @param imageName where the image came from, for messages ("" for none)
 */
public record CardStyle(
        int background,
        int text,
        int muted,
        int accent,
        byte[] fontFile,
        String fontName,
        byte @Nullable [] imageFile,
        String imageName,
        String key) {
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
        String imageName = merged.getProperty("image", "").strip();
        byte[] imageBytes = imageName.isEmpty() ? null : imageBytes(themeFolder, imageName, where);
        String key = String.join(
                "\n",
                colourText(merged, "background", where),
                colourText(merged, "text", where),
                colourText(merged, "muted", where),
                colourText(merged, "accent", where),
                HexFormat.of().formatHex(Sha256.of(fontBytes), 0, 16),
                imageBytes == null ? "no image" : HexFormat.of().formatHex(Sha256.of(imageBytes), 0, 16));
        return new CardStyle(
                colour(merged, "background", where),
                colour(merged, "text", where),
                colour(merged, "muted", where),
                colour(merged, "accent", where),
                fontBytes,
                where + " (font " + fontName + ")",
                imageBytes,
                imageBytes == null ? "" : where + " (image " + imageName + ")",
                key);
    }

    /** The background image's bytes: a file of the theme folder only (the built-in theme has none). */
    private static byte[] imageBytes(@Nullable Path themeFolder, String name, String where) {
        if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
            throw new InputException(where + ": image must name a PNG or JPEG file inside the theme folder, such"
                    + " as card/background.png; got '" + name + "'");
        }
        Path file = themeFolder == null ? null : themeFolder.resolve(name);
        if (file == null || !Files.isRegularFile(file)) {
            throw new InputException(where + ": image names " + name + ", which the theme folder does not have;"
                    + " put a 1200×630 PNG or JPEG there, or remove the image line");
        }
        return read(file);
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

    /**
     * The background image as 0xRRGGBB pixels, row by row, decoded now (this starts Java 2D); null when the
     * style has none. An InputException, naming the file, when it is not a PNG or JPEG of {@code width} ×
     * {@code height} pixels.
     */
    int @Nullable [] imagePixels(int width, int height) {
        if (imageFile == null) {
            return null;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(imageFile));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw new InputException(imageName + " is not a PNG or JPEG image Java can read; give a " + width + "×"
                    + height + " PNG or JPEG");
        }
        if (image.getWidth() != width || image.getHeight() != height) {
            throw new InputException(imageName + " is " + image.getWidth() + "×" + image.getHeight() + " pixels; a"
                    + " card's background image must be " + width + "×" + height + " (what og:image says)");
        }
        return image.getRGB(0, 0, width, height, null, 0, width);
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
