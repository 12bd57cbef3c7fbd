/** Lint rules for drafts, each with an id, a severity and a message that says what to fix. */
@NullMarked
package dev.seogen.core.review;

import org.jspecify.annotations.NullMarked;
