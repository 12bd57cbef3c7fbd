/** The registry clients, the URL probe, the address guard, the per-host gates and the cache. */
@NullMarked
package dev.seogen.sources.internal;

import org.jspecify.annotations.NullMarked;
