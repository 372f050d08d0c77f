package org.richlazy.ingest.release;

import org.richlazy.ingest.OptionWord;

/**
 * The options of format {@code microns} (docs/formats.md#microns-minnie65-synapse-tables).
 *
 * @param release       the options every release takes
 * @param synapseWeight a pair's weight is its synapse {@code count} (default) or summed {@code size}
 */
public record MicronsOptions(ReleaseOptions release, SynapseWeight synapseWeight) {
    /** Option {@code synapse-weight}. */
    public enum SynapseWeight implements OptionWord {
        COUNT, SIZE
    }
}
