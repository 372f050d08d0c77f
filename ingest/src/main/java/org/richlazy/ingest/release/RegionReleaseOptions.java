package org.richlazy.ingest.release;

import java.util.List;

/**
 * The options of the releases whose edge rows name a region, {@code flywire} and {@code neuprint}
 * (docs/formats.md#connectome-releases-flywire-neuprint-microns-compiled-data).
 *
 * @param release  the options every release takes
 * @param neuropil the FlyWire neuropils or neuPrint ROIs whose rows are kept; null = every row
 */
public record RegionReleaseOptions(ReleaseOptions release, List<String> neuropil) {
}
