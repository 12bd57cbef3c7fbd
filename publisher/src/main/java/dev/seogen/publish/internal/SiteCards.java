package dev.seogen.publish.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A site's social cards and its logo: where they are, what each is drawn from (a digest, so that a card is
 * drawn again only when what it shows or how cards look changes), what draws them, and how pages name them.
 * The theme's card style is read in the background; Java 2D starts only at the first card to draw, which
 * takes a quarter of a second or more. Safe for cards drawn in parallel.
 */
public final class SiteCards {
    /** The site's social card (home, category and other pages show it), at the site's root. */
    public static final String SITE_CARD = "card.png";
    /** The publisher's logo, at the site's root. */
    public static final String LOGO = "logo.png";
    /** An article's card, beside its page. */
    public static final String CARD = "card.png";
    /** The logo's side, in pixels: search engines ask for 112 at least, and a square. */
    public static final int LOGO_SIZE = 512;

    private final @Nullable Path theme;
    /** How cards look, read in the background. */
    private final CompletableFuture<CardStyle> style;

    private @Nullable SocialCard drawer;

    /** The cards of a site whose theme folder is {@code theme} (none: the built-in theme). */
    public SiteCards(@Nullable Path theme) {
        this.theme = theme;
        this.style = CompletableFuture.supplyAsync(() -> CardStyle.of(theme));
    }

    /** A card or logo: the digest of what it is drawn from, and what draws it. */
    public record Image(String digest, Supplier<byte[]> png) {}

    /** A card showing {@code title}, {@code kicker} above it and {@code footer} below. */
    public Image card(String title, String kicker, String footer) {
        String digest = new PageDigest("card")
                .text(key())
                .text(title)
                .text(kicker)
                .text(footer)
                .value();
        return new Image(digest, () -> drawer().png(title, kicker, footer));
    }

    /** The drawn logo of a site named {@code siteTitle}: its first letter on the card's background. */
    public Image logo(String siteTitle) {
        String title = siteTitle.strip();
        String mark = title.isEmpty()
                ? "?"
                : title.substring(0, title.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
        String digest =
                new PageDigest("logo").text(key()).text(mark).number(LOGO_SIZE).value();
        return new Image(digest, () -> drawer().logo(mark, LOGO_SIZE));
    }

    /** The theme folder's own {@code logo.png}, to be copied as it is; null when it has none. */
    public byte @Nullable [] themeLogo() {
        Path own = theme == null ? null : theme.resolve(LOGO);
        if (own == null || !Files.isRegularFile(own)) {
            return null;
        }
        try {
            return Files.readAllBytes(own);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme's logo " + own + ": " + e.getMessage(), e);
        }
    }

    /** What a page's Open Graph and Twitter tags say of a card at {@code url}. */
    public static Map<String, Object> model(String url, String alt) {
        return Map.of("url", url, "alt", alt, "width", SocialCard.WIDTH, "height", SocialCard.HEIGHT);
    }

    /** The site's address without its scheme, for the foot of its card: example.com/guides. */
    public static String footer(URI baseUrl) {
        String address = baseUrl.toString().replaceFirst("^https?://", "");
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    /** What every card's look depends on: a card drawn with another key is drawn again. */
    private String key() {
        return SocialCard.VERSION + "\n" + joined().key();
    }

    /** Made once, when a card must be drawn. */
    private synchronized SocialCard drawer() {
        if (drawer == null) {
            drawer = new SocialCard(joined());
        }
        return drawer;
    }

    private CardStyle joined() {
        try {
            return style.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
