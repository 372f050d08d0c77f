package org.richlazy.pipeline.config;

import java.util.List;

/**
 * A config that cannot be used: every problem found, each with where (file and line, or the
 * {@code --set} override) and its key path. The message has one line per problem.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    public ConfigException(String message) {
        super(message);
        this.problems = List.of(message);
    }

    /** A message summing up several problems, and the problems one per entry. */
    public ConfigException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
