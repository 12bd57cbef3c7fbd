package dev.seogen.library.internal;

import dev.seogen.core.library.LibraryDocument;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one document of the library by its kind (its file name's ending), with the fields {@code
 * library.yaml} gives for it laid over its own; anything that cannot be indexed is {@link Unreadable}, saying
 * why.
 */
public final class DocumentReader {
    /** The endings of the files a library reads. */
    public static final Set<String> KINDS = Set.of("md", "markdown", "txt", "html", "htm", "pdf");

    private DocumentReader() {}

    /** A document and its paragraphs, read and ready to split into passages. */
    public record Readout(LibraryDocument document, List<Block> blocks) {
        public Readout {
            blocks = List.copyOf(blocks);
        }
    }

    public static String kind(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/')
                ? ""
                : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static Readout read(String path, byte[] bytes, Metadata override) throws Unreadable {
        String kind = kind(path);
        if (!KINDS.contains(kind)) {
            throw new Unreadable("it is not a kind of document seogen reads (.md, .txt, .html, .pdf)");
        }
        if (bytes.length == 0) {
            throw new Unreadable("it is empty");
        }
        Parsed parsed = switch (kind) {
            case "pdf" -> PdfReader.read(bytes);
            case "html", "htm" -> HtmlReader.read(text(bytes, true));
            case "txt" -> MarkdownReader.read(text(bytes, false), false);
            default -> MarkdownReader.read(text(bytes, false), true);
        };
        if (parsed.blocks().isEmpty()) {
            throw new Unreadable("it has no text");
        }
        LibraryDocument document = override.over(parsed.metadata()).toDocument(path);
        return new Readout(document, parsed.blocks());
    }

    /** Strict UTF-8 (HTML may also be Latin-1, as its default was), refusing binary files. */
    private static String text(byte[] bytes, boolean html) throws Unreadable {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                throw new Unreadable("it is a binary file, not text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            if (html) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
            throw new Unreadable("it is not UTF-8 text; save it as UTF-8");
        }
    }
}
