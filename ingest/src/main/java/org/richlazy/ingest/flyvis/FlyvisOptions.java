package org.richlazy.ingest.flyvis;

/**
 * The options of format {@code flyvis} (docs/formats.md#flyvis-the-flyvis-connectome-description); every component
 * nullable.
 *
 * @param weightUnit a unit that replaces the recorded {@code synapses}
 */
public record FlyvisOptions(String weightUnit) {
}
