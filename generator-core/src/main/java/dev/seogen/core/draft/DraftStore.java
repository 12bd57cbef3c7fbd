package dev.seogen.core.draft;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.Slug;
import dev.seogen.core.draft.internal.DraftFormat;
import dev.seogen.core.input.TextFile;
import dev.seogen.core.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The drafts folder: {@code <root>/<category-slug>/<slug>.md}. Reads every draft it can, reports the ones
 * it cannot with their path (and leaves them untouched), and writes drafts atomically.
 */
public final class DraftStore {
    private final Path root;

    public DraftStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Where a draft of this article is stored; always inside the root, whatever the article says. */
    public Path pathOf(Article article) {
        return pathOf(article.categorySlug(), article.slug());
    }

    /** Where the draft of {@code slug} in {@code category} is stored. */
    public Path pathOf(Slug category, Slug slug) {
        Path path = root.resolve(category.value()).resolve(slug.value() + ".md").normalize();
        if (!path.startsWith(root) || !path.getParent().getParent().equals(root)) {
            throw new IllegalStateException("draft path " + path + " escapes the drafts folder " + root);
        }
        return path;
    }

    /** Every draft under the root, sorted by path, and a problem for each file that does not read. */
    public DraftScan scan() {
        if (!Files.isDirectory(root)) {
            return new DraftScan(List.of(), List.of());
        }
        List<Draft> drafts = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        for (Path file : markdownFiles()) {
            if (!file.getParent().getParent().equals(root)) {
                unreadable.add(Problem.ofFile(
                        file,
                        "a draft goes one level down, in its category's folder:" + " drafts/<category>/<slug>.md"));
                continue;
            }
            try {
                drafts.add(read(file));
            } catch (InputException e) {
                unreadable.addAll(e.problems());
            }
        }
        return new DraftScan(drafts, unreadable);
    }

    /** Reads one draft, or throws an {@link InputException} naming the file and what is wrong with it. */
    public Draft read(Path file) {
        return DraftFormat.parse(file, TextFile.read(file, "draft"));
    }

    /** Writes a draft to {@link #pathOf}, replacing any earlier version in one step. */
    public Path write(Draft draft) {
        Path path = pathOf(draft.article());
        AtomicFile.write(path, DraftFormat.format(draft).getBytes(StandardCharsets.UTF_8));
        return path;
    }

    /** The bytes {@link #write} would store, for comparisons and previews. */
    public static String format(Draft draft) {
        return DraftFormat.format(draft);
    }

    private List<Path> markdownFiles() {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !isHidden(root.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the drafts in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Temporary files of interrupted writes, and folders such as .git, are not drafts. */
    private static boolean isHidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
