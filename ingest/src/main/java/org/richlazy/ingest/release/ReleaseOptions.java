package org.richlazy.ingest.release;

import java.util.List;
import java.util.Map;
import org.richlazy.ingest.FileOption;
import org.richlazy.ingest.OptionWord;
import org.richlazy.ingest.text.Delimiter;

/**
 * The options every connectome release format takes (docs/formats.md#connectome-releases-flywire-neuprint-microns-compiled-data);
 * every component nullable, null meaning the default.
 *
 * @param delimiter    the edge and node tables' delimiter ({@code comma}, {@code tab} or {@code space}); null = detect
 * @param nodeFiles    node tables joined on the neuron id; null = the release's standard files beside the edge table,
 *                     {@code []} = none
 * @param nodeIdColumn the id column of node tables, looked for before the release's usual names
 * @param filter       node-table column to the values kept (a neuron is kept when every listed column holds one of
 *                     its values); null = every neuron
 * @param idsFile      a file of neuron ids, one per line; only those are kept
 * @param minSynapses  the least synapses (summed over a pair's kept rows) a pair keeps
 * @param classColumn  the node column that gives the cell class
 * @param signMap      transmitter (or class-system) word to {@code excitatory}, {@code inhibitory} or
 *                     {@code unknown}, over the release's documented map
 * @param minSignScore a neuron whose transmitter score is below this gets an unknown sign
 * @param unknownSign  {@code keep} (default) or {@code drop} the neurons of unknown sign
 * @param unlistedIds  an edge naming a neuron no node table lists is an {@code error} (default) or is {@code drop}ped
 *                     and counted
 * @param isolated     {@code keep} (default) or {@code drop} neurons left with no edge
 * @param weightUnit   a unit that replaces the release's recorded one
 */
public record ReleaseOptions(Delimiter delimiter, @FileOption List<String> nodeFiles, String nodeIdColumn,
                             Map<String, List<String>> filter, @FileOption String idsFile, Double minSynapses,
                             String classColumn, Map<String, String> signMap, Double minSignScore,
                             KeepOrDrop unknownSign, UnlistedIds unlistedIds, KeepOrDrop isolated, String weightUnit) {
    /** Options {@code unknown-sign} and {@code isolated}: whether such neurons stay. */
    public enum KeepOrDrop implements OptionWord {
        KEEP, DROP
    }

    /** Option {@code unlisted-ids}: an edge naming a neuron no node table lists. */
    public enum UnlistedIds implements OptionWord {
        ERROR, DROP
    }
}
