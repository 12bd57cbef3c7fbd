package dev.seogen.core.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of a draft file each finding is about, found from its location: a front matter key ("title",
 * "description"), a source's entry ("source [3]"), a section's heading ("section 2", "section 2.1"), the
 * summary's heading, the first citation of an id ("[4]"), or the body's first line ("intro", "body").
 */
public final class FindingLines {
    private static final Pattern KEY = Pattern.compile("([a-z_]+):.*");
    private static final Pattern SOURCE_ID = Pattern.compile("\\s*-?\\s*id:\\s*\"?(\\d+)\"?\\s*");
    private static final Pattern SECTION = Pattern.compile("section (\\d+)(?:\\.(\\d+))?");
    private static final Pattern SOURCE = Pattern.compile("source \\[(\\d+)]");
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    /** The locations that are front matter keys of the same name. */
    private static final Set<String> KEYS =
            Set.of("title", "description", "question", "slug", "category", "keywords", "language");

    private final Map<String, Integer> keys = new HashMap<>();
    private final Map<Integer, Integer> sources = new HashMap<>();
    /** The line of each ## heading, and of the ### headings under it. */
    private final List<Integer> sections = new ArrayList<>();

    private final List<List<Integer>> subsections = new ArrayList<>();
    private final List<String> lines;
    private int bodyStart;

    private FindingLines(String text) {
        this.lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
        read();
    }

    /** {@code findings} with their lines in {@code fileText}, the draft file they are about. */
    public static List<Finding> locate(List<Finding> findings, String fileText) {
        FindingLines lines = new FindingLines(fileText);
        return findings.stream()
                .map(f -> f.withLine(lines.lineOf(f.location())))
                .toList();
    }

    private void read() {
        int i = 0;
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return;
        }
        boolean inSources = false;
        for (i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                break;
            }
            Matcher key = KEY.matcher(line);
            if (key.matches()) {
                keys.putIfAbsent(key.group(1), i + 1);
                inSources = key.group(1).equals("sources");
                continue;
            }
            Matcher id = SOURCE_ID.matcher(line);
            if (inSources && id.matches()) {
                sources.putIfAbsent(Integer.parseInt(id.group(1)), i + 1);
            }
        }
        String fence = null;
        for (i = i + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fenceLine = FENCE.matcher(line);
            if (fenceLine.matches()) {
                String marker = fenceLine.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    fence = null;
                }
            }
            if (bodyStart == 0 && !line.isBlank()) {
                bodyStart = i + 1;
            }
            if (fence != null) {
                continue;
            }
            if (line.startsWith("## ") || line.equals("##")) {
                sections.add(i + 1);
                subsections.add(new ArrayList<>());
            } else if ((line.startsWith("### ") || line.equals("###")) && !subsections.isEmpty()) {
                subsections.get(subsections.size() - 1).add(i + 1);
            }
        }
    }

    private int lineOf(String location) {
        if (KEYS.contains(location)) {
            return keys.getOrDefault(location, 0);
        }
        Matcher section = SECTION.matcher(location);
        if (section.matches()) {
            int n = Integer.parseInt(section.group(1)) - 1;
            if (n >= sections.size()) {
                return 0;
            }
            if (section.group(2) == null) {
                return sections.get(n);
            }
            int m = Integer.parseInt(section.group(2)) - 1;
            return m < subsections.get(n).size() ? subsections.get(n).get(m) : sections.get(n);
        }
        Matcher source = SOURCE.matcher(location);
        if (source.matches()) {
            return sources.getOrDefault(Integer.parseInt(source.group(1)), keys.getOrDefault("sources", 0));
        }
        if (location.equals("summary")) {
            return sections.isEmpty() ? bodyStart : sections.get(sections.size() - 1);
        }
        Matcher citation = CITATION.matcher(location);
        if (citation.matches()) {
            for (int i = Math.max(bodyStart - 1, 0); i < lines.size(); i++) {
                if (lines.get(i).contains(location)) {
                    return i + 1;
                }
            }
            return bodyStart;
        }
        return bodyStart; // "intro", "body": where the text begins
    }
}
