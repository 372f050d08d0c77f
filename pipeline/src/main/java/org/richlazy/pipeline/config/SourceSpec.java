package org.richlazy.pipeline.config;

/**
 * Where the studied connectivity comes from: a built-in preset or a file.
 *
 * @param preset a built-in preset name ({@value #MOUSE_V1_L23}); exclusive with {@code path}
 * @param path   a connectivity file, relative to the working directory; exclusive with {@code preset}
 * @param format the file's format, or {@code null} to detect it from extension and content
 */
public record SourceSpec(String preset, String path, String format) {
    /** The built-in mouse V1 layer-2/3 four-class cell-type table (SPEC §9). */
    public static final String MOUSE_V1_L23 = "mouse-v1-l23";

    public SourceSpec {
        if (preset == null && path == null) {
            preset = MOUSE_V1_L23;
        }
        if (preset != null && path != null) {
            throw new IllegalArgumentException("give either source.preset or source.path, not both");
        }
        if (preset != null && !MOUSE_V1_L23.equals(preset)) {
            throw new IllegalArgumentException("unknown source.preset '" + preset + "'; known: " + MOUSE_V1_L23);
        }
    }
}
