/** What every seogen module shares: the root exception and the problems found in a user's input. */
@NullMarked
package dev.seogen.core;

import org.jspecify.annotations.NullMarked;
