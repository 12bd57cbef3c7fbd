/**
 * The publisher's reference library: a folder of documents read into a local index by {@link
 * dev.seogen.library.LibraryIndexer} and searched by {@link dev.seogen.library.LuceneLibrary}, which implements
 * the core's {@link dev.seogen.core.library.ReferenceLibrary}. Everything runs in-process, offline.
 */
@NullMarked
package dev.seogen.library;

import org.jspecify.annotations.NullMarked;
