package dev.seogen.review.server;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The server's own pages: FreeMarker templates under {@code /review-server/} on the classpath, {@code .ftlh}
 * so that everything a draft or a model says is HTML-escaped unless a template says otherwise.
 */
final class Pages {
    private final Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);

    Pages() {
        configuration.setClassForTemplateLoading(Pages.class, "/review-server");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setAPIBuiltinEnabled(false);
    }

    String render(String name, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the review server's template " + name, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the review server's template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
