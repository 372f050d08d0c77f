package org.richlazy.ingest.celltype;

import org.richlazy.ingest.OptionWord;

/**
 * The options of format {@code celltype-csv} (docs/formats.md#celltype-csv-the-simple-cell-type-layout-write-it-by-hand); every
 * component nullable, null meaning the default.
 *
 * @param weightUnit   a unit that replaces the table's strength unit
 * @param missingPairs a (pre, post) pair without a row in {@code pairs.csv} is an {@code error} (default) or read as
 *                     probability and strength {@code zero} (counted in provenance)
 */
public record CellTypeCsvOptions(String weightUnit, MissingPairs missingPairs) {
    /** Option {@code missing-pairs}. */
    public enum MissingPairs implements OptionWord {
        ERROR, ZERO
    }
}
