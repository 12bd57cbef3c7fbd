package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A section the outline plans: its heading, what it covers, its sub-section headings, the sources it cites. */
public record PlannedSection(String heading, String covers, List<String> subsections, List<Integer> sourceIds) {
    public PlannedSection {
        requireNonNull(heading, "heading");
        requireNonNull(covers, "covers");
        subsections = List.copyOf(subsections);
        sourceIds = List.copyOf(sourceIds);
    }
}
