/** The template engine and the Markdown renderer behind the publisher. */
@NullMarked
package dev.seogen.publish.internal;

import org.jspecify.annotations.NullMarked;
