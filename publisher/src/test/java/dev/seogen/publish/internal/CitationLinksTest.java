package dev.seogen.publish.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationLinksTest {
    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void eachCitationOfASourceLinksToItsEntryInTheList() {
        assertThat(markdown.toHtml("An alias [1], and a rule [1, 2].", Set.of(1, 2)))
                .contains("alias [<a href=\"#source-1\">1</a>]")
                .contains("rule [<a href=\"#source-1\">1</a>, <a href=\"#source-2\">2</a>]");
    }

    @Test
    void codeLinksAndNumbersThatAreNoSourceStayAsTheyAre() {
        String html = markdown.toHtml(
                "Use `arr[1]`, see [the spec [1]](https://example.com), in [2020], and [3].\n\n```\nx[1]\n```\n",
                Set.of(1, 2));

        assertThat(html)
                .contains("<code>arr[1]</code>")
                .contains("<a rel=\"nofollow\" href=\"https://example.com\">the spec [1]</a>")
                .contains("in [2020], and [3].")
                .contains("x[1]")
                .doesNotContain("#source-3", "#source-2020");
    }

    @Test
    void gitHubTablesAndStrikethroughRenderAndTheirCellsStayEscaped() {
        String html = markdown.toHtml(
                "| Record | Checks |\n|---|---|\n| SPF [1] | the sender's IP <b>x</b> |\n\n~~old~~ new\n", Set.of(1));

        assertThat(html)
                .contains("<table>", "<th>Record</th>", "<td>SPF [<a href=\"#source-1\">1</a>]</td>")
                .contains("&lt;b&gt;x&lt;/b&gt;")
                .contains("<del>old</del> new");
    }
}
