package dev.seogen.review.server;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.ReviewActions;
import dev.seogen.core.storage.FolderLock;
import dev.seogen.publish.SitePublisher;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The server's routes: the queue, a draft's page and preview, and the forms that change drafts. */
final class Handlers {
    private static final int PAGE_SIZE = 100;
    /** How long a change waits for a publish or a review command holding the drafts folder. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final String PREVIEW_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:;"
            + " frame-ancestors 'self'; form-action 'none'; base-uri 'none'";
    /** The messages a redirect may ask for, by key: a query string never puts its own text on the page. */
    private static final Map<String, String> MESSAGES = Map.of(
            "approved", "Approved.",
            "rejected", "Rejected, with your note.",
            "saved", "Saved, and linted again: the findings below are the new file's.",
            "clean", "Approved every clean draft of this filter.");

    private final DraftQueue queue;
    private final ReviewActions actions;
    private final ServerSettings settings;
    private final Guard guard;
    private final Pages pages;
    private final Supplier<Preview> previewMaker;
    private final Object writing = new Object();
    private volatile @Nullable Preview preview;

    Handlers(
            DraftQueue queue,
            ReviewActions actions,
            ServerSettings settings,
            Guard guard,
            Pages pages,
            Supplier<Preview> previewMaker) {
        this.queue = queue;
        this.actions = actions;
        this.settings = settings;
        this.guard = guard;
        this.pages = pages;
        this.previewMaker = previewMaker;
    }

