package org.richlazy.pipeline.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.richlazy.ingest.IngestOptions;

/**
 * Where the studied connectivity comes from: a built-in source or a file.
 *
 * @param preset  a built-in source: {@value #MOUSE_V1_L23}, or {@value #RANDOM_GAUSSIAN} for the
 *                paper's random rank sweep (Fig. 1: one Gaussian draw and its truncated ranks
 *                {@code transform.ranks}, no measured data; {@code ranks: []} trains the draw alone);
 *                exclusive with {@code path}
 * @param path    a connectivity file, relative to the working directory; exclusive with {@code preset}
 * @param options how to read the file (format, orientation, columns, populations... see
 *                {@code docs/formats.md}); only with {@code path}
 */
public record SourceSpec(String preset, String path, IngestOptions options) {
    /** The built-in mouse V1 layer-2/3 four-class cell-type table (docs/science.md#built-in-preset). */
    public static final String MOUSE_V1_L23 = "mouse-v1-l23";
    /** No measured source: the paper's Gaussian init and its truncated-rank versions. */
    public static final String RANDOM_GAUSSIAN = "random-gaussian";

    public SourceSpec {
        if (preset == null && path == null) {
            preset = MOUSE_V1_L23;
        }
        if (preset != null && path != null) {
            throw new IllegalArgumentException("give either source.preset or source.path, not both");
        }
        if (preset != null && !MOUSE_V1_L23.equals(preset) && !RANDOM_GAUSSIAN.equals(preset)) {
            throw new IllegalArgumentException("unknown source.preset '" + preset + "'; known: " + MOUSE_V1_L23
                    + ", " + RANDOM_GAUSSIAN);
        }
        if (options != null && path == null) {
            throw new IllegalArgumentException("source.options are for a file given as source.path");
        }
        if (path != null && options == null) {
            options = IngestOptions.defaults();
        }
    }

    /** Whether this is the random rank sweep, with nothing to ingest. */
    @JsonIgnore
    public boolean isRandomSweep() {
        return RANDOM_GAUSSIAN.equals(preset);
    }
}
