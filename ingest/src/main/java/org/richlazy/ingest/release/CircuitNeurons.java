package org.richlazy.ingest.release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Neuron;

/**
 * The neurons of a release read after its edge pass: each position's id, class and sign, which positions
 * stay (option {@code unknown-sign: drop}, pairs under {@code min-synapses}, {@code isolated: drop}), and
 * the matrix index of each kept position (positions in ascending order; -1 when dropped).
 *
 * <p>The sign of a neuron comes, in order of preference, from its node-table transmitter (or class
 * system) column, or from the transmitter its edge rows carry most synapses of; the word goes through
 * the release's {@link SignMap}; a score below {@code min-sign-score} makes it unknown. Every neuron's
 * {@link Neuron#signSource()} says which word and score gave its sign.
 *
 * @param neurons     the kept neurons in matrix order
 * @param matrixIndex the matrix index of each position, -1 when not kept
 */
record CircuitNeurons(List<Neuron> neurons, int[] matrixIndex) {

    static CircuitNeurons build(String file, ReleaseLayout layout, NodeAttributes nodes, NeuronFilter filter,
                                EdgePass pass, ReleaseOptions options, ProvenanceLog log) {
        int positions = nodes.isEmpty() ? pass.openIds().size() : nodes.size();
        boolean[] kept = new boolean[positions];
        for (int i = 0; i < positions; i++) {
            kept[i] = nodes.isEmpty() || filter.keepsNode(i);
        }
        Signs signs = Signs.of(file, layout, nodes, pass, options, positions, kept, log);
        boolean dropUnknown = options.unknownSign() == ReleaseOptions.KeepOrDrop.DROP;
        if (dropUnknown) {
            long dropped = 0;
            for (int i = 0; i < positions; i++) {
                if (kept[i] && signs.sign[i] == CellSign.UNKNOWN) {
                    kept[i] = false;
                    dropped++;
                }
            }
            log.add("dropped neurons of unknown sign", dropped, "option unknown-sign = drop");
        }
        int[] degree = pairsOverThreshold(pass, options, kept, log);
        boolean dropIsolated = options.isolated() == ReleaseOptions.KeepOrDrop.DROP;
        long isolated = 0;
        for (int i = 0; i < positions; i++) {
            if (kept[i] && degree[i] == 0) {
                isolated++;
                if (dropIsolated) {
                    kept[i] = false;
                }
            }
        }
        log.addIfAny(dropIsolated ? "dropped neurons without any kept edge" : "kept neurons without any kept edge",
                isolated, "option isolated = " + (dropIsolated ? "drop" : "keep"));

        String classColumn = classColumn(file, layout, nodes, options);
        List<String> classes = classColumn == null ? null : nodes.column(classColumn);
        int[] matrixIndex = new int[positions];
        Arrays.fill(matrixIndex, -1);
        List<Neuron> neurons = new ArrayList<>();
        for (int i = 0; i < positions; i++) {
            if (kept[i]) {
                matrixIndex[i] = neurons.size();
                String id = nodes.isEmpty() ? pass.openIds().get(i) : nodes.id(i);
                String cls = classes == null || classes.get(i).isEmpty() ? null : classes.get(i);
                neurons.add(new Neuron(id, cls, signs.sign[i], null, signs.source[i]));
            }
        }
        log.add(nodes.isEmpty() ? "neurons ordered by first appearance in the edge table"
                : "neurons ordered as in the node tables", neurons.size(), classColumn == null
                ? "no cell class column" : "cell class from column " + classColumn);
        return new CircuitNeurons(neurons, matrixIndex);
    }

    /** Per-position degree over the pairs that stay (both ends kept, total at least min-synapses); logs the drop. */
    private static int[] pairsOverThreshold(EdgePass pass, ReleaseOptions options, boolean[] kept, ProvenanceLog log) {
        double min = options.minSynapses() == null ? 0 : options.minSynapses();
        int[] degree = new int[kept.length];
        long[] dropped = {0};
        double[] droppedSynapses = {0};
        pass.sums().forEach((p, q, w) -> {
            if (!kept[p] || !kept[q] || w == 0) {
                return;
            }
            if (w < min) {
                dropped[0]++;
                droppedSynapses[0] += w;
                return;
            }
            degree[p]++;
            degree[q]++;
        });
        if (options.minSynapses() != null) {
            log.add("dropped pairs with fewer than " + format(min) + " synapses", dropped[0], "option min-synapses: "
                    + "the pair's total over its kept rows (" + format(droppedSynapses[0]) + " synapses left out)");
        }
        return degree;
    }

