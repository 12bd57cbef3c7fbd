package dev.seogen.publish;

/**
 * How a {@link SitePublisher} publishes: with {@code overwrite}, a file at one of the site's own paths that
 * seogen has no record of writing is replaced instead of refused (publish --overwrite); with {@code autoLinks}
 * false, no article's text links to another (publish --no-auto-links), else each draft's {@code auto_links}
 * decides for its own page.
 */
public record PublishOptions(boolean overwrite, boolean autoLinks) {
    /** Refuse to replace files seogen did not write; link the articles' texts to each other. */
    public static final PublishOptions DEFAULTS = new PublishOptions(false, true);

    /** These options, with {@code overwrite}. */
    public PublishOptions withOverwrite(boolean overwrite) {
        return new PublishOptions(overwrite, autoLinks);
    }

    /** These options, with {@code autoLinks}. */
    public PublishOptions withAutoLinks(boolean autoLinks) {
        return new PublishOptions(overwrite, autoLinks);
    }
}
