/** Writing files so that a crash leaves each one either whole or untouched. */
@NullMarked
package dev.seogen.core.storage;

import org.jspecify.annotations.NullMarked;
