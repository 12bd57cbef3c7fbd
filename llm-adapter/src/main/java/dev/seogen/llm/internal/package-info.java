/** LangChain4j, the HTTP transport, retries, limits, the cache and answer parsing: nothing outside uses these. */
@NullMarked
package dev.seogen.llm.internal;

import org.jspecify.annotations.NullMarked;
