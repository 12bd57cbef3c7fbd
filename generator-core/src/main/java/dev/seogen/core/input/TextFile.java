package dev.seogen.core.input;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a file a user gave, strictly UTF-8. A binary file, or one in another encoding (Latin-1 from
 * an old spreadsheet, say), is refused with the line of the first bad byte; a byte order mark is dropped.
 */
public final class TextFile {
    private TextFile() {}

    /** The most a file may hold when no limit is given: more than a config file ever needs. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    /** Reads {@code file}; {@code what} names it in messages ("topic list", "config file"). */
    public static String read(Path file, String what) {
        return read(file, what, DEFAULT_MAX_BYTES, "");
    }

    /**
     * Reads {@code file} if it holds at most {@code maxBytes}, checked before it is read, so that a huge file
     * is refused rather than exhaust the memory; {@code setting} names what raises the limit, when anything does.
     */
    public static String read(Path file, String what, long maxBytes, String setting) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            // Read one byte more than allowed: a file that grows after its size was taken is refused as well.
            bytes = size > maxBytes ? null : in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes == null || bytes.length > maxBytes) {
                throw new InputException(Problem.ofFile(
                        file,
                        "this " + what + " is " + Sizes.format(Math.max(size, maxBytes + 1)) + ", over the limit of "
                                + Sizes.format(maxBytes) + "; "
                                + (setting.isEmpty() ? "is it the right file?" : "raise " + setting + " to read it")));
            }
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(
                    file, "this " + what + " cannot be read: " + e.getClass().getSimpleName()));
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new InputException(new Problem(
                    file, lineAt(bytes, nul), "", "this is a binary file, not a " + what + "; save it as UTF-8 text"));
        }
        String text = decode(file, bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(Path file, byte[] bytes) {
        // The fast decoder replaces a bad byte with U+FFFD; a text without one, or whose bytes hold as many
        // encoded U+FFFD (EF BF BD) as the text has, decoded cleanly. Only a doubtful file is decoded again
        // strictly, for the place of the bad byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0 || count(text, '\uFFFD') == countReplacementBytes(bytes)) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError()) {
            throw new InputException(new Problem(
                    file,
                    lineAt(bytes, in.position()),
                    "",
                    "the file is not UTF-8 (byte 0x%02X at offset %d); save it as UTF-8 (in a spreadsheet: CSV UTF-8)"
                            .formatted(bytes[in.position()] & 0xFF, in.position())));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static int count(String text, char wanted) {
        int count = 0;
        for (int i = text.indexOf(wanted); i >= 0; i = text.indexOf(wanted, i + 1)) {
            count++;
        }
        return count;
    }

    private static int countReplacementBytes(byte[] bytes) {
        int count = 0;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == (byte) 0xEF && bytes[i + 1] == (byte) 0xBF && bytes[i + 2] == (byte) 0xBD) {
                count++;
            }
        }
        return count;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
