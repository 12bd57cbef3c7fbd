/**
 * Checks sources against Crossref, arXiv and the web: {@link dev.seogen.sources.HttpSourceChecker} implements
 * the core's {@link dev.seogen.core.source.SourceChecker}, configured by a
 * {@link dev.seogen.sources.SourceCheckConfig}. No HTTP client type appears in this package's API.
 */
@NullMarked
package dev.seogen.sources;

import org.jspecify.annotations.NullMarked;