    private static String classColumn(String file, ReleaseLayout layout, NodeAttributes nodes, ReleaseOptions options) {
        if (options.classColumn() != null) {
            String column = nodes.findColumn(List.of(options.classColumn()));
            if (column == null) {
                throw new IngestException(file, "option class-column", "no node-table column '" + options.classColumn()
                        + "' (node tables " + nodes.files() + " have " + nodes.columnNames() + ")",
                        "a column of the node tables");
            }
            return column;
        }
        return nodes.findColumn(layout.classColumns());
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Each position's sign and the words that gave it. */
    private record Signs(CellSign[] sign, String[] source) {

        static Signs of(String file, ReleaseLayout layout, NodeAttributes nodes, EdgePass pass, ReleaseOptions options,
                        int positions, boolean[] kept, ProvenanceLog log) {
            CellSign[] sign = new CellSign[positions];
            String[] source = new String[positions];
            Arrays.fill(sign, CellSign.UNKNOWN);
            SignMap map = SignMap.of(file, layout.signWords(), options.signMap());
            String wordColumn = nodes.findColumn(layout.signColumns());
            String scoreColumn = wordColumn == null ? null : nodes.findColumn(layout.scoreColumns());
            if (options.minSignScore() != null && scoreColumn == null) {
                throw new IngestException(file, "option min-sign-score", "min-sign-score given but no node table has a "
                        + "score column", "a node column named one of " + layout.scoreColumns());
            }
            if (wordColumn == null && pass.votes() == null) {
                log.add("signs unknown", positions, "neither a node table nor the edge rows give a transmitter");
                return new Signs(sign, source);
            }
            Map<String, long[]> byWord = new TreeMap<>();
            long lowScore = 0;
            for (int i = 0; i < positions; i++) {
                if (!kept[i]) {
                    continue;
                }
                String word;
                String said;
                if (wordColumn != null) {
                    word = nodes.column(wordColumn).get(i);
                    said = wordColumn + " " + (word.isEmpty() ? "(none)" : word);
                    if (scoreColumn != null && !nodes.column(scoreColumn).get(i).isEmpty()) {
                        said += ", " + scoreColumn + " " + nodes.column(scoreColumn).get(i);
                    }
                } else {
                    TransmitterVotes.Winner w = pass.votes().winner(i);
                    word = w == null ? "" : w.word();
                    said = w == null ? "edge rows: no transmitter" : String.format(Locale.ROOT,
                            "edge rows: %s on %.0f of %.0f synapses", w.word(), w.synapses(), w.total());
                }
                CellSign s = word.isEmpty() ? CellSign.UNKNOWN : map.sign(word);
                if (s == null) {
                    s = CellSign.UNKNOWN;
                    said += " (not in the sign map)";
                }
                if (s != CellSign.UNKNOWN && options.minSignScore() != null
                        && !(score(nodes.column(scoreColumn).get(i)) >= options.minSignScore())) {
                    s = CellSign.UNKNOWN;
                    said += " (below min-sign-score " + options.minSignScore() + ")";
                    lowScore++;
                }
                sign[i] = s;
                source[i] = said;
                long[] counts = byWord.computeIfAbsent(word.isEmpty() ? "(none)" : word, k -> new long[1]);
                counts[0]++;
            }
            StringBuilder tally = new StringBuilder();
            byWord.forEach((word, n) -> tally.append(tally.length() == 0 ? "" : ", ").append(word).append(' ').append(n[0]));
            long e = count(sign, kept, CellSign.EXCITATORY);
            long in = count(sign, kept, CellSign.INHIBITORY);
            long u = count(sign, kept, CellSign.UNKNOWN);
            log.add("signed neurons from " + (wordColumn != null ? "node column " + wordColumn
                    : "the transmitter their edge rows carry most synapses of") + ": " + e + " excitatory, " + in
                    + " inhibitory, " + u + " unknown", e + in, "sign map {" + map.describe() + "}; words seen: " + tally);
            if (options.minSignScore() != null) {
                log.add("signs made unknown by a score below " + options.minSignScore(), lowScore,
                        "option min-sign-score on column " + scoreColumn);
            }
            return new Signs(sign, source);
        }

        private static double score(String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        private static long count(CellSign[] sign, boolean[] kept, CellSign which) {
            long n = 0;
            for (int i = 0; i < sign.length; i++) {
                if (kept[i] && sign[i] == which) {
                    n++;
                }
            }
            return n;
        }
    }
}
