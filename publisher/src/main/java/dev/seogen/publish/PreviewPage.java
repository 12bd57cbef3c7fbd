package dev.seogen.publish;

import java.util.Map;

/**
 * An article's page rendered for a preview: its HTML, and the address of each in-text link it has with the
 * id of the draft that link goes to, so that a preview can send the reader to that draft instead.
 */
public record PreviewPage(String html, Map<String, String> linkedDrafts) {
    public PreviewPage {
        linkedDrafts = Map.copyOf(linkedDrafts);
    }
}
