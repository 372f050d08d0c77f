package org.richlazy.transform.baseline;

import java.util.List;
import java.util.Map;
import org.richlazy.ingest.Neuron;
import org.richlazy.transform.BaselineKind;
import org.richlazy.transform.ScalingRule;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.matrix.SparseMatrix;
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
     * @param matrix N x N, {@code [post][pre]}: sparse from the rungs that keep a synapse pattern (the builder holds
     *               it dense when the studied matrix is dense), dense from the rungs that are dense by nature
     * @param recipe what made it (kind and parameters), in order
     */
    record Draft(String name, RecurrentMatrix matrix, Map<String, String> recipe) {
        /** A dense draft. */
        public Draft(String name, double[][] matrix, Map<String, String> recipe) {
            this(name, new DenseMatrix(matrix), recipe);
        }
    }

    /**
     * The studied matrix a baseline is matched to: selected and signed but not yet scaled.
     *
     * @param name     the studied init's name
     * @param matrix   N x N, {@code [post][pre]}, dense or sparse
     * @param spectrum its spectrum
     * @param neurons  its N neurons in matrix order (classes and signs, for the baselines that keep them)
     */
    record Studied(String name, RecurrentMatrix matrix, Spectrum spectrum, List<Neuron> neurons) {
        public Studied {
            neurons = List.copyOf(neurons);
            if (neurons.size() != matrix.size()) {
                throw new IllegalArgumentException(neurons.size() + " neurons for a " + matrix.size() + " x "
                        + matrix.size() + " matrix");
            }
        }

        /** A dense studied matrix. */
        public Studied(String name, double[][] matrix, Spectrum spectrum, List<Neuron> neurons) {
            this(name, new DenseMatrix(matrix), spectrum, neurons);
        }

        int size() {
            return matrix.size();
        }

        /** The nonzero entries as compressed rows. */
        SparseMatrix entries() {
            return matrix.sparse();
        }

        /** The name and an error for a studied matrix without synapses, for the rungs that need some. */
        SparseMatrix requireSynapses(String kind) {
            SparseMatrix s = entries();
            if (s.nonzeros() == 0) {
                throw new TransformException("baseline " + kind, name + " has no nonzero entry",
                        "a studied matrix with synapses");
            }
            return s;
        }
    }

    /** The word of this kind as it appears in {@link TransformSpec#baselines()} ({@link BaselineKind}). */
    String kind();

    /** Makes this kind's drafts; every random draw comes from {@code seed}. */
    List<Draft> drafts(Studied studied, TransformSpec spec, long seed);
}