    void register(RoutesConfig routes) {
        routes.before(ctx -> {
            String refusal = guard.refusal(ctx);
            ctx.header("X-Content-Type-Options", "nosniff");
            // Not no-referrer: under it a browser sends "Origin: null" with the server's own forms.
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("Cache-Control", "no-store");
            if (refusal != null) {
                ctx.skipRemainingHandlers();
                ctx.status(HttpStatus.FORBIDDEN)
                        .contentType("text/plain; charset=utf-8")
                        .result(refusal + "\n");
            }
        });
        routes.get("/", this::queuePage);
        routes.post("/approve-clean", this::approveClean);
        routes.get("/drafts/{id}", ctx -> draftPage(ctx, false, null, null, HttpStatus.OK));
        routes.get("/drafts/{id}/edit", ctx -> draftPage(ctx, true, null, null, HttpStatus.OK));
        routes.get("/drafts/{id}/preview", this::previewPage);
        routes.post("/drafts/{id}/approve", this::approve);
        routes.post("/drafts/{id}/reject", this::reject);
        routes.post("/drafts/{id}/save", this::save);
        routes.get("/site/assets/{name}", this::siteAsset);
        routes.get("/static/{name}", this::ownAsset);
        routes.exception(
                InputException.class,
                (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                        .contentType("text/plain; charset=utf-8")
                        .result(e.getMessage() + "\n"));
    }

    private void queuePage(Context ctx) {
        Filter filter = Filter.of(ctx);
        DraftQueue.Snapshot snapshot = queue.current();
        List<Row> shown = snapshot.rows().stream().filter(filter).toList();
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, intParam(ctx.queryParam("page"), 1)), pages);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : shown.subList((page - 1) * PAGE_SIZE, Math.min(shown.size(), page * PAGE_SIZE))) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", row.id());
            r.put("url", "/drafts/" + row.id() + filter.query());
            r.put("title", row.draft().article().question());
            r.put("path", row.draft().article().draftPath());
            r.put("category", row.category());
            r.put("status", row.statusLabel());
            r.put("words", row.words());
            r.put("errors", row.errors());
            r.put("warnings", row.warnings());
            r.put("checks", row.checks());
            r.put("badSource", row.badSource());
            rows.add(r);
        }
        Map<String, Object> model = base(ctx);
        model.put("rows", rows);
        model.put("total", snapshot.rows().size());
        model.put("shown", shown.size());
        model.put("clean", shown.stream().filter(Row::clean).count());
        model.put("page", page);
        model.put("pages", pages);
        model.put("pageQuery", filter.query().isEmpty() ? "?" : filter.query() + "&");
        model.put("filter", filter.fields());
        model.put("statuses", List.of("draft", "approved", "rejected", "published", "edited"));
        model.put("categories", snapshot.categories());
        model.put("rules", snapshot.rules());
        model.put("severities", List.of("error", "warning", "note"));
        model.put("first", shown.isEmpty() ? "" : "/drafts/" + shown.get(0).id() + filter.query());
        html(ctx, HttpStatus.OK, "queue.ftlh", model);
    }

    private void approveClean(Context ctx) {
        Filter filter = Filter.posted(ctx);
        int approved = 0;
        synchronized (writing) {
            try (FolderLock lock = lock()) {
                for (Row row : queue.current().rows().stream()
                        .filter(filter)
                        .filter(Row::clean)
                        .toList()) {
                    if (actions.approve(row.draft(), row.findings(), false).outcome()
                            == ReviewActions.Outcome.APPROVED) {
                        approved++;
                    }
                }
            }
        }
        String query = filter.query();
        ctx.redirect("/" + (query.isEmpty() ? "?" : query + "&") + "msg=clean&n=" + approved, HttpStatus.SEE_OTHER);
    }

    /**
     * A draft's page: the preview beside its findings and sources, the buttons; with {@code edit}, the whole
     * file in a text area (or {@code text}, what a refused save held, so that nothing typed is lost).
     */
    private void draftPage(
            Context ctx, boolean edit, @Nullable String message, @Nullable String text, HttpStatus status) {
        Optional<Row> found = queue.current().find(ctx.pathParam("id"));
        if (found.isEmpty()) {
            gone(ctx);
            return;
        }
        Row row = found.get();
        Filter filter = Filter.of(ctx);
        FileNow file = FileNow.read(row);
        if (file == null) {
            gone(ctx);
            return;
        }
        List<Finding> findings = DraftView.located(row, file.text());
        Map<String, Object> model = base(ctx);
        model.putAll(DraftView.model(row, findings));
        model.put("hash", file.hash());
        model.put("editing", edit);
        model.put("markdown", text != null ? text : file.text());
        model.put("filter", filter.fields());
        model.put("query", filter.query());
        List<Row> order = queue.current().rows().stream().filter(filter).toList();
        int at = order.indexOf(row);
        model.put("previous", at > 0 ? "/drafts/" + order.get(at - 1).id() + filter.query() : "");
        model.put(
                "next",
                at >= 0 && at + 1 < order.size()
                        ? "/drafts/" + order.get(at + 1).id() + filter.query()
                        : "");
        model.put("position", at + 1);
        model.put("count", order.size());
        if (message != null) {
            model.put("message", message);
            model.put("messageKind", "refused");
        }
        html(ctx, status, "draft.ftlh", model);
    }

    private void previewPage(Context ctx) {
        DraftQueue.Snapshot snapshot = queue.current(); // once: it looks at every draft file
        Optional<Row> row = snapshot.find(ctx.pathParam("id"));
        if (row.isEmpty()) {
            gone(ctx);
            return;
        }
        Preview shown = preview;
        if (shown == null) {
            shown = previewMaker.get();
            preview = shown;
        }
        FileNow file = FileNow.read(row.get());
        if (file == null) {
            gone(ctx);
            return;
        }
        ctx.header("Content-Security-Policy", PREVIEW_POLICY);
        ctx.contentType("text/html; charset=utf-8")
                .result(shown.render(
                        row.get(),
                        DraftView.located(row.get(), file.text()),
                        settings.clock().instant(),
                        snapshot.rows()));
    }

    private void approve(Context ctx) {
        change(
                ctx,
                row -> {
                    ReviewActions.Approval approval = actions.approve(row.draft(), row.findings(), false, row.edited());
                    return switch (approval.outcome()) {
                        case APPROVED -> null;
                        case ALREADY_PUBLISHED -> "Not approved: this draft is published already.";
                        case HAS_ERRORS ->
                            "Not approved: this draft has " + approval.errors() + " lint error"
                                    + (approval.errors() == 1 ? "" : "s")
                                    + " (listed below). Fix them with Edit, or reject it.";
                    };
                },
                "approved");
    }

    private void reject(Context ctx) {
        String note = Optional.ofNullable(ctx.formParam("note")).orElse("").strip();
        change(
                ctx,
                row -> {
                    if (note.isEmpty()) {
                        return "Not rejected: say why in the Note field (it goes into the draft, and into the"
                                + " prompts when the draft is generated again).";
                    }
                    actions.reject(row.draft(), note);
                    return null;
                },
                "rejected");
    }

    /** A change to one draft: refused, showing the draft as it is now, when its file changed since the page was. */
    private void change(Context ctx, java.util.function.Function<Row, @Nullable String> work, String done) {
        String opened = Optional.ofNullable(ctx.formParam("hash")).orElse("");
        String refusal;
        synchronized (writing) {
            try (FolderLock lock = lock()) {
                Optional<Row> row = queue.current().find(ctx.pathParam("id"));
                if (row.isEmpty()) {
                    gone(ctx);
                    return;
                }
                String now = ReviewActions.fileHash(row.get().file());
                refusal = !now.equals(opened)
                        ? "Nothing was done: this draft changed since you opened it (in another tab, an editor or"
                                + " seogen); it is now " + row.get().statusLabel()
                                + statusBy(row.get()) + ". Here it is as it is now."
                        : work.apply(row.get());
            }
        }
        if (refusal != null) {
            draftPage(ctx, false, refusal, null, HttpStatus.CONFLICT);
        } else {
            redirectToDraft(ctx, done);
        }
    }

    private static String statusBy(Row row) {
        String by = row.draft().review().reviewedBy();
        return by == null || row.status() == ReviewStatus.DRAFT ? "" : " (by " + by + ")";
    }

    private void save(Context ctx) {
        String opened = Optional.ofNullable(ctx.formParam("hash")).orElse("");
        String text = Optional.ofNullable(ctx.formParam("markdown"))
                .orElse("")
                .replace("\r\n", "\n"); // browsers send a text area's lines with CRLF
        String refusal = null;
        HttpStatus status = HttpStatus.OK;
        synchronized (writing) {
            try (FolderLock lock = lock()) {
                Optional<Row> row = queue.current().find(ctx.pathParam("id"));
                if (row.isEmpty()) {
                    gone(ctx);
                    return;
                }
                try {
                    actions.save(row.get().file(), text, opened);
                } catch (ReviewActions.Stale e) {
                    refusal = "Not saved: " + e.problems().get(0).message()
                            + ". Your text is kept below: copy it, then open the draft again.";
                    status = HttpStatus.CONFLICT;
                } catch (InputException e) {
                    Problem problem =
                            e.problems().isEmpty() ? null : e.problems().get(0);
                    refusal = "Not saved, the file as it was is kept: "
                            + (problem == null
                                    ? e.getMessage()
                                    : (problem.line() > 0 ? "line " + problem.line() + ": " : "")
                                            + (problem.field().isEmpty() ? "" : problem.field() + ": ")
                                            + problem.message());
                    status = HttpStatus.UNPROCESSABLE_CONTENT;
                }
            }
        }
        if (refusal != null) {
            draftPage(ctx, true, refusal, text, status);
        } else {
            redirectToDraft(ctx, "saved");
        }
    }

    private void redirectToDraft(Context ctx, String message) {
        String query = Filter.posted(ctx).query();
        ctx.redirect(
                "/drafts/" + ctx.pathParam("id") + (query.isEmpty() ? "?" : query + "&") + "msg=" + message,
                HttpStatus.SEE_OTHER);
    }

    private void siteAsset(Context ctx) {
        String name = ctx.pathParam("name");
        if (!SitePublisher.assetNames().contains(name)) {
            ctx.status(HttpStatus.NOT_FOUND).result("no such asset\n");
            return;
        }
        Preview shown = preview;
        if (shown == null) {
            shown = previewMaker.get();
            preview = shown;
        }
        ctx.contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "image/svg+xml")
                .result(shown.asset(name));
    }

    private void ownAsset(Context ctx) {
        String name = ctx.pathParam("name");
        Map<String, String> types = Map.of(
                "review.js", "text/javascript; charset=utf-8",
                "review.css", "text/css; charset=utf-8",
                "preview.css", "text/css; charset=utf-8");
        String type = types.get(name);
        if (type == null) {
            ctx.status(HttpStatus.NOT_FOUND).result("no such file\n");
            return;
        }
        try (InputStream in = Handlers.class.getResourceAsStream("/review-server/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the review server's " + name + " is missing from its jar");
            }
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void gone(Context ctx) {
        Map<String, Object> model = base(ctx);
        model.put("id", ctx.pathParam("id"));
        html(ctx, HttpStatus.NOT_FOUND, "gone.ftlh", model);
    }

    /** What every page has: the token its forms carry, the reviewer, a message a redirect asked for. */
    private Map<String, Object> base(Context ctx) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("token", guard.token());
        model.put("reviewer", settings.reviewer() == null ? "" : settings.reviewer());
        model.put("drafts", settings.store().root().toString());
        String key = ctx.queryParam("msg");
        if (key != null && MESSAGES.containsKey(key)) {
            String text = MESSAGES.get(key);
            if (key.equals("clean")) {
                int n = intParam(ctx.queryParam("n"), 0);
                text = n == 0
                        ? "No draft of this filter was clean: nothing was approved."
                        : "Approved " + n + " clean draft" + (n == 1 ? "" : "s") + ".";
            }
            model.put("message", text);
            model.put("messageKind", "done");
        }
        return model;
    }

    private void html(Context ctx, HttpStatus status, String template, Map<String, Object> model) {
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        ctx.status(status).contentType("text/html; charset=utf-8").result(pages.render(template, model));
    }

    private FolderLock lock() {
        return FolderLock.take(settings.store().lockFile(), "review serve", PATIENCE, line -> {});
    }

    private static int intParam(@Nullable String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A draft's file as it is now: its text and the hash an edit form carries. */
    private record FileNow(String text, String hash) {
        static @Nullable FileNow read(Row row) {
            try {
                byte[] bytes = Files.readAllBytes(row.file());
                return new FileNow(new String(bytes, StandardCharsets.UTF_8), ReviewActions.hashOf(bytes));
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + row.file() + ": " + e.getMessage(), e);
            }
        }
    }
}
