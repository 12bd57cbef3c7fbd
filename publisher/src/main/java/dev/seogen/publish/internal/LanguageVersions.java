package dev.seogen.publish.internal;

import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.draft.DraftHeader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The languages of a site and the versions of each page in them. A site whose articles are in one language
 * is laid out as ever; one with several puts each language under {@code /<language>/} (the site's own at the
 * root when asked), and links the versions of a page to each other: the articles that share a {@code key},
 * the home pages, the category pages of the same slug. The links of a page's versions are one set, the same
 * on each of them, as {@code hreflang} needs (every version names all, itself included, and {@code x-default}).
 */
public final class LanguageVersions {
    /** One page in one language: its language and its address. */
    private record Version(LanguageTag language, String url) {}

    private final URI base;
    private final LanguageTag main;
    private final boolean atRoot;
    /** The site's languages, its own first, then by tag. */
    private final List<LanguageTag> languages;

    private final Map<String, List<Version>> byKey = new HashMap<>();
    private final Map<String, Set<String>> categories = new HashMap<>();

    private LanguageVersions(URI base, LanguageTag main, boolean atRoot, List<LanguageTag> languages) {
        this.base = base;
        this.main = main;
        this.atRoot = atRoot;
        this.languages = languages;
    }

    /** The languages and versions of the site whose pages are {@code headers}, at {@code base}. */
    public static LanguageVersions of(
            Collection<DraftHeader> headers, URI base, LanguageTag main, boolean defaultLanguageAtRoot) {
        Set<LanguageTag> found = new TreeSet<>(
                Comparator.comparing((LanguageTag t) -> !t.equals(main)).thenComparing(LanguageTag::value));
        headers.forEach(h -> found.add(h.language()));
        if (found.isEmpty()) {
            found.add(main);
        }
        LanguageVersions versions = new LanguageVersions(base, main, defaultLanguageAtRoot, List.copyOf(found));
        if (versions.multilingual()) {
            for (DraftHeader h : headers) {
                List<Version> same =
                        h.key().isEmpty() ? null : versions.byKey.computeIfAbsent(h.key(), k -> new ArrayList<>());
                // One version a language: a second of one key in one language (lint's error) links to none.
                if (same != null && same.stream().noneMatch(v -> v.language().equals(h.language()))) {
                    same.add(new Version(h.language(), versions.url(h)));
                }
                versions.categories
                        .computeIfAbsent(h.categorySlug().value(), c -> new TreeSet<>())
                        .add(h.language().value());
            }
            Comparator<Version> order = Comparator.comparing(v -> versions.languages.indexOf(v.language()));
            versions.byKey.values().forEach(list -> list.sort(order));
        }
        return versions;
    }

    /** Whether the site has pages in more than one language. */
    public boolean multilingual() {
        return languages.size() > 1;
    }

    /** The languages of the site's pages: its own first (when it has pages in it), then by tag. */
    public List<LanguageTag> languages() {
        return languages;
    }

    /** The folder a language's pages are in, from the site's root: "" or "fr/" (a tag in lower case). */
    public String prefix(LanguageTag language) {
        if (!multilingual() || (atRoot && language.equals(main))) {
            return "";
        }
        return language.value().toLowerCase(Locale.ROOT) + "/";
    }

    /** Whether a page at the site's root chooses the language (no language's pages are there). */
    public boolean chooserAtRoot() {
        return multilingual() && !atRoot;
    }

    /** The path of an article's page from the site's root, without the final "/". */
    public String path(DraftHeader header) {
        return prefix(header.language()) + header.path();
    }

    private String url(DraftHeader header) {
        return base + path(header) + "/";
    }

    private String home(LanguageTag language) {
        return base + prefix(language);
    }

