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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern ERROR_LINE = Pattern.compile("(?:startline |line: )([\\d,]+)");

    private final TopicCollector collector;

    public CsvTopicParser(TopicCollector collector) {
        this.collector = collector;
    }

    public void parse(String text) {
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord headerRecord = records.next();
            List<String> header = header(headerRecord, lines.lineOf(headerRecord.getCharacterPosition()));
            if (header.isEmpty()) {
                return;
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                row(header, record, lines.lineOf(record.getCharacterPosition()));
            }
        } catch (UncheckedIOException e) {
            malformed(e.getCause());
        } catch (IOException e) {
            malformed(e);
        }
    }

    private void malformed(IOException e) {
        String message = String.valueOf(e.getMessage());
        Matcher where = ERROR_LINE.matcher(message);
        int line = where.find() ? Integer.parseInt(where.group(1).replace(",", "")) : 0;
        if (message.contains("EOF reached before encapsulated token finished")) {
            collector.error(
                    line,
                    "",
                    "a quoted value starts on this line and is never closed;"
                            + " add the closing \" (a quote inside a value is written \"\")");
        } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
            collector.error(
                    line,
                    "",
                    "text follows a closing quote; quote the whole value, and write a quote" + " inside it as \"\"");
        } else {
            collector.error(line, "", "not valid CSV: " + message);
        }
    }

    private List<String> header(CSVRecord record, int line) {
        if (record.size() == 1 && record.get(0).contains(";")) {
            collector.error(
                    line,
                    "",
                    "the columns seem to be separated by ';'; seogen reads comma-separated CSV"
                            + " (in a spreadsheet: save as CSV UTF-8, comma-separated)");
            return List.of();
        }
        List<String> names = new ArrayList<>();
        boolean valid = true;
        for (int column = 0; column < record.size(); column++) {
            String name = record.get(column).strip().toLowerCase(Locale.ROOT);
            if (!TopicCollector.FIELDS.contains(name)) {
                collector.error(
                        line,
                        name.isEmpty() ? "column " + (column + 1) : name,
                        "unknown column in the header row; the columns are "
                                + String.join(", ", TopicCollector.FIELDS));
                valid = false;
            } else if (names.contains(name)) {
                collector.error(line, name, "column given twice in the header row; keep one");
                valid = false;
            }
            names.add(name);
        }
        for (String required : List.of("category", "question")) {
            if (!names.contains(required)) {
                collector.error(line, required, "missing column; the header row needs category and question");
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

    /** Line numbers of character positions, so that blank lines and quoted line breaks are counted right. */
    private static final class LineIndex {
        private final int[] starts;
        private final String text;

        LineIndex(String text) {
            this.text = text;
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        /** The line of the record that starts at {@code position}, past the blank lines the parser skipped. */
        int lineOf(long position) {
            int at = (int) position;
            while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                at++;
            }
            int index = Arrays.binarySearch(starts, at);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
