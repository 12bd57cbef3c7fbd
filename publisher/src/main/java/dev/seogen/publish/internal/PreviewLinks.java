package dev.seogen.publish.internal;

import dev.seogen.core.draft.DraftHeader;
import dev.seogen.publish.AutoLink;
import dev.seogen.publish.SiteSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-text links of one article's preview: those publish would make, among the drafts that would be
 * published with it, and which draft each goes to. Not thread-safe: one per preview.
 */
public final class PreviewLinks {
    private final LinkTerms.Linker linker;
    private final Map<String, String> ids; // by page path, each draft's id
    private final String root;

    private PreviewLinks(LinkTerms.Linker linker, Map<String, String> ids, String root) {
        this.linker = linker;
        this.ids = ids;
        this.root = root;
    }

    /**
     * The links of {@code self}'s page among {@code site} (its own header in it or not), in {@code settings}'
     * languages and paths; links start with {@code root}, the site's path.
     */
    public static PreviewLinks of(DraftHeader self, List<DraftHeader> site, SiteSettings settings, String root) {
        List<DraftHeader> all = new ArrayList<>(List.of(self));
        site.stream().filter(other -> !other.id().equals(self.id())).forEach(all::add);
        all.sort(DraftHeader.BY_PATH); // as publish has them
        LanguageVersions versions =
                LanguageVersions.of(all, settings.baseUrl(), settings.language(), settings.defaultLanguageAtRoot());
        List<String> paths = all.stream().map(versions::path).toList();
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ids.putIfAbsent(paths.get(i), all.get(i).id());
        }
        LinkTerms.Linker linker = LinkTerms.of(paths, all)
                .linker(all.indexOf(self), self.language().value(), self.keywords(), root);
        return new PreviewLinks(linker, ids, root);
    }

    /** What visits the page's Markdown and makes its links. */
    public LinkTerms.Linker linker() {
        return linker;
    }

    /** The address of each link made so far, with the id of the draft it goes to. */
    public Map<String, String> linked() {
        Map<String, String> linked = new HashMap<>();
        for (AutoLink link : linker.links()) {
            linked.put(root + link.target() + "/", ids.get(link.target()));
        }
        return linked;
    }
}
