package dev.seogen.core.topic.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV topic list as a spreadsheet exports it: a header row naming the columns (any order, any
 * case), then one topic a row; keywords are separated by {@code ;} within their cell.
 */
public final class CsvTopicParser {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final TopicCollector collector;

    public CsvTopicParser(TopicCollector collector) {
        this.collector = collector;
    }

    public void parse(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            long startLine = parser.getCurrentLineNumber() + 1;
            List<String> header = header(records.next(), startLine);
            if (header.isEmpty()) {
                return;
            }
            while (true) {
                startLine = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    collector.error(
                            (int) startLine,
                            "",
                            "a quoted value starts on this line and is never closed;"
                                    + " add the closing \" (a quote inside a value is written \"\")");
                    return;
                }
                row(header, record, (int) startLine);
            }
        } catch (IOException | UncheckedIOException e) {
            collector.error(1, "", "not valid CSV: " + e.getMessage());
        }
    }

    private List<String> header(CSVRecord record, long line) {
        List<String> names = new ArrayList<>();
        boolean valid = true;
        for (int column = 0; column < record.size(); column++) {
            String name = record.get(column).strip().toLowerCase(Locale.ROOT);
            if (!TopicCollector.FIELDS.contains(name)) {
                collector.error(
                        (int) line,
                        name.isEmpty() ? "column " + (column + 1) : name,
                        "unknown column in the header row; the columns are "
                                + String.join(", ", TopicCollector.FIELDS));
                valid = false;
            } else if (names.contains(name)) {
                collector.error((int) line, name, "column given twice in the header row; keep one");
                valid = false;
            }
            names.add(name);
        }
        for (String required : List.of("category", "question")) {
            if (!names.contains(required)) {
                collector.error((int) line, required, "missing column; the header row needs category and question");
                valid = false;
            }
        }
        return valid ? names : List.of();
    }

    private void row(List<String> header, CSVRecord record, int line) {
        if (record.size() > header.size()) {
            collector.error(
                    line,
                    "",
                    "the row has " + record.size() + " values but the header has " + header.size()
                            + " columns; quote values that contain a comma");
            return;
        }
        Map<String, RawValue> row = new LinkedHashMap<>();
        for (int column = 0; column < record.size(); column++) {
            String name = header.get(column);
            String value = record.get(column);
            if (name.equals("keywords")) {
                row.put(name, RawValue.list(line, Arrays.asList(value.split(";"))));
            } else if (!value.isBlank() || isRequired(name)) {
                row.put(name, RawValue.text(line, value));
            }
        }
        collector.add(line, row);
    }

    private static boolean isRequired(String field) {
        return field.equals("category") || field.equals("question");
    }
}
