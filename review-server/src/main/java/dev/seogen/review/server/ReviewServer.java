package dev.seogen.review.server;

import dev.seogen.core.review.ReviewActions;
import dev.seogen.publish.SitePublisher;
import dev.seogen.publish.SiteSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The review server: started on 127.0.0.1 only, at {@link #address()}, until {@link #close()}. Its per-run
 * state (the preview's caches) lives in a temporary folder removed on close.
 */
public final class ReviewServer implements AutoCloseable {
    private final Javalin app;
    private final URI address;
    private final Path scratch;

    private final DraftQueue queue;

    private ReviewServer(Javalin app, URI address, Path scratch, DraftQueue queue) {
        this.queue = queue;
        this.app = app;
        this.address = address;
        this.scratch = scratch;
    }

    /** Starts the server; it answers as soon as this returns. */
    public static ReviewServer start(ServerSettings settings) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("seogen-review-");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot make a temporary folder for the review server: " + e.getMessage(), e);
        }
        AtomicInteger port = new AtomicInteger(settings.port());
        Guard guard = new Guard(port::get);
        DraftQueue queue = new DraftQueue(settings.store(), settings.publishedHashes(), settings.linters());
        ReviewActions actions = new ReviewActions(settings.store(), settings.clock(), settings.reviewer());
        Handlers handlers = new Handlers(
                queue, actions, settings, guard, new Pages(), () -> preview(settings.site(), port.get(), scratch));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1"; // loopback only: nobody else on the network can reach it
            config.jetty.port = settings.port();
            config.http.maxRequestSize = 32L * 1024 * 1024; // a whole draft file in a form
            handlers.register(config.routes);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "cannot start the review server on 127.0.0.1:" + settings.port() + " (" + e.getMessage()
                            + "); is the port in use? Give another with --port, or 0 for any free one",
                    e);
        }
        port.set(app.port());
        return new ReviewServer(app, URI.create("http://127.0.0.1:" + app.port() + "/"), scratch, queue);
    }

    /** The publisher of the preview: the site's settings, its address the server's, and never indexed. */
    private static Preview preview(SiteSettings site, int port, Path scratch) {
        SiteSettings preview = new SiteSettings(
                site.folder(),
                URI.create("http://127.0.0.1:" + port + "/site/"),
                site.title(),
                site.language(),
                site.author(),
                site.publisher(),
                site.ctaText(),
                site.ctaLink(),
                site.legalLink(),
                site.theme(),
                site.notice(),
                true);
        return new Preview(new SitePublisher(preview, scratch.resolve("publish")));
    }

    /** Where the server answers: {@code http://127.0.0.1:<port>/}. */
    public URI address() {
        return address;
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        app.stop();
        queue.close();
        try (var files = Files.walk(scratch)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clear
        }
    }
}
