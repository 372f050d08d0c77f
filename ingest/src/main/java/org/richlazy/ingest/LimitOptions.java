package org.richlazy.ingest;

/**
 * The options every format takes besides {@code format}: how large a source may be (docs/formats.md, sections
 * "Size limits and damaged files" and "Read limits"). Every component is nullable; null is the default.
 *
 * @param maxNeurons           the largest N made dense (and, for formats that declare a dense size, the largest N
 *                             a file may declare before anything N-sized is allocated); null = system property
 *                             {@value SizeLimits#PROPERTY}, else {@value SizeLimits#DEFAULT_MAX_NEURONS}
 *                             ({@link SizeLimits})
 * @param maxLineBytes         the longest text line or spreadsheet cell, in bytes; null =
 *                             {@value ReadLimits#DEFAULT_MAX_LINE_BYTES} ({@link ReadLimits})
 * @param maxDecompressedBytes the most bytes a gzip file or xlsx workbook may expand to; null =
 *                             {@value ReadLimits#DEFAULT_MAX_DECOMPRESSED_BYTES}
 * @param maxExpansion         the most decompressed bytes per compressed byte read; null =
 *                             {@value ReadLimits#DEFAULT_MAX_EXPANSION}
 */
public record LimitOptions(Integer maxNeurons, Long maxLineBytes, Long maxDecompressedBytes, Double maxExpansion) {
    /** Every limit at its default. */
    public static LimitOptions defaults() {
        return new LimitOptions(null, null, null, null);
    }
}
