package org.richlazy.ingest;

import java.util.Objects;

/**
 * One neuron of a {@link Connectome}.
 *
 * @param id        identifier as the source spells it (trimmed)
 * @param cellClass cell class or type (e.g. {@code "PV"}), or {@code null} when the source has none
 * @param sign      excitatory / inhibitory, or {@link CellSign#UNKNOWN}
 * @param layer     cortical layer or other grouping, or {@code null} when the source has none
 */
public record Neuron(String id, String cellClass, CellSign sign, String layer) {
    public Neuron {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sign, "sign");
    }
}
