package org.richlazy.ingest.release;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.richlazy.ingest.CellSign;

/**
 * What one connectome release publishes, as the {@link ReleaseReader} reads it: the standard file names,
 * the usual names of each column, and the release's rules. Column lists are candidates in order of
 * preference (compared case-insensitively); an empty list means the release has no such column.
 *
 * @param format            the {@code format} word, e.g. {@code "flywire"}
 * @param title             the release in words, for provenance
 * @param edgeFiles         edge-table file names looked for in a release folder, in order
 * @param regionEdgeFiles   the edge-table names looked for instead when option {@code neuropil} is set
 *                          (per-region tables); empty = {@code edgeFiles}
 * @param nodeFiles         node-table file names used when found beside the edge table (option
 *                          {@code node-files} replaces them)
 * @param preColumns        presynaptic neuron id
 * @param postColumns       postsynaptic neuron id
 * @param weightColumns     synapses per row; empty = every row is one synapse
 * @param regionColumns     the row's neuropil or region of interest
 * @param idColumns         the neuron id in node tables
 * @param classColumns      the node column that gives a neuron's cell class by default
 * @param signColumns       the node column whose word gives the sign (a transmitter, or a cell class system)
 * @param scoreColumns      the node column with the confidence of that word
 * @param signWords         the release's word-to-sign map (see {@link SignMap})
 * @param rowTransmitters   edge columns with the row's transmitter word, used when no node table gives one
 * @param rowProbabilities  edge columns of transmitter probabilities, column to word; the largest names the
 *                          row's transmitter (used when neither a node column nor a word column is there)
 * @param zeroIdIsNoNeuron  whether id 0 marks a synapse on no segment (MICrONS), dropped and counted
 * @param unit              the weight unit
 */
record ReleaseLayout(String format, String title, List<String> edgeFiles, List<String> regionEdgeFiles,
                     List<String> nodeFiles, List<String> preColumns, List<String> postColumns,
                     List<String> weightColumns, List<String> regionColumns, List<String> idColumns,
                     List<String> classColumns, List<String> signColumns, List<String> scoreColumns,
                     Map<String, CellSign> signWords, List<String> rowTransmitters, Map<String, String> rowProbabilities,
                     boolean zeroIdIsNoNeuron, String unit) {
    ReleaseLayout {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(unit, "unit");
    }
}
