/** Reading the text files users give seogen (topic lists, drafts, settings) strictly and with line numbers. */
@NullMarked
package dev.seogen.core.input;

import org.jspecify.annotations.NullMarked;
