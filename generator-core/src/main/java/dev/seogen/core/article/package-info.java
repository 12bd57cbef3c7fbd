/** The article and its parts, as records: what a draft holds and what the site shows. */
@NullMarked
package dev.seogen.core.article;

import org.jspecify.annotations.NullMarked;
