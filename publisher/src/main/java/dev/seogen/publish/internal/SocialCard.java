package dev.seogen.publish.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A social card: the 1200 × 630 PNG that {@code og:image} names. The category on top, the question in the
 * middle (wrapped, and made smaller until it fits in four lines, cut with "…" beyond), the site name at the
 * bottom over a stripe of the accent colour, in the {@link CardStyle}'s colours and font; over the style's
 * background image instead of the colour and the stripe when it has one. Drawn with Java 2D
 * without a display; the same texts and style give the same bytes. Thread-safe.
 */
public final class SocialCard {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Part of every card's digest: a change of how cards are drawn draws them all again. */
    public static final String VERSION = "card 2";

    private static final int MARGIN = 80;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    /** Rows of each part; the bands do not overlap, so each row's colour ramp is known from the row alone. */
    private static final int KICKER_END = 150;

    private static final int TITLE_END = 520;
    private static final int STRIPE = HEIGHT - 18;
    private static final float LARGEST = 76;
    private static final float SMALLEST = 40;
    private static final int MAX_LINES = 4;
    /*
     * The canvas holds palette indices as it is drawn, with no pass over its pixels after: the category and
     * the site name are drawn in grey 126 on 0, so that their coverage gives 0 (the background) to 126 (the
     * muted colour); the question in 255 on its band's 128, giving 128 (the background) to 255 (the text
     * colour); 127 is the accent's stripe. Each part is clipped to its band.
     */
    private static final int MUTED_FULL = 126;

    private static final Color MUTED = new Color(MUTED_FULL, MUTED_FULL, MUTED_FULL);

    private static final int ACCENT = 127;
    private static final int TITLE_BACKGROUND = 128;
    /** The canvas before any text: the bands' backgrounds and the stripe. */
    private static final byte[] EMPTY = empty();

    private static final byte[] BLANK_ROW = new byte[WIDTH];

    private static final byte[] TITLE_ROW = Arrays.copyOfRange(EMPTY, KICKER_END * WIDTH, (KICKER_END + 1) * WIDTH);

    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    static {
        // Drawing never needs a display; a server without one must not be asked for it.
        System.setProperty("java.awt.headless", "true");
    }

    private final CardStyle style;
    private final Font font;
    /** The font at each size a card uses (a dozen): made once, its glyphs cached with it. */
    private final Map<Float, Font> sizes = new ConcurrentHashMap<>();

    private final int[] palette;
    /** The theme's background image; null for the colour and the stripe. */
    private final @Nullable Picture picture;

    /**
     * A background image: its pixels, 3 bytes (RGB) each, row by row, and its rows as the PNG stores them
     * before compression (a card changes only its text's rows).
     */
    private record Picture(byte[] rgb, byte[] filtered) {}
    /**
     * Each thread's canvas and its graphics, cleared from card to card: ten thousand cards would otherwise
     * allocate 7 GB, and making the graphics again costs as much as drawing the text.
     */
    private final ThreadLocal<Canvas> canvas = ThreadLocal.withInitial(Canvas::new);

    private static final class Canvas {
        final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        final byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        final Graphics2D graphics = image.createGraphics();

        Canvas() {
            forText(graphics);
        }
    }

