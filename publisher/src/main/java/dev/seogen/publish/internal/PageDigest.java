package dev.seogen.publish.internal;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.MurmurHash3;
import org.jspecify.annotations.Nullable;

/**
 * A digest of what a page is made from: texts, or a tree of maps, lists, strings and numbers (the same
 * whatever the maps' iteration order). Two equal digests, one page. 128 bits of MurmurHash3: a digest
 * tells a page's inputs from their earlier versions, which no one gains by forging (a forged collision would
 * only keep the forger's own page as it was), and a re-publish makes 20,000 of them. SHA-256 took nine times
 * as long under the client compiler seogen runs with.
 */
public final class PageDigest {
    /**
     * Each thread's buffers, reused from page to page: ten thousand pages digested in a re-publish would
     * otherwise allocate tens of megabytes, and a collection in a one-second run is a tenth of it.
     */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private static final class Buffers {
        final StringBuilder text = new StringBuilder(2048);
        char[] chars = new char[2048];
        byte[] bytes = new byte[chars.length * 3]; // a character takes three bytes at most
        boolean inUse;
    }

    /** What is hashed, gathered first: one digest of a few hundred bytes costs less than many small updates. */
    private final StringBuilder inputs;

    private final @Nullable Buffers buffers;

    /** A digest of a page made by {@code template}, to which its inputs are added. */
    public PageDigest(String template) {
        Buffers mine = BUFFERS.get();
        if (mine.inUse) { // a digest begun on this thread and not finished: this one gets its own
            buffers = null;
            inputs = new StringBuilder(2048);
        } else {
            mine.inUse = true;
            mine.text.setLength(0);
            buffers = mine;
            inputs = mine.text;
        }
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

    /**
     * The digest, as 32 hex digits. The text is hashed as bytes, made in the thread's buffers: an ASCII
     * character as one byte, any other as 0xFF and its two bytes, which no two different texts share.
     */
    public String value() {
        Buffers work = buffers == null ? new Buffers() : buffers;
        int length = inputs.length();
        if (work.chars.length < length) {
            work.chars = new char[length];
            work.bytes = new byte[length * 3];
        }
        char[] chars = work.chars; // copied at once: charAt, a call per character, was most of the time
        inputs.getChars(0, length, chars, 0);
        byte[] bytes = work.bytes;
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                bytes[n++] = (byte) 0xFF;
                bytes[n++] = (byte) (c >>> 8);
                bytes[n++] = (byte) c;
            }
        }
        long[] hash = MurmurHash3.hash128x64(bytes, 0, n, 0);
        work.inUse = false;
        return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]);
    }

    /** A kind and a length (in UTF-16 units) before each value: no two different inputs give the same text. */
    private void tag(char kind, int length) {
        inputs.append(kind).append(length).append(':');
    }
}
