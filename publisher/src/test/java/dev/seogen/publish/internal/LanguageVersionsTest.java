package dev.seogen.publish.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What of a page's language versions goes into its digest. */
class LanguageVersionsTest {
    private static Map<String, String> link(String hreflang, String url, boolean reversed) {
        Map<String, String> link = new LinkedHashMap<>();
        if (reversed) {
            link.put("locale", "");
            link.put("url", url);
            link.put("hreflang", hreflang);
        } else {
            link.put("hreflang", hreflang);
            link.put("url", url);
            link.put("locale", "");
        }
        return link;
    }

    /**
     * The links' maps iterate in an order that differs from one run of the JVM to the next (Map.of); a digest
     * that took their toString rendered every page of a site in several languages again on each publish.
     */
    @Test
    void theDigestOfTheLinksIsTheSameWhateverTheOrderTheirMapsIterateIn() {
        List<Map<String, String>> one =
                List.of(link("en", "https://e.com/en/a/", false), link("x-default", "https://e.com/en/a/", false));
        List<Map<String, String>> other =
                List.of(link("en", "https://e.com/en/a/", true), link("x-default", "https://e.com/en/a/", true));

        assertThat(one.toString()).isNotEqualTo(other.toString());
        assertThat(LanguageVersions.key(one)).isEqualTo(LanguageVersions.key(other));
        assertThat(LanguageVersions.key(List.of(link("fr", "https://e.com/fr/a/", false))))
                .isNotEqualTo(LanguageVersions.key(one));
    }
}
