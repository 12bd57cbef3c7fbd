package dev.seogen.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixture bodies in src/test/resources/wire (see the README there). */
final class Wire {
    private Wire() {}

    static String fixture(String name) {
        try (InputStream in = Wire.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