    /** Anti-aliased text with fractional metrics: what every card and logo is drawn with. */
    private static void forText(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    public SocialCard(CardStyle style) {
        this.style = style;
        this.font = style.font();
        palette = new int[256];
        for (int i = 0; i <= MUTED_FULL; i++) {
            palette[i] = mix(style.background(), style.muted(), i / (double) MUTED_FULL);
        }
        palette[ACCENT] = style.accent();
        for (int i = TITLE_BACKGROUND; i < 256; i++) {
            palette[i] = mix(style.background(), style.text(), (i - TITLE_BACKGROUND) / (255.0 - TITLE_BACKGROUND));
        }
        int[] pixels = style.imagePixels(WIDTH, HEIGHT);
        byte[] rgb = pixels == null ? null : rgbBytes(pixels);
        picture = rgb == null ? null : new Picture(rgb, Png.filtered(rgb, WIDTH, HEIGHT));
    }

    /** The card of a page about {@code title}, in {@code kicker} (its category, or "" for none), on {@code site}. */
    public byte[] png(String title, String kicker, String site) {
        Canvas mine = canvas.get();
        byte[] pixels = mine.pixels;
        System.arraycopy(EMPTY, 0, pixels, 0, EMPTY.length);
        Graphics2D g = mine.graphics;
        g.setColor(MUTED);
        g.setClip(0, 0, WIDTH, KICKER_END);
        line(g, kicker, 34, 112);
        g.setColor(Color.WHITE);
        g.setClip(0, KICKER_END, WIDTH, TITLE_END - KICKER_END);
        title(g, title);
        g.setColor(MUTED);
        g.setClip(0, TITLE_END, WIDTH, STRIPE - TITLE_END);
        line(g, site, 32, 580);
        if (picture != null) {
            return overPicture(pixels, picture);
        }
        return Png.palette(pixels, WIDTH, HEIGHT, palette);
    }

    private static byte[] empty() {
        byte[] empty = new byte[WIDTH * HEIGHT];
        Arrays.fill(empty, KICKER_END * WIDTH, TITLE_END * WIDTH, (byte) TITLE_BACKGROUND);
        Arrays.fill(empty, STRIPE * WIDTH, HEIGHT * WIDTH, (byte) ACCENT);
        return empty;
    }

    /** The texts' coverage over the background picture: each pixel mixed towards its band's text colour. */
    private byte[] overPicture(byte[] indices, Picture background) {
        byte[] rgb = background.rgb().clone();
        boolean[] changed = new boolean[HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            int from = y * WIDTH;
            boolean question = y >= KICKER_END && y < TITLE_END;
            if (y >= STRIPE
                    || Arrays.mismatch(indices, from, from + WIDTH, question ? TITLE_ROW : BLANK_ROW, 0, WIDTH) < 0) {
                continue;
            }
            changed[y] = true;
            int colour = question ? style.text() : style.muted();
            for (int i = from; i < from + WIDTH; i++) {
                int index = indices[i] & 0xFF;
                int share = question
                        ? (index - TITLE_BACKGROUND) * 255 / (255 - TITLE_BACKGROUND)
                        : index * 255 / MUTED_FULL;
                if (share == 0) {
                    continue;
                }
                for (int shift = 16, at = i * 3; shift >= 0; shift -= 8, at++) {
                    int under = rgb[at] & 0xFF;
                    int over = colour >>> shift & 0xFF;
                    rgb[at] = (byte) (under + ((over - under) * share + 127) / 255);
                }
            }
        }
        return Png.rgb(rgb, WIDTH, HEIGHT, background.filtered(), changed);
    }

    private static byte[] rgbBytes(int[] pixels) {
        byte[] rgb = new byte[pixels.length * 3];
        for (int i = 0; i < pixels.length; i++) {
            rgb[i * 3] = (byte) (pixels[i] >>> 16);
            rgb[i * 3 + 1] = (byte) (pixels[i] >>> 8);
            rgb[i * 3 + 2] = (byte) pixels[i];
        }
        return rgb;
    }

    /**
     * The site's logo: a {@code size} × {@code size} square of the card's background with {@code mark} (the
     * site name's first letter, say) in the middle in the text colour.
     */
    public byte[] logo(String mark, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Arrays.fill(pixels, (byte) TITLE_BACKGROUND); // the question's ramp: 128 the background, 255 the text
        Graphics2D g = image.createGraphics();
        try {
            forText(g);
            g.setColor(Color.WHITE);
            Font font = font(mark, size * 0.6f);
            g.setFont(font);
            Rectangle2D box = font.createGlyphVector(METRICS, mark).getVisualBounds();
            g.drawString(mark, (float) ((size - box.getWidth()) / 2 - box.getX()), (float)
                    ((size - box.getHeight()) / 2 - box.getY()));
        } finally {
            g.dispose();
        }
        return Png.palette(pixels, size, size, palette);
    }

    /** One line at {@code baseline}, cut with "…" when it is too wide. */
    private void line(Graphics2D g, String text, float size, int baseline) {
        String shown = text.strip().replaceAll("\\s+", " ");
        if (shown.isEmpty()) {
            return;
        }
        Font font = font(shown, size);
        g.setFont(font);
        g.drawString(cut(shown, font), (float) MARGIN, (float) baseline);
    }

    /** The question, in the largest size at which it fits in four lines, centred in its band. */
    private void title(Graphics2D g, String text) {
        String shown = text.strip().replaceAll("\\s+", " ");
        if (shown.isEmpty()) {
            return;
        }
        Font font = font(shown, LARGEST);
        List<String> lines = wrap(shown, font);
        for (float size = LARGEST - 4; lines.size() > MAX_LINES && size >= SMALLEST; size -= 4) {
            font = font(shown, size);
            lines = wrap(shown, font);
        }
        if (lines.size() > MAX_LINES) {
            lines = new ArrayList<>(lines.subList(0, MAX_LINES));
            lines.set(MAX_LINES - 1, cut(lines.get(MAX_LINES - 1) + " …", font));
        }
        float lineHeight = font.getSize2D() * 1.2f;
        float ascent = font.getLineMetrics(shown, METRICS).getAscent();
        float top = KICKER_END + (TITLE_END - KICKER_END - lines.size() * lineHeight) / 2;
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) MARGIN, top + ascent + i * lineHeight);
        }
    }

    /** Words on lines no wider than the card's text; a word wider than a line is broken where it must be. */
    private static List<String> wrap(String text, Font font) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double space = width(" ", font);
        double used = 0; // text is drawn without kerning: a line is as wide as its words and spaces
        for (String word : text.split(" ")) {
            double wide = width(word, font);
            if (line.isEmpty() ? wide <= TEXT_WIDTH : used + space + wide <= TEXT_WIDTH) {
                used += line.isEmpty() ? wide : space + wide;
                line.append(line.isEmpty() ? "" : " ").append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font) > TEXT_WIDTH) {
                int fits = fitting(rest, font);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
            used = width(rest, font);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text}, or as much of it as fits with "…" after it. */
    private static String cut(String text, Font font) {
        if (width(text, font) <= TEXT_WIDTH) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut.strip() + "…", font) > TEXT_WIDTH) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.strip() + "…";
    }

    /** How many chars of {@code text} fit on a line (at least one code point). */
    private static int fitting(String text, Font font) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (width(text.substring(0, next), font) > TEXT_WIDTH) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static double width(String text, Font font) {
        return font.getStringBounds(text, METRICS).getWidth();
    }

    /**
     * The style's font at {@code size}, or Java's logical SansSerif (the system's fonts) when the style's font
     * lacks a glyph the text needs.
     */
    private Font font(String text, float size) {
        Font sized = sizes.computeIfAbsent(size, s -> font.deriveFont(Font.PLAIN, s));
        return sized.canDisplayUpTo(text) < 0 ? sized : new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size));
    }

    private static int mix(int from, int to, double share) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = from >>> shift & 0xFF;
            int b = to >>> shift & 0xFF;
            rgb |= (int) Math.round(a + (b - a) * share) << shift;
        }
        return rgb;
    }
}
