package org.richlazy.transform;

import java.util.Map;
import java.util.Objects;
import org.richlazy.transform.spectrum.Spectrum;

/**
 * One initial recurrent matrix W_h(0), {@code [post][pre]}, with how it was made.
 *
 * @param name     short id used in file names and the report, e.g. {@code "measured"}, {@code "gaussian"}
 * @param matrix   N x N, {@code [post][pre]}; callers must not modify it
 * @param spectrum its spectrum and effective ranks
 * @param recipe   ordered key/value description of every step that made it (kind, source,
 *                 selection, sign rule, scaling rule and factor, baseline parameters)
 * @param seed     the seed of every random draw that made it (also in the recipe)
 */
public record InitialWeights(String name, double[][] matrix, Spectrum spectrum, Map<String, String> recipe,
                             long seed) {
    public InitialWeights {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(spectrum, "spectrum");
        recipe = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recipe));
    }

    /** Number of neurons N. */
    public int size() {
        return matrix.length;
    }
}
