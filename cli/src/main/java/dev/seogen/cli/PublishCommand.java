package dev.seogen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seogen publish}: renders the approved drafts to a static site. Not built yet: its options are. */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = "Renders the approved drafts to a static site folder: article, category and home pages,"
                + " sitemap.xml, robots.txt, feed.xml. Only what changed is rewritten.")
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DraftsOption drafts;

    @Option(names = "--site", paramLabel = "DIR", description = "Output folder (default: ./site).")
    @Nullable
    Path site;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "The site's public address, for canonical"
                    + " links, the sitemap and the feed, e.g. https://example.com.")
    @Nullable
    String baseUrl;

    @Option(names = "--include-drafts", description = "Publish drafts that are not approved too (for previews).")
    boolean includeDrafts;

    @Option(
            names = "--theme",
            paramLabel = "DIR",
            description = "Folder whose templates and assets override" + " the built-in theme.")
    @Nullable
    Path theme;

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec);
    }
}
