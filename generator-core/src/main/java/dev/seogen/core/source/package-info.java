/**
 * Checking that a draft's sources exist and are the works they claim to be: the result of a check
 * ({@link dev.seogen.core.source.SourceCheck}), what the core asks of a checker
 * ({@link dev.seogen.core.source.SourceChecker}) and the rule that decides whether a registry's record is the
 * work a source names ({@link dev.seogen.core.source.RecordMatch}). No HTTP here: the source-check module
 * implements the checker.
 */
@NullMarked
package dev.seogen.core.source;

import org.jspecify.annotations.NullMarked;
