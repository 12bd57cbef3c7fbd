package dev.seogen.library.internal;

import dev.seogen.core.library.LibraryDocument;
import dev.seogen.core.library.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a document into passages of {@value #MIN_WORDS} to {@value #MAX_WORDS} words on paragraph
 * boundaries: short enough for the embedding model, which reads about 256 word pieces (some 180 words), and
 * long enough to hold a claim and its context. A passage never spans two sections (so its headings are
 * exact, and a short section is a short passage); a paragraph over the limit is cut between sentences.
 */
public final class Passages {
    public static final int MIN_WORDS = 100;
    public static final int MAX_WORDS = 180;
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");

    private Passages() {}

    public static List<Passage> split(LibraryDocument document, List<Block> blocks) {
        List<Passage> passages = new ArrayList<>();
        List<String> headings = List.of();
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (Block block : blocks) {
            for (String piece : pieces(block.text())) {
                int pieceWords = words(piece);
                boolean newSection = !block.headings().equals(headings);
                if (words > 0 && (newSection || words >= MIN_WORDS || words + pieceWords > MAX_WORDS)) {
                    passages.add(new Passage(document, passages.size(), headings, text.toString()));
                    text.setLength(0);
                    words = 0;
                }
                headings = block.headings();
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(piece);
                words += pieceWords;
            }
        }
        if (words > 0) {
            passages.add(new Passage(document, passages.size(), headings, text.toString()));
        }
        return passages;
    }

    /** The paragraph, or pieces of it of at most {@link #MAX_WORDS} words cut between sentences. */
    private static List<String> pieces(String paragraph) {
        if (words(paragraph) <= MAX_WORDS) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int words = 0;
        for (String sentence : SENTENCE_END.split(paragraph)) {
            for (String part : byWords(sentence)) {
                int partWords = words(part);
                if (words > 0 && words + partWords > MAX_WORDS) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                    words = 0;
                }
                piece.append(piece.length() > 0 ? " " : "").append(part);
                words += partWords;
            }
        }
        if (words > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** A sentence over the limit (a table flattened to text, say), cut every {@link #MAX_WORDS} words. */
    private static List<String> byWords(String sentence) {
        String[] all = sentence.strip().split("\\s+");
        if (all.length <= MAX_WORDS) {
            return List.of(sentence.strip());
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < all.length; i += MAX_WORDS) {
            parts.add(String.join(" ", java.util.Arrays.copyOfRange(all, i, Math.min(all.length, i + MAX_WORDS))));
        }
        return parts;
    }

    static int words(String text) {
        int count = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
