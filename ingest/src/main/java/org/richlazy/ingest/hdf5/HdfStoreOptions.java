package org.richlazy.ingest.hdf5;

import org.richlazy.ingest.Orientation;

/**
 * The options of format {@code pandas-hdfstore} (docs/formats.md#pandas-hdfstore-conntility-connectivity); every component nullable, null
 * meaning the default.
 *
 * @param orientation matrix orientation, default {@code rows-pre} (docs/formats.md#options-ingestoptions)
 * @param dataset     the matrix group; null = the only one (under {@code edge-type})
 * @param edgeType    the top-level group (e.g. {@code chemical}); null = every group
 * @param property    the edge-property column; null = the file's {@code NEUROTOP_DEFAULT_EDGE}
 * @param weightUnit  a unit that replaces the recorded one
 */
public record HdfStoreOptions(Orientation orientation, String dataset, String edgeType, String property,
                              String weightUnit) {
}
