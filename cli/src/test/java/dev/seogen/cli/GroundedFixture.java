package dev.seogen.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The reference library of the grounded tests, written by them (original text): a Markdown page on CNAME
 * records with front matter, an HTML page on the zone apex with navigation around it, a PDF on time to live made
 * here with PDFBox, and a page on tomatoes that no DNS question should be written from.
 */
final class GroundedFixture {
    static final String CNAME_TITLE = "CNAME records explained";
    static final String CNAME_URL = "https://docs.example.com/dns/cname";
    static final String APEX_TITLE = "Records at the zone apex";
    static final String TTL_TITLE = "Time to live in DNS";

    private GroundedFixture() {}

    static Path write(Path project) throws IOException {
        Path docs = Files.createDirectories(project.resolve("docs"));
        write(docs, "dns/cname.md", """
                ---
                title: CNAME records explained
                url: https://docs.example.com/dns/cname
                authors: ["Example Docs Team"]
                year: 2021
                publisher: Example Docs
                ---

                # What a CNAME record is

                A CNAME record makes one domain name an alias of another, the canonical name. When a resolver
                looks up the alias and finds a CNAME record, it starts the lookup again at the canonical name and
                returns the records it finds there.

                ## Where a CNAME cannot be used

                A name that has a CNAME record cannot have any other record, so a CNAME cannot sit at the zone
                apex, where the SOA and NS records must be.
                """);
        write(docs, "dns/apex.html", """
                <!doctype html>
                <html><head>
                  <title>Records at the zone apex</title>
                  <link rel="canonical" href="https://docs.example.com/dns/apex">
                  <meta name="author" content="Example Docs Team">
                </head><body>
                  <nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav>
                  <main>
                    <h1>Records at the zone apex</h1>
                    <p>The apex of a DNS zone, the bare domain name such as example.com, always holds the zone's
                    SOA record and its NS records. Because a CNAME record may not share its name with any other
                    record, the apex cannot be an alias; providers offer ALIAS or ANAME records, or flattening, to
                    point the bare name at another host.</p>
                  </main>
                  <footer>Cookie settings</footer>
                </body></html>
                """);
        Files.write(
                docs.resolve("dns/ttl.pdf"),
                pdf(
                        TTL_TITLE,
                        "Example Docs Team",
                        List.of(
                                "Every DNS record carries a time to live, in seconds. A resolver keeps the record in",
                                "its cache for that long and answers from the cache until the time runs out, so a",
                                "change to a CNAME record reaches users only once the old record's TTL has passed.")));
        write(docs, "garden/tomatoes.md", """
                ---
                title: Growing tomatoes at home
                ---

                Tomato seedlings want full sun, at least six hours a day, and soil that drains well. Water them
                deeply twice a week at the roots, and tie the stems to a stake as they grow.
                """);
        return docs;
    }

    private static void write(Path docs, String path, String text) throws IOException {
        Path file = docs.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static byte[] pdf(String title, String author, List<String> lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            pdf.setDocumentInformation(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
