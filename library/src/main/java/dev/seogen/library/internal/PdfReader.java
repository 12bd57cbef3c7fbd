package dev.seogen.library.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF: the text of every page, in paragraphs as PDFBox sees them, and the document information (title and
 * author; its keywords and dates say nothing a citation needs). An encrypted or
 * broken file is {@link Unreadable}.
 */
public final class PdfReader {
    private PdfReader() {}

    public static Parsed read(byte[] bytes) throws Unreadable {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new Unreadable(
                        "it is an encrypted PDF whose text may not be extracted; save it without" + " protection");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n\n");
            String text = stripper.getText(pdf);
            return new Parsed(metadata(pdf.getDocumentInformation()), paragraphs(text));
        } catch (InvalidPasswordException e) {
            throw new Unreadable("it is an encrypted PDF that needs a password; save it without protection");
        } catch (IOException e) {
            throw new Unreadable("it is not a PDF that can be read (" + e.getMessage() + ")");
        }
    }

    private static Metadata metadata(PDDocumentInformation info) {
        String author = info.getAuthor();
        List<String> authors = author == null || author.isBlank()
                ? null
                : Arrays.stream(author.split(";"))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
        // No year: a PDF's creation date is when the file was made (an RFC of 1987 printed in 2024), not when
        // the work was published; library.yaml gives the year.
        return new Metadata(info.getTitle(), authors, null, null, null, null);
    }

    private static List<Block> paragraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\n[ \\t]*\n")) {
            String joined = paragraph.strip().replaceAll("-\n(?=\\p{Ll})", "").replaceAll("\\s*\n\\s*", " ");
            if (!joined.isEmpty()) {
                blocks.add(new Block(List.of(), joined));
            }
        }
        return blocks;
    }
}
