/** Topic lists in YAML or CSV: what to write about, validated line by line. */
@NullMarked
package dev.seogen.core.topic;

import org.jspecify.annotations.NullMarked;
