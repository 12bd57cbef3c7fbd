package dev.seogen.cli.config;

/** A setting's value and where it came from: a flag, a variable, {@code seogen.yaml:LINE} or the default. */
public record Resolved<T>(T value, String origin) {
    @Override
    public String toString() {
        String shown =
                value instanceof java.time.Duration duration ? duration.toSeconds() + " s" : String.valueOf(value);
        return shown + " (" + origin + ")";
    }
}
