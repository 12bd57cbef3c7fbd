package dev.seogen.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small library the tests write: a Markdown guide with front matter, an HTML page with navigation around
 * its article, a PDF made here with PDFBox, a library.yaml, and the files that must be skipped (a binary, an
 * empty file, a text without a title, an encrypted PDF, a broken PDF).
 */
final class FixtureLibrary {
    static final String DNS = """
            ---
            title: How DNS resolvers cache answers
            url: https://docs.example.com/dns/caching
            authors: ["Mockapetris, P."]
            year: 1987
            publisher: Example Docs
            ---

            # Caching in resolvers

            A recursive resolver keeps every answer it receives for as long as the record's time to live (TTL)
            allows. Until the TTL runs out, the resolver answers from its cache and does not ask the
            authoritative name servers again, which makes lookups fast and spares the servers.

            ## Negative answers

            A resolver also remembers that a name does not exist (NXDOMAIN), for the duration given by the
            zone's SOA record, so that repeated lookups of a missing name stay cheap.
            """;

    static final String TLS = """
            <!doctype html>
            <html><head>
              <title>The TLS 1.3 handshake</title>
              <link rel="canonical" href="https://docs.example.com/tls/handshake">
              <meta name="author" content="Rescorla, E.">
            </head><body>
              <header><a href="/">Example Docs</a></header>
              <nav><a href="/">Home</a> <a href="/subscribe">Subscribe to our newsletter</a></nav>
              <main>
                <h1>The TLS 1.3 handshake</h1>
                <p>The client sends its key share in the first message, so that the server can derive the session
                keys at once. One round trip later both sides encrypt everything with keys derived by
                Diffie-Hellman.</p>
                <h2>Certificates</h2>
                <p>The server proves who it is by signing the handshake transcript with the private key of its
                certificate, which the client checks against the certificate authorities it trusts.</p>
              </main>
              <footer>Copyright Example Docs. Cookie settings.</footer>
              <script>trackEveryone();</script>
            </body></html>
            """;

    static final String TOMATOES = """
            ---
            title: Growing tomatoes at home
            ---

            Tomato seedlings want full sun, at least six hours a day, and soil that drains well. Water them
            deeply twice a week at the roots rather than a little every day, and tie the stems to a stake as
            they grow so the fruit does not drag them down. Pinch out the side shoots of vine tomatoes.
            """;

    static final List<String> SPF_TEXT = List.of(
            "Sender Policy Framework lets the owner of a domain publish which mail servers may send email for it.",
            "The policy is a TXT record in DNS that lists the permitted addresses and ends with a qualifier such",
            "as -all, telling receivers to reject messages from any other server.");

    private FixtureLibrary() {}

    static Path write(Path folder) throws IOException {
        Path library = Files.createDirectories(folder.resolve("docs"));
        write(library, "dns/caching.md", DNS);
        write(library, "tls/handshake.html", TLS);
        write(library, "garden/tomatoes.md", TOMATOES);
        Files.write(
                Files.createDirectories(library.resolve("email")).resolve("spf.pdf"),
                pdf("SPF explained", "Wong, M.; Schlitt, W.", SPF_TEXT, false));
        Files.write(library.resolve("email/secret.pdf"), pdf("Secret", "Nobody", SPF_TEXT, true));
        write(library, "email/broken.pdf", "%PDF-1.7\nthis is not really a PDF\n");
        Files.write(
                Files.createDirectories(library.resolve("images")).resolve("logo.md"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        write(library, "notes/empty.md", "");
        write(library, "notes/untitled.txt", "Some notes without any title at all.\n");
        write(library, ".git/config", "[core]\n"); // hidden: never looked at
        write(library, "library.yaml", """
                email/spf.pdf:
                  url: https://www.rfc-editor.org/rfc/rfc7208
                  year: 2014
                tls/handshake.html:
                  title: "RFC 8446: The Transport Layer Security Protocol Version 1.3"
                """);
        return library;
    }

    static void write(Path library, String path, String text) throws IOException {
        Path file = library.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A one-page PDF with these lines and this document information; {@code encrypted} asks for a password. */
    static byte[] pdf(String title, String author, List<String> lines, boolean encrypted) throws IOException {
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
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
