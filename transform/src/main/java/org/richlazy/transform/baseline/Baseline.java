package org.richlazy.transform.baseline;

import java.util.List;
import java.util.Map;
import org.richlazy.ingest.Neuron;
import org.richlazy.transform.BaselineKind;
import org.richlazy.transform.ScalingRule;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.spectrum.Spectrum;

/**
 * One kind of random baseline for a studied matrix (docs/science.md#initial-weights-and-baselines). A baseline makes
 * unscaled drafts;
 * the builder then scales each draft by the same {@link ScalingRule} as the studied matrix.
 */
public interface Baseline {

    /**
     * An unscaled baseline matrix.
     *
     * @param name   the init name ({@code gaussian}, {@code rank-30}, ...)
     * @param matrix N x N, {@code [post][pre]}
     * @param recipe what made it (kind and parameters), in order
     */
    record Draft(String name, double[][] matrix, Map<String, String> recipe) {
    }

    /**
     * The studied matrix a baseline is matched to: selected and signed but not yet scaled.
     *
     * @param name     the studied init's name
     * @param matrix   N x N, {@code [post][pre]}
     * @param spectrum its spectrum
     * @param neurons  its N neurons in matrix order (classes and signs, for the baselines that keep them)
     */
    record Studied(String name, double[][] matrix, Spectrum spectrum, List<Neuron> neurons) {
        public Studied {
            neurons = List.copyOf(neurons);
            if (neurons.size() != matrix.length) {
                throw new IllegalArgumentException(neurons.size() + " neurons for a " + matrix.length + " x "
                        + matrix.length + " matrix");
            }
        }

        int size() {
            return matrix.length;
        }
    }

    /** The word of this kind as it appears in {@link TransformSpec#baselines()} ({@link BaselineKind}). */
    String kind();

    /** Makes this kind's drafts; every random draw comes from {@code seed}. */
    List<Draft> drafts(Studied studied, TransformSpec spec, long seed);
}