    /** The versions of an article's page ({@link #links}); none when it is in one language only. */
    public List<Map<String, String>> ofArticle(DraftHeader header) {
        List<Version> versions = header.key().isEmpty() ? List.of() : byKey.getOrDefault(header.key(), List.of());
        String own = url(header);
        if (versions.size() < 2 || versions.stream().noneMatch(v -> v.url().equals(own))) {
            return List.of(); // in one language, or a second version in a language that has one
        }
        Version fallback = versions.stream()
                .filter(v -> v.language().equals(main))
                .findFirst()
                .orElse(versions.get(0));
        return links(versions, fallback.url());
    }

    /** The home pages of every language; {@code x-default} is the site's root. */
    public List<Map<String, String>> ofHome() {
        if (!multilingual()) {
            return List.of();
        }
        List<Version> homes = new ArrayList<>();
        languages.forEach(l -> homes.add(new Version(l, home(l))));
        return links(homes, base.toString());
    }

    /** The first page of the category {@code slug} in each language that has it. */
    public List<Map<String, String>> ofCategory(String slug) {
        Set<String> in = categories.getOrDefault(slug, Set.of());
        if (in.size() < 2) {
            return List.of();
        }
        List<Version> pages = new ArrayList<>();
        for (LanguageTag l : languages) {
            if (in.contains(l.value())) {
                pages.add(new Version(l, home(l) + slug + "/"));
            }
        }
        Version fallback = pages.stream()
                .filter(v -> v.language().equals(main))
                .findFirst()
                .orElse(pages.get(0));
        return links(pages, fallback.url());
    }

    /**
     * What a page links its versions with, as the templates receive it: for each version its
     * {@code hreflang}, {@code url} and Open Graph {@code locale} (fr_FR), then {@code x-default}.
     */
    private static List<Map<String, String>> links(List<Version> versions, String fallback) {
        List<Map<String, String>> links = new ArrayList<>();
        for (Version v : versions) {
            links.add(Map.of("hreflang", v.language().value(), "url", v.url(), "locale", locale(v.language())));
        }
        links.add(Map.of("hreflang", "x-default", "url", fallback, "locale", ""));
        return List.copyOf(links);
    }

    /**
     * What a page's {@code links} are, as a page digest takes it: the same text for the same links in every run
     * (the maps' own order is not, so their {@code toString} would render every page again each time).
     */
    public static String key(List<Map<String, String>> links) {
        StringBuilder key = new StringBuilder();
        for (Map<String, String> link : links) {
            key.append(link.get("hreflang")).append(' ').append(link.get("url")).append('\n');
        }
        return key.toString();
    }

    /** The Open Graph locale of a language: language_TERRITORY, the territory its readers most likely are in. */
    public static String locale(LanguageTag language) {
        Locale audience = language.audience();
        return audience.getCountry().isEmpty()
                ? audience.getLanguage()
                : audience.getLanguage() + "_" + audience.getCountry();
    }

    /**
     * The language switcher of a page in {@code current} whose versions are {@code alternates}: each language
     * by its own name, linking to the page's version in it, else to that language's home page.
     */
    public List<Map<String, Object>> switcher(LanguageTag current, List<Map<String, String>> alternates) {
        if (!multilingual()) {
            return List.of();
        }
        Map<String, String> versions = new TreeMap<>();
        alternates.forEach(a -> versions.put(a.get("hreflang"), a.get("url")));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (LanguageTag l : languages) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("hreflang", l.value());
            entry.put("name", name(l));
            entry.put("url", fromRoot(versions.getOrDefault(l.value(), home(l))));
            entry.put("current", l.equals(current));
            entries.add(entry);
        }
        return entries;
    }

    /** An address of this site as a link from its pages gives it: from the root path on ("/fr/"). */
    private String fromRoot(String url) {
        return base.getRawPath() + url.substring(base.toString().length());
    }

    /** A language by its own name, as a reader of it looks for it: "Deutsch", "Français". */
    static String name(LanguageTag language) {
        Locale locale = language.locale();
        String name = locale.getDisplayName(locale);
        return name.isEmpty() ? language.value() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
