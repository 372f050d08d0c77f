package org.richlazy.ingest.neuroml;

/**
 * The options of format {@code neuroml} (docs/formats.md#neuroml-neuroml2-networks); every component
 * nullable.
 *
 * @param weightUnit a unit that replaces the recorded one
 */
public record NeuromlOptions(String weightUnit) {
}
