package org.richlazy.ingest;

/**
 * How much of a file a reader reads before it refuses it, so that a damaged or hostile file (one line of
 * gigabytes, a gzip or xlsx "bomb" that expands a thousandfold) ends in a one-line error instead of an
 * exhausted heap or an endless read (docs/formats.md, section "Read limits"). Three reader options, each
 * accepted by every format:
 * <ul>
 *   <li>{@code max-line-bytes}: the longest line of a text file, and the longest cell or XML text of a
 *       spreadsheet, in bytes (default {@value #DEFAULT_MAX_LINE_BYTES}, 16 MiB);</li>
 *   <li>{@code max-decompressed-bytes}: the most bytes a compressed file (gzip, or every entry of an xlsx
 *       together) may expand to (default {@value #DEFAULT_MAX_DECOMPRESSED_BYTES}, 4 GiB);</li>
 *   <li>{@code max-expansion}: the most decompressed bytes per compressed byte read so far, beyond a grace of
 *       {@value #EXPANSION_GRACE} bytes (default {@value #DEFAULT_MAX_EXPANSION}); ordinary CSV exports
 *       compress 3 to 20 fold, a mostly-zero dense matrix up to a few hundred fold.</li>
 * </ul>
 *
 * @param maxLineBytes         the longest line or cell, in bytes
 * @param maxDecompressedBytes the most bytes a compressed file may expand to
 * @param maxExpansion         the most decompressed bytes per compressed byte read
 */
public record ReadLimits(long maxLineBytes, long maxDecompressedBytes, double maxExpansion) {
    /** The default of option {@code max-line-bytes}: 16 MiB. */
    public static final long DEFAULT_MAX_LINE_BYTES = 16L << 20;
    /** The default of option {@code max-decompressed-bytes}: 4 GiB. */
    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 4L << 30;
    /** The default of option {@code max-expansion}. */
    public static final double DEFAULT_MAX_EXPANSION = 200;
    /** Decompressed bytes allowed beyond {@code max-expansion} times the compressed bytes read: 1 MiB. */
    public static final long EXPANSION_GRACE = 1L << 20;

    /** The limits when no option is given. */
    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_EXPANSION);
    }

    /**
     * The limits of {@code options}, each default where the option is not given.
     *
     * @throws IngestException naming the option when a value is not positive
     */
    public static ReadLimits of(String file, LimitOptions options) {
        long line = positive(file, "max-line-bytes", options.maxLineBytes(), DEFAULT_MAX_LINE_BYTES);
        long decompressed = positive(file, "max-decompressed-bytes", options.maxDecompressedBytes(),
                DEFAULT_MAX_DECOMPRESSED_BYTES);
        double expansion = options.maxExpansion() == null ? DEFAULT_MAX_EXPANSION : options.maxExpansion();
        if (!(expansion >= 1) || Double.isInfinite(expansion)) {
            throw new IngestException(file, "option max-expansion", "max-expansion = " + options.maxExpansion(),
                    "a finite number of at least 1");
        }
        return new ReadLimits(line, decompressed, expansion);
    }

    private static long positive(String file, String option, Long value, long fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IngestException(file, "option " + option, option + " = " + value, "a positive number of bytes");
        }
        return value;
    }

    /** The refusal of a line or cell longer than {@link #maxLineBytes}; {@code where} is e.g. "line 3". */
    IngestException lineTooLong(String file, String where, String what) {
        return new IngestException(file, where, what + " longer than max-line-bytes = " + maxLineBytes + " bytes",
                "shorter " + what + "s, or a larger limit: " + raise("max-line-bytes"));
    }

    /**
     * Checks {@code decompressed} bytes, read or declared by a file's own index, from {@code compressed} stored
     * bytes against {@link #maxDecompressedBytes} and {@link #maxExpansion}.
     *
     * @param where the entry, row group or batch the bytes belong to, or {@code ""}
     * @throws IngestException naming the option that raises the limit passed
     */
    public void requireExpansionWithin(String file, String where, long decompressed, long compressed) {
        if (decompressed > maxDecompressedBytes) {
            throw tooLarge(file, where);
        }
        if (decompressed > maxExpansion * compressed + EXPANSION_GRACE) {
            throw expandsTooMuch(file, where, decompressed, compressed);
        }
    }

    /** The refusal of a compressed file that expands past {@link #maxDecompressedBytes}. */
    public IngestException tooLarge(String file, String where) {
        return new IngestException(file, where, "decompresses to more than max-decompressed-bytes = "
                + maxDecompressedBytes + " bytes", "a smaller file, or a larger limit: " + raise("max-decompressed-bytes"));
    }

    /** The refusal of a compressed file that expands faster than {@link #maxExpansion}. */
    private IngestException expandsTooMuch(String file, String where, long decompressed, long compressed) {
        return new IngestException(file, where, String.format("%d compressed bytes expand to %d bytes, more than "
                + "max-expansion = %s times (plus %d bytes) as much (a compression bomb, or a very repetitive table)",
                compressed, decompressed, expansionText(), EXPANSION_GRACE),
                "a file that compresses less, or a larger limit: " + raise("max-expansion"));
    }

    private String expansionText() {
        return maxExpansion == Math.rint(maxExpansion) ? Long.toString((long) maxExpansion) : Double.toString(maxExpansion);
    }

    private static String raise(String option) {
        return "option " + option + " (source.options." + option + " in a config, --option " + option
                + "=... for inspect)";
    }
}
