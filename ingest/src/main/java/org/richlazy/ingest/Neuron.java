package org.richlazy.ingest;

import java.util.Objects;

/**
 * One neuron of a {@link Connectome}.
 *
 * @param id         identifier as the source spells it (trimmed)
 * @param cellClass  cell class or type (e.g. {@code "PV"}), or {@code null} when the source has none
 * @param sign       excitatory / inhibitory, or {@link CellSign#UNKNOWN}
 * @param layer      cortical layer or other grouping, or {@code null} when the source has none
 * @param signSource where the sign came from when a reader derived it (e.g. {@code "nt_type ACH, score 0.93"}),
 *                   or {@code null} when the source states the sign itself or gives none
 */
public record Neuron(String id, String cellClass, CellSign sign, String layer, String signSource) {
    public Neuron {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sign, "sign");
    }

    /** A neuron whose sign, if any, the source states itself. */
    public Neuron(String id, String cellClass, CellSign sign, String layer) {
        this(id, cellClass, sign, layer, null);
    }
}
