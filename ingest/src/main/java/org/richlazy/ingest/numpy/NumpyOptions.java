package org.richlazy.ingest.numpy;

import org.richlazy.ingest.FileOption;
import org.richlazy.ingest.Orientation;

/**
 * The options of format {@code numpy} (docs/formats.md#numpy-numpy-arrays-and-scipysparse-archives); every component nullable.
 *
 * @param orientation whether the array's rows are presynaptic ({@code rows-pre}) or postsynaptic ({@code rows-post});
 *                    required, since NumPy files carry no convention and the tools that write them differ
 * @param array       the member of an {@code .npz} archive to read as a dense matrix, when it holds several arrays and
 *                    is not a scipy.sparse matrix
 * @param labelsFile  a one-label-per-line file naming the neurons (default: 0-based indices)
 * @param weightUnit  a unit that replaces the recorded {@code unspecified (as given)}
 */
public record NumpyOptions(Orientation orientation, String array, @FileOption String labelsFile, String weightUnit) {
}
