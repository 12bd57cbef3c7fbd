/**
 * HTML from drafts, with FreeMarker and CommonMark: the review report now, the static site next. No
 * FreeMarker or CommonMark type appears in this package's API.
 */
@NullMarked
package dev.seogen.publish;

import org.jspecify.annotations.NullMarked;
