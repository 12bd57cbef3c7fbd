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
 * case), then one topic a row; keywords are separated by {@code ;} within their cell. The columns are
 * separated by commas, or by what the header row uses instead: {@code ;} (a spreadsheet in a French, German
 * or Dutch locale) or a tab.
 */
public final class CsvTopicParser {
    private static final String DELIMITERS = ",;\t";
    private static final Pattern ERROR_LINE = Pattern.compile("(?:startline |line: )([\\d,]+)");

    private final TopicCollector collector;
    private char delimiter = ',';

    public CsvTopicParser(TopicCollector collector) {
        this.collector = collector;
    }

    /**
     * The delimiter of the header row: of a comma, a semicolon and a tab, the one it holds most of outside
     * quotes (a comma when it holds none, or as many of another). The column names hold none of them.
     */
    static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length()];
        boolean quoted = false;
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++; // blank lines before the header, which the parser skips too
        }
        for (int i = start; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && DELIMITERS.indexOf(c) >= 0) {
                counts[DELIMITERS.indexOf(c)]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS.charAt(best);
    }

    private static String name(char delimiter) {
        return switch (delimiter) {
            case ';' -> "semicolons (;)";
            case '\t' -> "tabs";
            default -> "commas";
        };
    }

    public void parse(String text) {
        LineIndex lines = new LineIndex(text);
        delimiter = delimiter(text);
        if (delimiter != ',') {
            collector.warning(
                    lines.lineOf(0),
                    "",
                    "the columns are separated by " + name(delimiter) + ", not by commas; read them so");
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
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
                            + " columns; quote values that contain "
                            + (delimiter == ',' ? "a comma" : name(delimiter)));
            return;
        }
        Map<String, RawValue> row = new LinkedHashMap<>();
        for (int column = 0; column < record.size(); column++) {
            String name = header.get(column);
            String value = record.get(column);
            if (name.equals("keywords")) {
                // Where ';' separates the columns, a keyword list is more often written with commas.
                row.put(name, RawValue.list(line, Arrays.asList(value.split(delimiter == ',' ? ";" : "[;,]"))));
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
