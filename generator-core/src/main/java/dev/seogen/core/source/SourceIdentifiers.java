package dev.seogen.core.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOIs and arXiv ids as sources write them: bare, with a {@code doi:} or {@code arXiv:} prefix, or as a
 * {@code doi.org} or {@code arxiv.org/abs/…} address.
 */
public final class SourceIdentifiers {
    /** Crossref's advice for modern DOIs: "10.", a registrant code of 4 to 9 digits, "/", a suffix. */
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    /** arXiv's identifiers: 2007 on, YYMM.NNNN(N), and before, archive(.SUBJECT)/YYMMNNN; either with vN. */
    private static final Pattern ARXIV =
            Pattern.compile("(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(\\.[A-Z]{2})?/\\d{7})(v\\d+)?");
    /** The DOIs arXiv registers (with DataCite, not Crossref) for its papers: 10.48550/arXiv.ID. */
    private static final Pattern ARXIV_DOI = Pattern.compile("10\\.48550/arxiv\\.(.+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern ARXIV_PATH = Pattern.compile("/(?:abs|pdf)/(.+?)(?:\\.pdf)?/?");

    private SourceIdentifiers() {}

    /** The DOI in "10.1/x", "doi:10.1/x" or "https://doi.org/10.1/x", without its prefix; empty when it is none. */
    public static Optional<String> doi(String text) {
        String doi = text.strip();
        if (doi.regionMatches(true, 0, "doi:", 0, 4)) {
            doi = doi.substring(4).strip();
        }
        Optional<String> fromUrl = doiFromUrl(doi);
        if (fromUrl.isPresent()) {
            return fromUrl;
        }
        return DOI.matcher(doi).matches() ? Optional.of(doi) : Optional.empty();
    }

    /** The DOI a {@code doi.org} (or {@code dx.doi.org}) address resolves. */
    public static Optional<String> doiFromUrl(String url) {
        return uri(url).filter(u -> isHost(u, "doi.org", "dx.doi.org")).flatMap(u -> {
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            String doi = decode(path.startsWith("/") ? path.substring(1) : path);
            return DOI.matcher(doi).matches() ? Optional.of(doi) : Optional.empty();
        });
    }

    /** The arXiv id in "1706.03762", "arXiv:1706.03762v5" or "hep-th/9901001"; empty when it is none. */
    public static Optional<String> arxiv(String text) {
        String id = text.strip();
        if (id.regionMatches(true, 0, "arxiv:", 0, 6)) {
            id = id.substring(6).strip();
        }
        return ARXIV.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** The arXiv id an {@code arxiv.org/abs/…} or {@code arxiv.org/pdf/…} address names. */
    public static Optional<String> arxivFromUrl(String url) {
        return uri(url).filter(u -> isHost(u, "arxiv.org", "export.arxiv.org")).flatMap(u -> {
            Matcher path = ARXIV_PATH.matcher(u.getPath() == null ? "" : u.getPath());
            return path.matches() ? arxiv(path.group(1)) : Optional.empty();
        });
    }

    /** The arXiv id behind a DOI arXiv registered (10.48550/arXiv.1706.03762), which Crossref does not hold. */
    public static Optional<String> arxivFromDoi(String doi) {
        Matcher matcher = ARXIV_DOI.matcher(doi);
        return matcher.matches() ? arxiv(matcher.group(1)) : Optional.empty();
    }

    private static boolean isHost(URI uri, String... hosts) {
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        for (String candidate : hosts) {
            if (host.equals(candidate) || host.equals("www." + candidate)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(new URI(text.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
