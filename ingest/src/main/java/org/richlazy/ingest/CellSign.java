package org.richlazy.ingest;

/** The sign a neuron's outgoing synapses carry (Dale's law), or {@link #UNKNOWN} when the source does not say. */
public enum CellSign {
    EXCITATORY(1),
    INHIBITORY(-1),
    UNKNOWN(0);

    private final int factor;

    CellSign(int factor) {
        this.factor = factor;
    }

    /** +1 for excitatory, -1 for inhibitory, 0 for unknown. */
    public int factor() {
        return factor;
    }
}
