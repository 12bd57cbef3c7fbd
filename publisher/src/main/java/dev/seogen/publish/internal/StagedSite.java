package dev.seogen.publish.internal;

import dev.seogen.publish.AutoLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A publish's new site, written beside the site folder before anything in it changes: the files of the new
 * site, each checked to stay inside it. A page whose inputs have the digest the manifest recorded, and whose
 * file is there, is kept without rendering; the others are rendered, and written to the staging folder when
 * their bytes differ from the current file's. Then {@link #apply} puts what changed in place, and removes
 * only files seogen wrote before. Safe for pages rendered in parallel.
 */
public final class StagedSite {
    /** What a staging folder's name starts with, after the site folder's: seogen's own. */
    private static final String STAGING = ".seogen-new-";

    /** What renders a page: a template's name and its data model in, the page out. */
    public interface Renderer {
        String render(String template, Map<String, Object> model);
    }

    private final Renderer renderer;
    private final Path root;
    private final Path site;
    private final boolean exists;
    /** The files seogen wrote in the last publish, with their inputs' digests: the only ones it may remove. */
    private final Map<String, String> owned;
    /** The digests pages are kept by: the owned files', or none when every page is rendered again. */
    private final Map<String, String> recorded;
    /** Every file of the new site, with the digest of its inputs ("" for files always compared). */
    private final Map<String, String> files;

    private final Set<String> changed;
    /** The folders of the staging folder made so far: each is made once, not asked for again per file. */
    private final Set<Path> folders;
    /** The in-text links of each article page rendered now, by the article's path from the site's root. */
    private final Map<String, List<AutoLink>> links;
    /** What the paths given to this view are below the site's root: "" or a language's "fr/". */
    private final String prefix;

    /**
     * A new site for {@code site}, staged in {@code root}; {@code exists} when the site folder does, whose
     * {@code owned} files (with their inputs' digests) seogen wrote in the last publish; with {@code reuse},
     * a page or card whose inputs' digest is the one recorded, and whose file is there, is not made again.
     */
    public StagedSite(
            Path root, Path site, boolean exists, Map<String, String> owned, boolean reuse, Renderer renderer) {
        this.renderer = renderer;
        this.root = root;
        this.site = site;
        this.exists = exists;
        this.owned = owned;
        this.recorded = reuse ? owned : Map.of();
        this.files = new ConcurrentHashMap<>();
        this.changed = ConcurrentHashMap.newKeySet();
        this.folders = ConcurrentHashMap.newKeySet();
        this.links = new ConcurrentHashMap<>();
        this.prefix = "";
    }

    /** A view of {@code whole}, whose paths are below {@code prefix} from the site's root. */
    private StagedSite(StagedSite whole, String prefix) {
        this.renderer = whole.renderer;
        this.root = whole.root;
        this.site = whole.site;
        this.exists = whole.exists;
        this.owned = whole.owned;
        this.recorded = whole.recorded;
        this.files = whole.files;
        this.changed = whole.changed;
        this.folders = whole.folders;
        this.links = whole.links;
        this.prefix = prefix;
    }

    /** The same output, for paths below {@code folder} ("fr/"). */
    public StagedSite in(String folder) {
        return new StagedSite(this, prefix + folder);
    }

    /** {@code path}, given to this view, from the site's root. */
    public String fromRoot(String path) {
        return prefix + path;
    }

    /** Records the in-text links of the article page at {@code path}, rendered now. */
    public void links(String path, List<AutoLink> made) {
        links.put(prefix + path, made);
    }

    /** A page made by {@code template} from {@code model}, whose inputs have the digest {@code digest}. */
    public void page(String path, String template, String digest, Supplier<Map<String, Object>> model) {
        String relative = prefix + path;
        if (digest.equals(recorded.get(relative)) && Files.exists(site.resolve(relative))) {
            add(relative, digest);
            return;
        }
        write(relative, renderer.render(template, model.get()).getBytes(StandardCharsets.UTF_8), digest);
    }

    /** A card or logo, drawn only when its inputs' digest is not the one recorded, or its file is missing. */
    public void image(String path, SiteCards.Image image) {
        String relative = prefix + path;
        if (image.digest().equals(recorded.get(relative)) && Files.exists(site.resolve(relative))) {
            add(relative, image.digest());
            return;
        }
        write(relative, image.png().get(), image.digest());
    }

    public void write(String path, String text) {
        write(prefix + path, text.getBytes(StandardCharsets.UTF_8), "");
    }

