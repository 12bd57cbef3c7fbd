package dev.seogen.library;

/** A file of the library that is not indexed, by its path in the library, and why. */
public record SkippedFile(String path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
