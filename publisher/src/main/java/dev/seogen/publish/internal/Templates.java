package dev.seogen.publish.internal;

import dev.seogen.core.SeogenException;
import dev.seogen.core.input.SafeText;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * FreeMarker, configured once: templates from the {@code theme/} folder of the templates module, overridden
 * file by file by a user's theme folder; {@code .ftlh} auto-escapes HTML and {@code .ftlx} XML; an error in
 * a template fails the render instead of printing into the page; fixed locale and time zone.
 */
public final class Templates {
    private final Configuration configuration;

    public Templates(@Nullable Path overrides) {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateLoader(loader(overrides));
        configuration.setObjectWrapper(new SafeTextWrapper());
    }

    /**
     * Every text a template shows goes through {@link SafeText#clean}: a control character in a draft's title
     * would make the feed invalid XML and a page invalid HTML, whatever the escaping.
     */
    private static final class SafeTextWrapper extends DefaultObjectWrapper {
        SafeTextWrapper() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public TemplateModel wrap(@Nullable Object object) throws TemplateModelException {
            return super.wrap(object instanceof String text ? SafeText.clean(text) : object);
        }
    }

    /** Parses the templates {@code names} now rather than at their first use; one that does not parse fails. */
    public void load(String... names) {
        for (String name : names) {
            try {
                configuration.getTemplate(name);
            } catch (IOException e) {
                throw new SeogenException("cannot read the template " + name + ": " + e.getMessage(), e);
            }
        }
    }

    public String render(String name, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new SeogenException("cannot render the template " + name + ": " + e.getMessage(), e);
        }
    }

    private static TemplateLoader loader(@Nullable Path overrides) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrides != null) {
            try {
                loaders.add(new FileTemplateLoader(overrides.toFile()));
            } catch (IOException e) {
                throw new SeogenException("cannot use the theme folder " + overrides + ": " + e.getMessage(), e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "/theme"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }
}
