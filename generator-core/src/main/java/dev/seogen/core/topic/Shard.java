package dev.seogen.core.topic;

import dev.seogen.core.Sha256;
import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * A stable share of a topic list, {@code index/count} with the index from 0 (as a Kubernetes Indexed Job
 * numbers its pods): a topic belongs to the shard its question's hash falls in, so that n machines split
 * one list without overlap, whatever the order of the list or the other topics in it.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException(
                    "a shard is i/n with n ≥ 1 and i from 0 to n-1 (e.g. 0/3, 1/3, 2/3), got " + index + "/" + count);
        }
    }

    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a shard is i/n with i from 0 to n-1 (e.g. 0/3), got '" + text + "'");
    }

    public boolean includes(Topic topic) {
        if (count == 1) {
            return true;
        }
        byte[] digest = Sha256.of(topic.question().strip().toLowerCase(Locale.ROOT));
        return Math.floorMod(ByteBuffer.wrap(digest).getLong(), count) == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
