/**
 * What the pipeline asks of a language model, in core records: an outline for a topic, each section
 * written from its sources, then the intro and summary. The {@code llm-adapter} module implements it.
 */
@NullMarked
package dev.seogen.core.model;

import org.jspecify.annotations.NullMarked;
