package dev.seogen.core.model;

import dev.seogen.core.SeogenException;

/**
 * A model step failed for one article: the answers stayed invalid after the repairs allowed, or the
 * endpoint kept failing after the retries allowed. The article is reported as failed; the batch goes on.
 */
public class ModelException extends SeogenException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
