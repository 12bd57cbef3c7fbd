/**
 * The batch: for every planned topic an outline, its sections in parallel, then the intro and summary,
 * each step journaled so that a stopped run resumes where it was, and a report of every article's outcome.
 */
@NullMarked
package dev.seogen.core.pipeline;

import org.jspecify.annotations.NullMarked;
