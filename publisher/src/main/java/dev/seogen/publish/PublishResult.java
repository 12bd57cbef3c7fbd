package dev.seogen.publish;

import java.nio.file.Path;

/** What a publish wrote: how many articles and files, how many of them changed, how many pages went away. */
public record PublishResult(Path folder, int articles, int files, int changed, int removed) {}
