package org.richlazy.ingest.csv;

import org.richlazy.ingest.FileOption;
import org.richlazy.ingest.assemble.GapJunctions;
import org.richlazy.ingest.text.Delimiter;

/**
 * The options of format {@code edge-list} (docs/formats.md#edge-list-one-row-per-directed-edge); every component nullable, null meaning the
 * default.
 *
 * @param delimiter    {@code comma}, {@code tab} or {@code space}; null = detect
 * @param header       whether the first row holds column names; null = detect
 * @param labelsFile   the full neuron list, one per line (an edge naming another neuron is an error)
 * @param sourceColumn the presynaptic column; null = detect by name
 * @param targetColumn the postsynaptic column; null = detect by name
 * @param weightColumn the weight column; null = detect (absent column: each edge weighs 1)
 * @param typeColumn   the synapse-type column; null = detect ({@code Type}, {@code type})
 * @param edgeType     the synapse type kept (e.g. {@code chemical}), or {@code all} (default: every type, summed)
 * @param electrical   gap junctions {@code as-listed} (default) or {@code mirror-missing}
 * @param weightUnit   a unit that replaces the recorded one
 * @param sheet        an edge list in an xlsx workbook: the sheet to read; null = the only (or first) sheet
 */
public record EdgeListOptions(Delimiter delimiter, Boolean header, @FileOption String labelsFile, String sourceColumn,
                              String targetColumn, String weightColumn, String typeColumn, String edgeType,
                              GapJunctions.Rule electrical, String weightUnit, String sheet) {
}
