package dev.seogen.core.draft.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A time as YAML 1.1 writes one (https://yaml.org/type/timestamp.html), so that a draft whose front matter
 * PyYAML, ruamel, js-yaml or yq saved again still reads: {@code 2026-12-02}, {@code 2026-12-02T15:01:03Z},
 * {@code 2026-12-02 15:01:03.659000+00:00}, {@code 2026-12-2t15:01:03.5 -05}. A time without a zone is UTC,
 * as YAML says; digits of a fraction beyond nanoseconds are dropped.
 */
final class YamlTimestamp {
    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern DATE_TIME = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
            + "(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]*))?"
            + "(?:[ \\t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?");

    private YamlTimestamp() {}

    /** The instant {@code text} names, or null when it is not a YAML timestamp or not a real date. */
    static @Nullable Instant parse(String text) {
        String value = text.strip();
        try {
            Matcher date = DATE.matcher(value);
            if (date.matches()) {
                return LocalDate.of(number(date, 1), number(date, 2), number(date, 3))
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC);
            }
            Matcher m = DATE_TIME.matcher(value);
            if (!m.matches()) {
                return null;
            }
            LocalDateTime local = LocalDateTime.of(
                    LocalDate.of(number(m, 1), number(m, 2), number(m, 3)),
                    LocalTime.of(number(m, 4), number(m, 5), number(m, 6), nanos(m.group(7))));
            return local.toInstant(offset(m));
        } catch (DateTimeException e) {
            return null; // 2026-02-30, 25:00: the form of a time, but no time
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int nanos(@Nullable String fraction) {
        if (fraction == null || fraction.isEmpty()) {
            return 0;
        }
        String nine = fraction.length() > 9 ? fraction.substring(0, 9) : fraction + "0".repeat(9 - fraction.length());
        return Integer.parseInt(nine);
    }

    private static ZoneOffset offset(Matcher m) {
        if (m.group(8) == null || m.group(8).equals("Z")) {
            return ZoneOffset.UTC;
        }
        int hours = number(m, 10);
        int minutes = m.group(11) == null ? 0 : number(m, 11);
        int sign = m.group(9).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
