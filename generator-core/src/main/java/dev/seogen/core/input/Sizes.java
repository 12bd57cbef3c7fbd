package dev.seogen.core.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes of files as settings give them and messages show them: {@code 16MB}, {@code 512 KB}, {@code 2g},
 * {@code 1048576} (bytes); units are powers of 1,024.
 */
public final class Sizes {
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,9}) ?([KMGkmg]?)[Bb]?");

    private Sizes() {}

    /** The bytes {@code text} names; throws {@link IllegalArgumentException} saying what a size looks like. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a size; write a whole number of bytes, or of KB, MB, GB: 16MB, 512KB");
        }
        String unit = m.group(2).toUpperCase(Locale.ROOT);
        long bytes = Long.parseLong(m.group(1)) << (unit.isEmpty() ? 0 : 10 * ("KMG".indexOf(unit) + 1));
        if (bytes < 1) {
            throw new IllegalArgumentException("a size must be at least 1 byte, like 16MB; got '" + text + "'");
        }
        return bytes;
    }

    /** {@code bytes} the way people read it: 16 MB, 2.5 GB, 812 bytes. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number =
                value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }
}
