package dev.seogen.publish.internal;

import dev.seogen.core.storage.AtomicFile;
import dev.seogen.core.storage.LengthPrefixed;
import dev.seogen.publish.AutoLink;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a published site was made from: for each file the digest of its inputs ("" for files that are always
 * compared byte for byte), and each article's related articles with the digest of what they were chosen
 * from. Only a cache: a missing or damaged manifest, or one made by another build of seogen or theme, makes
 * the next publish render every page again and compare it with the file in the site.
 *
 * @param related for each article (in path order), the positions of its related articles
 * @param links the in-text links of each article's page that has any, by the article's path
 */
public record SiteManifest(
        Map<String, String> pages, String relatedKey, int[][] related, Map<String, List<AutoLink>> links) {
    private static final String MAGIC = "seogen site manifest 4";

    /** Nothing known: every page is rendered. */
    public static final SiteManifest EMPTY = new SiteManifest(Map.of(), "", new int[0][], Map.of());

    public SiteManifest(Map<String, String> pages, String relatedKey, int[][] related) {
        this(pages, relatedKey, related, Map.of());
    }

    /**
     * The manifest of {@code site}, or {@link #EMPTY} when there is none to use. One made by another build
     * than {@code build} names the site's files, with no digest and no related articles.
     */
    public static SiteManifest read(Path file, Path site, String build) {
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (!MAGIC.equals(LengthPrefixed.read(in)) || !site.toString().equals(LengthPrefixed.read(in))) {
                return EMPTY;
            }
            // Made by another build or theme: the files it names are still the site's, its digests mean nothing.
            boolean sameBuild = build.equals(LengthPrefixed.read(in));
            int count = in.getInt();
            Map<String, String> pages = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String page = LengthPrefixed.read(in);
                String digest = LengthPrefixed.read(in);
                pages.put(page, sameBuild ? digest : "");
            }
            if (!sameBuild) {
                return new SiteManifest(pages, "", new int[0][]);
            }
            String relatedKey = LengthPrefixed.read(in);
            int[][] related = new int[in.getInt()][];
            for (int i = 0; i < related.length; i++) {
                related[i] = new int[in.get()];
                for (int j = 0; j < related[i].length; j++) {
                    related[i][j] = in.getInt();
                }
            }
            Map<String, List<AutoLink>> links = new HashMap<>();
            int linked = in.getInt();
            for (int i = 0; i < linked; i++) {
                String page = LengthPrefixed.read(in);
                List<AutoLink> made = new ArrayList<>();
                for (int j = in.get(); j > 0; j--) {
                    made.add(new AutoLink(page, LengthPrefixed.read(in), LengthPrefixed.read(in)));
                }
                links.put(page, made);
            }
            return new SiteManifest(pages, relatedKey, related, links);
        } catch (NoSuchFileException e) {
            return EMPTY;
        } catch (IOException | RuntimeException e) {
            return EMPTY; // damaged: every page is rendered and compared again, and the manifest rewritten
        }
    }

    public void write(Path file, Path site, String build) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(pages.size() * 120 + related.length * 24 + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            LengthPrefixed.write(out, MAGIC);
            LengthPrefixed.write(out, site.toString());
            LengthPrefixed.write(out, build);
            out.writeInt(pages.size());
            for (Map.Entry<String, String> page : pages.entrySet()) {
                LengthPrefixed.write(out, page.getKey());
                LengthPrefixed.write(out, page.getValue());
            }
            LengthPrefixed.write(out, relatedKey);
            out.writeInt(related.length);
            for (int[] positions : related) {
                out.writeByte(positions.length);
                for (int position : positions) {
                    out.writeInt(position);
                }
            }
            out.writeInt(links.size());
            for (Map.Entry<String, List<AutoLink>> page : links.entrySet()) {
                LengthPrefixed.write(out, page.getKey());
                out.writeByte(page.getValue().size());
                for (AutoLink link : page.getValue()) {
                    LengthPrefixed.write(out, link.text());
                    LengthPrefixed.write(out, link.target());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the site manifest", e); // in memory: cannot happen
        }
        AtomicFile.writeCache(file, bytes.toByteArray());
    }
}
