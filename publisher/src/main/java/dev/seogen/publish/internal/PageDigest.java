package dev.seogen.publish.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A digest of what a page is made from: texts, or a tree of maps, lists, strings and numbers (the same
 * whatever the maps' iteration order). Two equal digests, one page. 128 bits of SHA-256.
 */
public final class PageDigest {
    private static final MessageDigest SHA_256 = sha256();

    /** What is hashed, gathered first: one digest of a few hundred bytes costs less than many small updates. */
    private final StringBuilder inputs = new StringBuilder(1024);

    /** A digest of a page made by {@code template}, to which its inputs are added. */
    public PageDigest(String template) {
        text(template);
    }

    /** The digest of a page made by {@code template} from {@code model}. */
    public static String of(String template, Object model) {
        return new PageDigest(template).data(model).value();
    }

    public PageDigest text(String text) {
        tag('s', text.length());
        inputs.append(text);
        return this;
    }

    public PageDigest number(long number) {
        tag('n', 0);
        inputs.append(number);
        return this;
    }

    public PageDigest data(@Nullable Object value) {
        if (value == null) {
            tag('z', 0);
        } else if (value instanceof CharSequence text) {
            text(text.toString());
        } else if (value instanceof Number || value instanceof Boolean) {
            tag('n', 0);
            text(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            tag('m', map.size());
            List<String> keys = new ArrayList<>();
            map.keySet().forEach(k -> keys.add(k.toString()));
            keys.sort(null);
            for (String key : keys) {
                text(key);
                data(map.get(key));
            }
        } else if (value instanceof List<?> list) {
            tag('l', list.size());
            list.forEach(this::data);
        } else {
            throw new IllegalArgumentException("a page input must be data, not a " + value.getClass());
        }
        return this;
    }

    public String value() {
        try {
            byte[] sha =
                    ((MessageDigest) SHA_256.clone()).digest(inputs.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 16);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 of every Java clones", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A kind and a length (in UTF-16 units) before each value: no two different inputs give the same text. */
    private void tag(char kind, int length) {
        inputs.append(kind).append(length).append(':');
    }
}
