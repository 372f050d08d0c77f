package org.richlazy.pipeline.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.richlazy.transform.SpecProblem;

/**
 * Every problem found in one config, each located as {@code <file>:<line>} (or the {@code --set}
 * override that gave the value) and named by its key path; thrown together as one
 * {@link ConfigException} with one line per problem.
 */
final class ConfigProblems {
    private final String name;
    private final YamlLines lines;
    private final Map<String, String> overrides;
    private final List<String> problems = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();

    /**
     * @param name      the config's name in messages (its file)
     * @param lines     where each key path is in the file
     * @param overrides dotted key paths set from the command line
     */
    ConfigProblems(String name, YamlLines lines, Map<String, String> overrides) {
        this.name = name;
        this.lines = lines;
        this.overrides = overrides;
    }

    /** A problem with the value or key at {@code path}; the message names the path itself. */
    void add(String path, String message) {
        problems.add(where(path) + ": " + message);
        paths.add(path);
    }

    /** Whether a problem was found at {@code path} or a key below it. */
    boolean anyAt(String path) {
        return paths.stream().anyMatch(p -> p.equals(path) || p.startsWith(path + "."));
    }

    /** A problem with the value at {@code path}: {@code '<path>' <problem>; expected <expected>}. */
    void bad(String path, String problem, String expected) {
        add(path, "'" + path + "' " + problem + "; expected " + expected);
    }

    /**
     * The problems a section's record found in its values ({@link SpecProblem}), each at its key path in the file:
     * the record names the key inside the section at {@code section}.
     */
    void addAll(String section, List<SpecProblem> found) {
        for (SpecProblem p : found) {
            String path = p.path(section);
            add(path, p.message(path));
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<String> all() {
        return List.copyOf(problems);
    }

    /** Throws every problem found so far as one exception; does nothing when there are none. */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        if (problems.size() == 1) {
            throw new ConfigException(problems.get(0), problems);
        }
        throw new ConfigException(name + ": " + problems.size() + " problems in the config:\n  "
                + String.join("\n  ", problems), problems);
    }

    private String where(String path) {
        for (String p = path; !p.isEmpty(); p = ConfigPaths.parent(p)) {
            if (overrides.containsKey(p)) {
                return name + " (--set " + p + ")";
            }
        }
        int line = lines.lineOf(path);
        return line < 0 ? name : name + ":" + line;
    }
}
