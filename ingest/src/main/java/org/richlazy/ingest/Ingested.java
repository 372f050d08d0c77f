package org.richlazy.ingest;

/**
 * What a connectivity file holds: either a neuron-level matrix or a cell-type table that
 * transform samples into one.
 */
public sealed interface Ingested {

    /** Provenance of what was read. */
    Provenance provenance();

    /** A neuron-by-neuron matrix (connectome, SONATA network, dense table). */
    record Matrix(Connectome connectome) implements Ingested {
        @Override
        public Provenance provenance() {
            return connectome.provenance();
        }
    }

    /** A cell-type table (class proportions, connection probabilities, strengths). */
    record Table(CellTypeTable table) implements Ingested {
        @Override
        public Provenance provenance() {
            return table.provenance();
        }
    }
}
