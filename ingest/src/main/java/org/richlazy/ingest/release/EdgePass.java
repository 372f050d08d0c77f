package org.richlazy.ingest.release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.assemble.EdgeSums;
import org.richlazy.ingest.table.TableFile;
import org.richlazy.ingest.table.TableRow;

/**
 * One streamed pass over a release's edge table: every row is checked, left out (with a count) when it
 * lies outside option {@code neuropil}, names id 0 where the release means "no segment", names a neuron
 * no node table lists ({@code unlisted-ids: drop}) or a neuron the {@link NeuronFilter} does not keep, and
 * otherwise added to its (pre, post) pair's sum. Neurons are addressed by <em>position</em>: their row in
 * the node tables, or, without node tables, their order of first appearance here. When the rows carry a
 * transmitter (a word, or probability columns), each presynaptic neuron's synapses are tallied per word.
 */
final class EdgePass {
    private final EdgeSums sums;
    private final List<String> ids;
    private final TransmitterVotes votes;
    private final long rows;

    private EdgePass(EdgeSums sums, List<String> ids, TransmitterVotes votes, long rows) {
        this.sums = sums;
        this.ids = ids;
        this.votes = votes;
        this.rows = rows;
    }

    /** The rows the edge table held. */
    long rows() {
        return rows;
    }

    /** Counts of the rows left out, by reason. */
    private static final class Tally {
        long rows;
        long zeroId;
        long outsideRegion;
        long unlisted;
        long outsideCircuit;
        long zeroWeight;
        double weight;
    }

    static EdgePass run(TableFile edges, ReleaseReader.EdgeColumns cols, ReleaseLayout layout, NodeAttributes nodes,
                        NeuronFilter filter, ReleaseOptions options, List<String> neuropil,
                        ProvenanceLog log) {
        String file = edges.name();
        List<String> names = edges.columns();
        Set<String> regions = neuropil == null ? null : new HashSet<>(neuropil);
        boolean dropUnlisted = ReleaseReader.dropUnlisted(options);
        boolean open = nodes.isEmpty();
        Map<String, Integer> openIndex = open ? new HashMap<>() : null;
        List<String> openIds = open ? new ArrayList<>() : null;
        EdgeSums sums = new EdgeSums();
        TransmitterVotes votes = cols.transmitter() >= 0 || !cols.probability().isEmpty() ? new TransmitterVotes() : null;
        Tally t = new Tally();
        edges.forEachRow(row -> {
            t.rows++;
            String pre = id(row, cols.pre(), file, names);
            String post = id(row, cols.post(), file, names);
            double w = cols.weight() < 0 ? 1 : row.number(cols.weight(), file, names.get(cols.weight()));
            if (w < 0) {
                throw new IngestException(file, row.where() + ", column " + names.get(cols.weight()),
                        "negative synapse count " + row.text(cols.weight()), "a synapse count of 0 or more");
            }
            t.weight += w;
            if (layout.zeroIdIsNoNeuron() && (pre.equals("0") || post.equals("0"))) {
                t.zeroId++;
                return;
            }
            if (regions != null && !regions.contains(row.text(cols.region()))) {
                t.outsideRegion++;
                return;
            }
            int p;
            int q;
            if (open) {
                if (!filter.keepsId(pre) || !filter.keepsId(post)) {
                    t.outsideCircuit++;
                    return;
                }
                p = openIndex.computeIfAbsent(pre, k -> add(openIds, k));
                q = openIndex.computeIfAbsent(post, k -> add(openIds, k));
            } else {
                p = listed(nodes, pre, row, names.get(cols.pre()), file, dropUnlisted);
                q = listed(nodes, post, row, names.get(cols.post()), file, dropUnlisted);
                if (p < 0 || q < 0) {
                    t.unlisted++;
                    return;
                }
                if (!filter.keepsNode(p) || !filter.keepsNode(q)) {
                    t.outsideCircuit++;
                    return;
                }
            }
            if (w == 0) {
                t.zeroWeight++;
            }
            sums.add(p, q, w);
            if (votes != null) {
                votes.add(p, rowTransmitter(row, cols, file, names), w);
            }
        });
        log.add("read edge rows", t.rows, "one row per " + (cols.weight() < 0 ? "synapse" : cols.region() >= 0
                ? "neuron pair and " + names.get(cols.region()) : "neuron pair"));
        if (cols.weight() >= 0) {
            log.add("summed column " + names.get(cols.weight()) + " over every row read", Math.round(t.weight),
                    "the table's total (synapses, or their sizes), to compare with the total the release states");
        }
        log.addIfAny("left out rows naming id 0", t.zeroId, "id 0 is a synapse on no segment (no neuron)");
        if (regions != null) {
            log.add("left out rows outside " + names.get(cols.region()) + " " + neuropil, t.outsideRegion,
                    "option neuropil");
        }
        log.addIfAny("left out rows naming a neuron no node table lists", t.unlisted, "option unlisted-ids = drop");
        log.addIfAny("left out rows touching a neuron outside the chosen circuit", t.outsideCircuit,
                "option filter / ids-file");
        log.addIfAny("kept zero-weight rows (no matrix entry)", t.zeroWeight, "weight 0 as given");
        log.addIfAny("summed rows of the same (pre, post) pair", sums.duplicates(), cols.weight() < 0
                ? "one row per synapse: a pair's weight is its number of rows" : cols.region() >= 0
                ? "a pair has one row per " + names.get(cols.region()) + "; its weight is the sum" : "rows of a pair add");
        return new EdgePass(sums, open ? openIds : null, votes, t.rows);
    }

    private static int add(List<String> ids, String id) {
        ids.add(id);
        return ids.size() - 1;
    }

    private static String id(TableRow row, int column, String file, List<String> names) {
        if (row.isMissing(column)) {
            throw new IngestException(file, row.where() + ", column " + names.get(column), "empty neuron id",
                    "a neuron id in every edge row");
        }
        return row.text(column);
    }

    private static int listed(NodeAttributes nodes, String id, TableRow row, String column, String file,
                              boolean dropUnlisted) {
        int p = nodes.indexOf(id);
        if (p < 0 && !dropUnlisted) {
            throw new IngestException(file, row.where() + ", column " + column, "neuron " + id
                    + " is in no node table " + nodes.files(), "ids the node tables list, or option unlisted-ids: "
                    + "drop (leaves such rows out and counts them)");
        }
        return p;
    }

    /** The row's transmitter word: the word column, else the probability column with the largest value. */
    private static String rowTransmitter(TableRow row, ReleaseReader.EdgeColumns cols, String file,
                                         List<String> names) {
        if (cols.transmitter() >= 0) {
            return row.isMissing(cols.transmitter()) ? "" : row.text(cols.transmitter());
        }
        String best = "";
        double top = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, String> e : cols.probability().entrySet()) {
            if (!row.isMissing(e.getKey())) {
                double v = row.number(e.getKey(), file, names.get(e.getKey()));
                if (v > top) {
                    top = v;
                    best = e.getValue();
                }
            }
        }
        return best;
    }

    /** The summed synapses per (pre, post) pair, by position. */
    EdgeSums sums() {
        return sums;
    }

    /** Neuron ids by position when there were no node tables (first appearance); null otherwise. */
    List<String> openIds() {
        return ids;
    }

    /** Synapses per presynaptic position and transmitter word, or null when the rows carry none. */
    TransmitterVotes votes() {
        return votes;
    }
}
