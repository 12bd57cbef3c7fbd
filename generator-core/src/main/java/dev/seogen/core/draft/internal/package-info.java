/** The draft file format: front matter and Markdown body, read and written byte for byte. */
@NullMarked
package dev.seogen.core.draft.internal;

import org.jspecify.annotations.NullMarked;