    public void write(String path, byte[] bytes) {
        write(prefix + path, bytes, "");
    }

    private void write(String relative, byte[] bytes, String digest) {
        add(relative, digest);
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || Arrays.asList(relative.split("/")).contains("..")) {
            throw new IllegalStateException("page path " + relative + " leaves the site folder");
        }
        try {
            if (exists && Arrays.equals(current(relative), bytes)) {
                return;
            }
            Path folder = file.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            Files.write(file, bytes);
            changed.add(relative);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private byte @Nullable [] current(String relative) throws IOException {
        try {
            return Files.readAllBytes(site.resolve(relative));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private void add(String relative, String digest) {
        if (files.put(relative, digest) != null) {
            throw new IllegalStateException("two pages at " + relative);
        }
    }

    /** The files written or changed in the staging folder, sorted. */
    public List<String> changed() {
        return changed.stream().sorted().toList();
    }

    /** How many files were written or changed in the staging folder. */
    public int changedCount() {
        return changed.size();
    }

    /** Every file of the new site, by its path from the site's root, with the digest of its inputs. */
    public Map<String, String> files() {
        return Collections.unmodifiableMap(files);
    }

    /** The in-text links of each article page rendered now, by the article's path from the site's root. */
    public Map<String, List<AutoLink>> linksMade() {
        return Collections.unmodifiableMap(links);
    }

    /** A new staging folder for {@code site}, beside it. */
    public static Path stagingFor(Path site) {
        return site.resolveSibling(site.getFileName() + STAGING + UUID.randomUUID());
    }

    /**
     * Puts what changed in place, once every page has rendered: the first time the whole new folder, after
     * that each new or changed file (moved in one step), then removes the owned files (those seogen wrote
     * before) that are no longer part of the site. Nothing else is ever removed. Returns how many were.
     */
    public int apply() {
        int removed = 0;
        try {
            if (!exists) {
                Files.createDirectories(site.getParent());
                Files.move(root, site, StandardCopyOption.ATOMIC_MOVE);
                return 0;
            }
            for (String file : changed()) {
                Path target = site.resolve(file);
                Files.createDirectories(target.getParent());
                Files.move(
                        root.resolve(file),
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> gone = owned.keySet().stream() // sorted once found: usually none of 20,000
                    .filter(file -> !files.containsKey(file))
                    .sorted()
                    .toList();
            for (String file : gone) {
                Path path = site.resolve(file);
                if (Files.deleteIfExists(path)) {
                    removed++;
                    deleteEmptyFolders(site, path.getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the site " + site + ": " + e.getMessage(), e);
        }
        return removed;
    }

    /**
     * The files of the site folder that seogen did not write: neither part of the new site nor of the
     * owned ones, hidden ones and those in hidden folders left out; by path with "/", sorted. Symbolic
     * links are not followed.
     */
    public List<String> others() {
        try (Stream<Path> found = Files.walk(site)) {
            return found.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(f))
                    .map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith(".") && !f.contains("/."))
                    .filter(f -> !files.containsKey(f) && !owned.containsKey(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the site folder " + site + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot list the site folder " + site + ": " + e.getMessage(), e.getCause());
        }
    }

    /**
     * The changed files that would replace a file seogen has no record of writing (a hand-written
     * {@code _redirects}, the {@code index.html} of a folder published into for the first time), sorted.
     */
    public List<String> unrecorded() {
        if (!exists) {
            return List.of();
        }
        return changed().stream()
                .filter(file -> !owned.containsKey(file))
                .filter(file -> Files.exists(site.resolve(file), LinkOption.NOFOLLOW_LINKS))
                .toList();
    }

    /** Removes {@code folder} and its parents up to the site while they are empty. */
    private static void deleteEmptyFolders(Path site, Path folder) throws IOException {
        for (Path f = folder; !f.equals(site) && f.startsWith(site); f = f.getParent()) {
            try (Stream<Path> entries = Files.list(f)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(f);
        }
    }

    /**
     * Removes the staging folders a publish of this site stopped by force left beside it (their names are
     * seogen's own). The caller holds the site's lock, so no other publish is using one.
     */
    public static void removeLeftovers(Path site) {
        Path parent = site.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = site.getFileName() + STAGING;
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(StagedSite::deleteQuietly);
        } catch (IOException e) {
            // nothing to clean that can be seen; the publish goes on
        }
    }

    /** Removes a staging folder and everything in it, as far as it can. */
    public static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A left-over build folder next to the site is harmless; the publish itself is decided already.
        }
    }
}
