package org.richlazy.ingest.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.text.Excerpt;

/**
 * Neuron names (trimmed, case-sensitive) to matrix indices. Either <em>open</em> (a new name gets
 * the next index, so the order is first appearance) or <em>closed</em> over a given list (a name
 * outside it is an error).
 */
public final class NeuronIndex {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final String closedBy;

    private NeuronIndex(String closedBy) {
        this.closedBy = closedBy;
    }

    /** An index that grows in order of first appearance. */
    public static NeuronIndex open() {
        return new NeuronIndex(null);
    }

    /**
     * An index over a fixed list of names.
     *
     * @param source where the list came from (for errors), e.g. a labels file
     * @throws IngestException if a name appears twice
     */
    public static NeuronIndex closed(List<String> names, String source) {
        return closed(names, source, "");
    }

    /**
     * An index over a fixed list of names read from one part of a file.
     *
     * @param part which part of {@code source} holds the names (e.g. {@code "header"}), or {@code ""}
     * @throws IngestException if a name appears twice, located at {@code part, label 'x'}
     */
    public static NeuronIndex closed(List<String> names, String source, String part) {
        NeuronIndex idx = new NeuronIndex(source);
        for (String n : names) {
            if (n.isBlank()) {
                throw new IngestException(source, (part.isEmpty() ? "" : part + ", ") + "position " + (idx.names.size() + 1),
                        "empty label", "a name for every neuron");
            }
            if (idx.index.putIfAbsent(n, idx.names.size()) != null) {
                throw new IngestException(source, (part.isEmpty() ? "" : part + ", ") + "label " + Excerpt.quote(n),
                        "duplicate label " + Excerpt.quote(n), "each neuron named once");
            }
            idx.names.add(n);
        }
        return idx;
    }

    /**
     * The index of a name; in an open index a new name is added.
     *
     * @param file     the file being read (for errors)
     * @param location where the name was read, e.g. {@code "line 12, column Source"}, made only on error
     * @throws IngestException in a closed index, when the name is not in the list
     */
    public int indexOf(String name, String file, Supplier<String> location) {
        Integer i = index.get(name);
        if (i != null) {
            return i;
        }
        if (closedBy != null) {
            throw new IngestException(file, location.get(), "unknown neuron " + Excerpt.quote(name),
                    "a neuron listed in " + closedBy);
        }
        int next = names.size();
        index.put(name, next);
        names.add(name);
        return next;
    }

    /** Whether the name is known. */
    public boolean contains(String name) {
        return index.containsKey(name);
    }

    public int size() {
        return names.size();
    }

    /** The names in index order. */
    public List<String> names() {
        return List.copyOf(names);
    }
}
