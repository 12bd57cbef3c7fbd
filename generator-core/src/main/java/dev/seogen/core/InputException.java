package dev.seogen.core;

import java.util.List;

/**
 * The user's input cannot be used as it is: a topic list, a draft or a setting. Carries every problem
 * found, so that one run shows them all; nothing has been written when it is thrown.
 */
public class InputException extends SeogenException {
    private static final int SHOWN = 20;

    private final List<Problem> problems;

    public InputException(String summary, List<Problem> problems) {
        super(format(summary, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(problem.toString(), List.of(problem));
    }

    /** Input that is wrong as a whole, such as a setting from the environment: the message says it all. */
    public InputException(String message) {
        super(message);
        this.problems = List.of();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(String summary, List<Problem> problems) {
        if (problems.size() == 1 && summary.equals(problems.get(0).toString())) {
            return summary;
        }
        StringBuilder text = new StringBuilder(summary);
        problems.stream().limit(SHOWN).forEach(p -> text.append("\n  ").append(p));
        if (problems.size() > SHOWN) {
            text.append("\n  … and ").append(problems.size() - SHOWN).append(" more");
        }
        return text.toString();
    }
}
