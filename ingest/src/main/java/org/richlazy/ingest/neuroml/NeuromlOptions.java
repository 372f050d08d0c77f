package org.richlazy.ingest.neuroml;

/**
 * The options of format {@code neuroml} (docs/formats.md#neuroml-neuroml2-networks-in-hdf5); every component
 * nullable.
 *
 * @param weightUnit a unit that replaces the recorded one
 */
public record NeuromlOptions(String weightUnit) {
}
