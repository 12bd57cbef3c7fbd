package dev.seogen.cli;

import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.sources.SourceCheckConfig;
import java.nio.file.Path;

/** The sources.* settings, resolved into what the source checker takes; its cache in .seogen/sources/. */
final class SourceOptions {
    private SourceOptions() {}

    static SourceCheckConfig resolve(SettingsResolver resolver, Path state, boolean refresh) {
        String crossref = resolver.resolve(Settings.SOURCES_CROSSREF_URL, null).value();
        String arxiv = resolver.resolve(Settings.SOURCES_ARXIV_URL, null).value();
        String mailto = resolver.resolve(Settings.SOURCES_MAILTO, null).value();
        int concurrency = resolver.resolve(Settings.SOURCES_CONCURRENCY, null).value();
        var timeout = resolver.resolve(Settings.SOURCES_TIMEOUT, null).value();
        var recheckAfter =
                resolver.resolve(Settings.SOURCES_RECHECK_AFTER, null).value();
        boolean allowPrivate =
                resolver.resolve(Settings.SOURCES_ALLOW_PRIVATE_ADDRESSES, null).value();
        resolver.validate();
        try {
            return SourceCheckConfig.defaults()
                    .withRegistries(crossref, arxiv)
                    .withMailto(mailto.isBlank() ? null : mailto)
                    .withTimeout(timeout)
                    .withLimits(concurrency, recheckAfter)
                    .withAllowPrivateAddresses(allowPrivate)
                    .withCache(state.resolve("sources"), refresh);
        } catch (IllegalArgumentException e) {
            throw new dev.seogen.core.InputException("bad sources settings: " + e.getMessage());
        }
    }
}
