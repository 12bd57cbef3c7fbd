package dev.seogen.review.server;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The queue's filter, from the query string (a plain GET form): status, category, rule and severity, each
 * empty for all. Carried to a draft's page, so that next and previous stay within it.
 */
record Filter(String status, String category, String rule, String severity) implements Predicate<Row> {
    static Filter of(Context ctx) {
        return new Filter(param(ctx, "status"), param(ctx, "category"), param(ctx, "rule"), param(ctx, "severity"));
    }

    /** The filter a form posted, from its hidden fields. */
    static Filter posted(Context ctx) {
        return new Filter(form(ctx, "status"), form(ctx, "category"), form(ctx, "rule"), form(ctx, "severity"));
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    private static String form(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }

    @Override
    public boolean test(Row row) {
        return (status.isEmpty() || row.statusLabel().equals(status))
                && (category.isEmpty() || row.category().equalsIgnoreCase(category))
                && (rule.isEmpty() || row.hasRule(rule))
                && (severity.isEmpty() || row.hasSeverity(severity));
    }

    /** The filter as a query string, "" when it lets everything through; starts with '?' otherwise. */
    String query() {
        Map<String, String> fields = fields();
        StringBuilder query = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(query.length() == 0 ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** The fields by name, for the templates. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", status);
        fields.put("category", category);
        fields.put("rule", rule);
        fields.put("severity", severity);
        return fields;
    }
}
