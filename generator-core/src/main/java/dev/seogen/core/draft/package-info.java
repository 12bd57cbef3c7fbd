/** Drafts on disk: one Markdown file with YAML front matter per article, written atomically. */
@NullMarked
package dev.seogen.core.draft;

import org.jspecify.annotations.NullMarked;
