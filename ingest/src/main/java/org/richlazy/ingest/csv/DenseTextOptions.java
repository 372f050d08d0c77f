package org.richlazy.ingest.csv;

import org.richlazy.ingest.FileOption;
import org.richlazy.ingest.OptionWord;
import org.richlazy.ingest.Orientation;
import org.richlazy.ingest.text.Delimiter;

/**
 * The options of format {@code dense-text} (docs/formats.md#dense-text-a-matrix-as-text); every component nullable, null
 * meaning the default.
 *
 * @param orientation matrix orientation, default {@code rows-pre} (docs/formats.md#options-ingestoptions)
 * @param delimiter   {@code comma}, {@code tab} or {@code space}; null = detect
 * @param header      whether the first row holds column labels; null = detect (a first row with a non-numeric cell
 *                    after the first column is a header)
 * @param rowLabels   whether the first column holds row labels; null = detect
 * @param emptyCell   {@code zero} (default; counted in provenance) or {@code missing} (an empty cell is an error)
 * @param labelsFile  a one-label-per-line file naming the neurons of a matrix without labels
 * @param weightUnit  a unit that replaces the recorded {@code unspecified (as given)}
 */
public record DenseTextOptions(Orientation orientation, Delimiter delimiter, Boolean header, Boolean rowLabels,
                               EmptyCell emptyCell, @FileOption String labelsFile, String weightUnit) {
    /** Option {@code empty-cell}: what an empty cell of a dense matrix is. */
    public enum EmptyCell implements OptionWord {
        ZERO, MISSING
    }

    /** The options of a dense matrix whose first row and first column hold its labels (ids), all else default. */
    public static DenseTextOptions labelled() {
        return new DenseTextOptions(null, null, true, true, null, null, null);
    }
}
