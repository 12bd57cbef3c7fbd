package dev.seogen.library.internal;

/**
 * A document that is not indexed, and why: binary, empty, encrypted, without a title, with broken front
 * matter. Checked, because each is named once in the index's report and the rest of the library goes on.
 */
public final class Unreadable extends Exception {
    public Unreadable(String reason) {
        super(reason, null, false, false);
    }
}
