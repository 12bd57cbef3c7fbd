package dev.seogen.core.library;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the core asks of the publisher's reference library: the passages that answer a question, best first,
 * from every document or only from those an outline chose. Searching reads a local index and needs no
 * network; an empty list means the library has nothing on the question.
 */
public interface ReferenceLibrary {
    /** At most {@code top} passages for {@code query}, best first, from any document. */
    List<FoundPassage> search(String query, int top);

    /**
     * At most {@code top} passages for {@code query}, best first, only from the documents whose paths are in
     * {@code documents} (such as the ones an outline chose); none when the set is empty.
     */
    List<FoundPassage> search(String query, int top, Set<String> documents);

    /** Every document in the library, by path. */
    List<LibraryDocument> documents();

    /** The document at {@code path} in the library, if it is indexed. */
    Optional<LibraryDocument> document(String path);

    /** The passages of the document at {@code path}, in order; none when it is not indexed. */
    List<Passage> passages(String path);
}
