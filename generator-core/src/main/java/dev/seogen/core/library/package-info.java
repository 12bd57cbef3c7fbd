/**
 * What the core asks of the publisher's reference library, the folder of their own documents that grounded
 * articles are written from: its documents' metadata ({@link dev.seogen.core.library.LibraryDocument}), the
 * passages it finds for a question ({@link dev.seogen.core.library.ReferenceLibrary#search}) and a measure of
 * how close a sentence is to a passage ({@link dev.seogen.core.library.TextSimilarity}). No index here: the
 * library module implements them.
 */
@NullMarked
package dev.seogen.core.library;

import org.jspecify.annotations.NullMarked;
