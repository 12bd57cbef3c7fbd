package dev.seogen.core.storage;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Texts in seogen's binary cache files: the length of the UTF-8 bytes as an int, then the bytes. Any length
 * (unlike DataOutputStream.writeUTF), and read straight from the file's bytes.
 */
public final class LengthPrefixed {
    private LengthPrefixed() {}

    public static void write(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The next text of {@code in}; an impossible length means a damaged file. */
    public static String read(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalStateException("damaged: a text of " + length + " bytes");
        }
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
