package dev.seogen.cli.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * One setting a user can give as a flag, an environment variable or a {@code seogen.yaml} key, with its
 * default. The parser turns text into a value and throws {@link IllegalArgumentException} with a message
 * that says what is expected; relative paths are resolved against {@code base}, which is the working folder
 * for flags and the environment and the config file's folder for the config file.
 */
public record Setting<T>(String key, String flag, String description, T defaultValue, Parser<T> parser) {

    /** Text to value, or an {@link IllegalArgumentException} that says what is expected. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text, Path base);
    }

    /** {@code llm.requests-per-minute} is read from {@code SEOGEN_LLM_REQUESTS_PER_MINUTE}. */
    public String environmentVariable() {
        return "SEOGEN_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static Setting<Path> folder(String key, String flag, String description, String defaultValue) {
        return new Setting<>(key, flag, description, Path.of(defaultValue), (text, base) -> {
            if (text.isBlank()) {
                throw new IllegalArgumentException("must name a folder");
            }
            return base.resolve(text.strip()).normalize();
        });
    }

    /** A whole number from 1 to {@code max}, such as a concurrency. */
    public static Setting<Integer> count(String key, String flag, String description, int defaultValue, int max) {
        return whole(key, flag, description, defaultValue, 1, max);
    }

    /** A whole number from 0 to {@code max}, such as a number of retries. */
    public static Setting<Integer> atLeastZero(String key, String flag, String description, int defaultValue, int max) {
        return whole(key, flag, description, defaultValue, 0, max);
    }

    private static Setting<Integer> whole(
            String key, String flag, String description, int defaultValue, int min, int max) {
        return new Setting<>(key, flag, description, defaultValue, (text, base) -> {
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            throw new IllegalArgumentException(
                    "must be a whole number from " + min + " to " + max + ", got '" + text + "'");
        });
    }

    public static Setting<String> text(String key, String flag, String description, String defaultValue) {
        return new Setting<>(key, flag, description, defaultValue, (text, base) -> text.strip());
    }

    /** Decimals finer than this are refused: no price or temperature needs them, and they slow arithmetic to a halt. */
    private static final int DECIMAL_PLACES = 12;

    /** A number from {@code min} to {@code max}, with at most 12 decimal places. */
    public static Setting<BigDecimal> decimal(
            String key, String flag, String description, String defaultValue, String min, String max) {
        BigDecimal low = new BigDecimal(min);
        BigDecimal high = new BigDecimal(max);
        return new Setting<>(key, flag, description, new BigDecimal(defaultValue), (text, base) -> {
            try {
                BigDecimal value = new BigDecimal(text.strip());
                if (value.compareTo(low) >= 0 && value.compareTo(high) <= 0 && value.scale() <= DECIMAL_PLACES) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            throw new IllegalArgumentException("must be a number from " + min + " to " + max + " with at most "
                    + DECIMAL_PLACES + " decimal places, got '" + text + "'");
        });
    }

    /** A size in bytes ({@code 4000000}) or with a unit ({@code 4MB}, {@code 512 KB}; 1 MB is 1,000,000 bytes). */
    public static Setting<Long> size(
            String key, String flag, String description, long defaultBytes, long min, long max) {
        return new Setting<>(key, flag, description, defaultBytes, (text, base) -> {
            String value = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
            long unit = value.endsWith("MB") ? 1_000_000 : value.endsWith("KB") ? 1_000 : 1;
            String number = unit == 1 ? value.replaceAll("B$", "") : value.substring(0, value.length() - 2);
            try {
                BigDecimal bytes = new BigDecimal(number).multiply(BigDecimal.valueOf(unit));
                if (bytes.compareTo(BigDecimal.valueOf(min)) >= 0 && bytes.compareTo(BigDecimal.valueOf(max)) <= 0) {
                    return bytes.longValue();
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            throw new IllegalArgumentException("must be a size from " + min / 1000 + " KB to " + max / 1_000_000
                    + " MB, such as 4MB or 512KB, got '" + text + "'");
        });
    }

    /** Yes or no: {@code true}/{@code false} (also yes/no, on/off). */
    public static Setting<Boolean> bool(String key, String flag, String description, boolean defaultValue) {
        return new Setting<>(key, flag, description, defaultValue, (text, base) -> {
            switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> {
                    return true;
                }
                case "false", "no", "off" -> {
                    return false;
                }
                default -> throw new IllegalArgumentException("must be true or false, got '" + text + "'");
            }
        });
    }

    /** A number of days from 1 to {@code maxDays}: {@code 30} or {@code 30d}. */
    public static Setting<Duration> days(String key, String flag, String description, int defaultDays, int maxDays) {
        return new Setting<>(key, flag, description, Duration.ofDays(defaultDays), (text, base) -> {
            String value = text.strip().toLowerCase(Locale.ROOT);
            value = value.endsWith("d") ? value.substring(0, value.length() - 1).strip() : value;
            long days;
            try {
                days = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number of days such as 30 or 30d, got '" + text + "'");
            }
            if (days < 1 || days > maxDays) {
                throw new IllegalArgumentException("must be from 1 to " + maxDays + " days, got '" + text + "'");
            }
            return Duration.ofDays(days);
        });
    }

    /** A duration from {@code min} to {@code max}, in seconds ({@code 90}) or with a unit ({@code 90s}, {@code 2m}). */
    public static Setting<Duration> seconds(
            String key, String flag, String description, int defaultSeconds, Duration min, Duration max) {
        return new Setting<>(key, flag, description, Duration.ofSeconds(defaultSeconds), (text, base) -> {
            String value = text.strip().toLowerCase(Locale.ROOT);
            Duration duration;
            try {
                if (value.endsWith("ms")) {
                    duration = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
                } else if (value.endsWith("m")) {
                    duration = Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
                } else {
                    duration = Duration.ofSeconds(
                            Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "must be a duration such as 90 (seconds), 90s or 2m, got '" + text + "'");
            } catch (ArithmeticException e) {
                duration = max.plusSeconds(1); // more minutes than a Duration holds: reported as over the range
            }
            if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
                throw new IllegalArgumentException(
                        "must be from " + shown(min) + " to " + shown(max) + ", got '" + text + "'");
            }
            return duration;
        });
    }

    private static String shown(Duration duration) {
        return duration.toSeconds() >= 60 && duration.toSecondsPart() == 0
                ? duration.toMinutes() + "m (" + duration.toSeconds() + " s)"
                : duration.toSeconds() + " s";
    }
}
