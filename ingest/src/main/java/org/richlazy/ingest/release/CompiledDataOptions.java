package org.richlazy.ingest.release;

/**
 * The options of format {@code compiled-data} (docs/formats.md#compiled-data-banc-male-cns-fafb-manc-as-one-layout).
 *
 * @param release the options every release takes
 */
public record CompiledDataOptions(ReleaseOptions release) {
}
