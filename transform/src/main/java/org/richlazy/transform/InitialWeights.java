package org.richlazy.transform;

import java.util.Map;
import java.util.Objects;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.spectrum.Spectrum;

/**
 * One initial recurrent matrix W_h(0), {@code [post][pre]}, with how it was made.
 *
 * @param name     short id used in file names and the report, e.g. {@code "measured"}, {@code "gaussian"}
 * @param weights  N x N, {@code [post][pre]}, dense or on its synapses (docs/science.md#connectome-scale)
 * @param spectrum its spectrum and effective ranks (partial for sparse weights, {@link Spectrum#partial})
 * @param recipe   ordered key/value description of every step that made it (kind, source,
 *                 selection, sign rule, scaling rule and factor, baseline parameters)
 * @param seed     the seed of every random draw that made it (also in the recipe)
 */
public record InitialWeights(String name, RecurrentMatrix weights, Spectrum spectrum, Map<String, String> recipe,
                             long seed) {
    public InitialWeights {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(spectrum, "spectrum");
        recipe = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recipe));
    }

    /** A dense init; callers must not modify {@code matrix}. */
    public InitialWeights(String name, double[][] matrix, Spectrum spectrum, Map<String, String> recipe, long seed) {
        this(name, new DenseMatrix(matrix), spectrum, recipe, seed);
    }

    /**
     * The N x N rows of a dense init; callers must not modify them.
     *
     * @throws IllegalStateException for sparse weights, which are never made dense
     */
    public double[][] matrix() {
        if (weights instanceof DenseMatrix d) {
            return d.rows();
        }
        throw new IllegalStateException("init '" + name + "' holds sparse weights (N = " + size()
                + "); its dense N x N matrix is not made");
    }

    /** Number of neurons N. */
    public int size() {
        return weights.size();
    }
}
