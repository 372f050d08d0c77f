package org.richlazy.ingest.csv;

import java.util.List;
import java.util.Locale;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.text.Header;
import org.richlazy.ingest.text.TextRow;

/**
 * Which cells of an edge-list row hold source, target, weight and synapse type. With a header the
 * columns are found by name (options first, then the usual spellings); headerless files are
 * {@code source,target[,weight[,type]]}.
 *
 * @param hasHeader whether the first row is a header
 * @param source    source (presynaptic) column
 * @param target    target (postsynaptic) column
 * @param weight    weight column, or -1 (every edge weighs 1)
 * @param type      synapse-type column, or -1
 * @param weightName the weight column's name, for the unit note
 */
record EdgeListColumns(boolean hasHeader, int source, int target, int weight, int type, String weightName) {
    private static final List<String> SOURCE = List.of("source", "src", "pre", "presynaptic", "from", "source_id",
            "pre_id", "pre_root_id", "pre_pt_root_id", "source_node_id");
    private static final List<String> TARGET = List.of("target", "tgt", "post", "postsynaptic", "to", "target_id",
            "post_id", "post_root_id", "post_pt_root_id", "target_node_id");
    private static final List<String> WEIGHT = List.of("weight", "w", "syn_count", "count", "nsyns", "synapses",
            "n_synapses", "syn_weight", "value");
    private static final List<String> TYPE = List.of("type", "synapse_type", "syn_type", "edge_type");

    static EdgeListColumns of(String file, TextRow first, EdgeListOptions options) {
        boolean header = options.header() != null ? options.header() : looksLikeHeader(first);
        if (!header) {
            int n = first.size();
            if (n < 2 || n > 4) {
                throw new IngestException(file, "line " + first.line(), "headerless row of " + n + " cells",
                        "source,target[,weight[,type]] (or a header row naming the columns)");
            }
            return new EdgeListColumns(false, 0, 1, n >= 3 ? 2 : -1, n == 4 ? 3 : -1, "column 3");
        }
        Header h = new Header(file, first);
        int source = pick(h, options.sourceColumn(), SOURCE, "source");
        int target = pick(h, options.targetColumn(), TARGET, "target");
        int weight = pickOptional(h, options.weightColumn(), WEIGHT);
        int type = pickOptional(h, options.typeColumn(), TYPE);
        return new EdgeListColumns(true, source, target, weight, type, weight < 0 ? "" : h.names().get(weight));
    }

    /** Whether a row names a source or target column (so it is an edge-list header). */
    static boolean namesEdgeColumns(TextRow row) {
        for (String c : row.cells()) {
            String k = c.strip().toLowerCase(Locale.ROOT);
            if (SOURCE.contains(k) || TARGET.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** A first row is a header when it names a known column or its third cell is not a number. */
    private static boolean looksLikeHeader(TextRow first) {
        if (namesEdgeColumns(first)) {
            return true;
        }
        if (first.size() >= 3) {
            try {
                Double.parseDouble(first.cell(2).strip());
                return false;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return false;
    }

    private static int pick(Header h, String option, List<String> usual, String role) {
        int i = pickOptional(h, option, usual);
        if (i < 0) {
            throw new IngestException(h.file(), "line " + h.line(), "no " + role + " column (columns are "
                    + h.names() + ")", "a column named one of " + usual + ", or option " + role + "Column");
        }
        return i;
    }

    private static int pickOptional(Header h, String option, List<String> usual) {
        if (option != null) {
            return h.require(option);
        }
        for (String name : usual) {
            int i = h.find(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The unit recorded for the weights. */
    String unit() {
        if (weight < 0) {
            return "edge count";
        }
        String k = weightName.toLowerCase(Locale.ROOT);
        return k.contains("count") || k.contains("nsyns") || k.contains("synapses")
                ? "synapse count" : "unspecified (" + weightName + " as given)";
    }

}
