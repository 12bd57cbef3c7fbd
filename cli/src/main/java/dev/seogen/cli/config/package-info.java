/** Settings from flags, the environment, seogen.yaml and defaults, resolved once in that order. */
@NullMarked
package dev.seogen.cli.config;

import org.jspecify.annotations.NullMarked;
