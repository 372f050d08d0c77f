package org.richlazy.ingest.hdf5;

import org.richlazy.ingest.FileOption;
import org.richlazy.ingest.Orientation;

/**
 * The options of format {@code hdf5-matrix} (docs/formats.md#hdf5-matrix-a-square-matrix-in-hdf5); every component nullable, null meaning
 * the default.
 *
 * @param orientation  matrix orientation, default {@code rows-pre}; a file that declares its orientation (attribute
 *                     {@code orientation}) is read as declared (docs/formats.md#options-ingestoptions)
 * @param dataset      the path of the dense dataset or sparse group; null = the only candidate
 * @param subtract     the path of a second matrix of the same file, same shape and orientation, subtracted entry by
 *                     entry from {@code dataset} (e.g. a run's {@code W_h_initial}); null = nothing subtracted
 * @param sparseLayout a sparse group without an encoding attribute: {@code csr}, {@code csc} or {@code coo}
 * @param labelsFile   a one-label-per-line file naming the neurons
 * @param weightUnit   a unit that replaces the recorded {@code unspecified (as given)}
 */
public record Hdf5MatrixOptions(Orientation orientation, String dataset, String subtract, SparseLayout sparseLayout,
                                @FileOption String labelsFile, String weightUnit) {
}
