package org.richlazy.ingest.release;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.text.Excerpt;

/**
 * The neurons a release read keeps before its edges are read: those whose node attributes match option
 * {@code filter} (for every listed column, the neuron's value is one of the listed values, compared
 * exactly after trimming) and, with option {@code ids-file}, those the file lists. Without node tables
 * only {@code ids-file} can choose (a filter needs a node table to look in).
 */
final class NeuronFilter {
    private final boolean[] keptNodes;
    private final Set<String> keptIds;

    private NeuronFilter(boolean[] keptNodes, Set<String> keptIds) {
        this.keptNodes = keptNodes;
        this.keptIds = keptIds;
    }

    /**
     * @throws IngestException on a filter without node tables, a filter column no node table has, or an
     *                         id of {@code ids-file} that the node tables do not list
     */
    static NeuronFilter of(String file, NodeAttributes nodes, ReleaseOptions options, ReadLimits limits,
                           ProvenanceLog log) {
        List<String> ids = ReleaseReader.idsFile(options, limits);
        if (nodes.isEmpty()) {
            if (options.filter() != null && !options.filter().isEmpty()) {
                throw new IngestException(file, "option filter", "filter " + options.filter() + " but no node table",
                        "node tables (option node-files, or the release's standard node files beside the edge table)");
            }
            if (ids != null) {
                log.add("kept the neurons listed in " + options.idsFile(), ids.size(), "option ids-file");
            }
            return new NeuronFilter(null, ids == null ? null : new HashSet<>(ids));
        }
        boolean[] kept = new boolean[nodes.size()];
        Arrays.fill(kept, true);
        if (options.filter() != null) {
            for (Map.Entry<String, List<String>> f : options.filter().entrySet()) {
                String column = nodes.findColumn(List.of(f.getKey()));
                if (column == null) {
                    throw new IngestException(file, "option filter." + f.getKey(), "no node-table column '" + f.getKey()
                            + "' (node tables " + nodes.files() + " have " + nodes.columnNames() + ")",
                            "a column of the node tables");
                }
                if (f.getValue() == null || f.getValue().isEmpty()) {
                    throw new IngestException(file, "option filter." + f.getKey(), "no values listed",
                            "the values to keep, e.g. " + f.getKey() + ": [value1, value2]");
                }
                Set<String> values = new HashSet<>();
                f.getValue().forEach(v -> values.add(v.strip()));
                List<String> have = nodes.column(column);
                long before = count(kept);
                for (int i = 0; i < kept.length; i++) {
                    kept[i] &= values.contains(have.get(i));
                }
                log.add("kept neurons whose " + column + " is one of " + f.getValue(), count(kept),
                        "option filter (" + (before - count(kept)) + " of " + before + " left out)");
            }
        }
        if (ids != null) {
            boolean[] listed = new boolean[kept.length];
            for (String id : ids) {
                int i = nodes.indexOf(id);
                if (i < 0) {
                    throw new IngestException(options.idsFile(), "id " + Excerpt.quote(id), "this neuron is in no node table "
                            + nodes.files(), "ids the node tables list");
                }
                listed[i] = true;
            }
            long before = count(kept);
            for (int i = 0; i < kept.length; i++) {
                kept[i] &= listed[i];
            }
            log.add("kept the neurons listed in " + options.idsFile(), count(kept),
                    "option ids-file (" + ids.size() + " ids listed; " + (before - count(kept)) + " left out)");
        }
        return new NeuronFilter(kept, null);
    }

    private static long count(boolean[] flags) {
        long n = 0;
        for (boolean f : flags) {
            if (f) {
                n++;
            }
        }
        return n;
    }

    /** Whether the neuron at a node-table position is kept. */
    boolean keepsNode(int position) {
        return keptNodes[position];
    }

    /** Whether a neuron known only by its id (no node tables) is kept. */
    boolean keepsId(String id) {
        return keptIds == null || keptIds.contains(id);
    }
}
