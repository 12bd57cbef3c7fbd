/**
 * {@code seogen review serve}: a local web app for the daily review of drafts, on 127.0.0.1 only. The queue,
 * each draft as the site shows it beside its findings and sources' checks, and approve, reject and edit
 * through the same {@link dev.seogen.core.review.ReviewActions} as the command line.
 */
@NullMarked
package dev.seogen.review.server;

import org.jspecify.annotations.NullMarked;
