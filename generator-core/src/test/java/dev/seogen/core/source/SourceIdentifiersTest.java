package dev.seogen.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceIdentifiersTest {
    @Test
    void readsADoiBareWithItsPrefixOrAsAnAddress() {
        assertThat(SourceIdentifiers.doi("10.1038/nature14539")).contains("10.1038/nature14539");
        assertThat(SourceIdentifiers.doi("doi:10.1038/nature14539")).contains("10.1038/nature14539");
        assertThat(SourceIdentifiers.doi("https://doi.org/10.1002/(SICI)1097-4571%28199009%2941%3A6"))
                .contains("10.1002/(SICI)1097-4571(199009)41:6");
        assertThat(SourceIdentifiers.doi("10.abc/x")).isEmpty();
        assertThat(SourceIdentifiers.doi("nature14539")).isEmpty();
    }

    @Test
    void readsAnArxivIdInBothStylesAndFromItsPages() {
        assertThat(SourceIdentifiers.arxiv("arXiv:1706.03762v5")).contains("1706.03762v5");
        assertThat(SourceIdentifiers.arxiv("hep-th/9901001")).contains("hep-th/9901001");
        assertThat(SourceIdentifiers.arxiv("math.GT/0309136")).contains("math.GT/0309136");
        assertThat(SourceIdentifiers.arxiv("1706.376")).isEmpty();
        assertThat(SourceIdentifiers.arxivFromUrl("https://arxiv.org/abs/1706.03762"))
                .contains("1706.03762");
        assertThat(SourceIdentifiers.arxivFromUrl("https://arxiv.org/pdf/1706.03762v2.pdf"))
                .contains("1706.03762v2");
        assertThat(SourceIdentifiers.arxivFromUrl("https://example.org/abs/1706.03762"))
                .isEmpty();
        assertThat(SourceIdentifiers.arxivFromDoi("10.48550/arXiv.1706.03762")).contains("1706.03762");
    }
}
