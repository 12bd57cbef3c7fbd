/** The core's language detector, implemented with Lingua. */
@NullMarked
package dev.seogen.language;

import org.jspecify.annotations.NullMarked;
