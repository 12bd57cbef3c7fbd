/**
 * The model clients: {@link dev.seogen.llm.LlmArticleModel} implements the core's
 * {@link dev.seogen.core.model.ArticleModel} over OpenAI-compatible and Anthropic endpoints. No LangChain4j
 * type appears in this package's API.
 */
@NullMarked
package dev.seogen.llm;

import org.jspecify.annotations.NullMarked;
