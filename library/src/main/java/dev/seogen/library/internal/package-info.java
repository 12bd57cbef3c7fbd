/** How documents are read, split into passages and embedded; nothing outside the library module uses these. */
@NullMarked
package dev.seogen.library.internal;

import org.jspecify.annotations.NullMarked;
