/** The YAML and CSV readers behind {@link dev.seogen.core.topic.TopicListReader}. */
@NullMarked
package dev.seogen.core.topic.internal;

import org.jspecify.annotations.NullMarked;
