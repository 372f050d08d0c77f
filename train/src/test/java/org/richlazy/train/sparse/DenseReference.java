package org.richlazy.train.sparse;

import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.transform.matrix.SparseMatrix;

/** Sparse weights from the dense float64 reference's, for the tests that compare the two. */
final class DenseReference {
    private DenseReference() {
    }

    /** The nonzero entries of the row-major {@code [N x N]} matrix {@code w} ({@code [post][pre]}). */
    static SynapsePattern pattern(double[] w, int neurons) {
        double[][] rows = new double[neurons][];
        for (int i = 0; i < neurons; i++) {
            rows[i] = java.util.Arrays.copyOfRange(w, i * neurons, (i + 1) * neurons);
        }
        SparseMatrix s = SparseMatrix.of(rows);
        return SynapsePattern.ofRows(neurons, s.rowStarts(), s.columns());
    }

    /** {@code w} rounded to float32, its recurrent matrix on {@code pattern} (which must hold its every nonzero). */
    static SparseCtrnnWeights weights(CtrnnWeights w, SynapsePattern pattern) {
        int n = w.neurons();
        SparseCtrnnWeights f = new SparseCtrnnWeights(pattern, w.inputs(), w.outputs());
        for (int k = 0; k < w.wIn().length; k++) {
            f.wIn()[k] = (float) w.wIn()[k];
        }
        for (int k = 0; k < w.wOut().length; k++) {
            f.wOut()[k] = (float) w.wOut()[k];
        }
        long kept = 0;
        for (int i = 0; i < n; i++) {
            for (int k = pattern.rowStart(i); k < pattern.rowStart(i + 1); k++) {
                f.wH()[k] = (float) w.wH()[i * n + pattern.pre(k)];
                kept += f.wH()[k] != 0 ? 1 : 0;
            }
        }
        long nonzero = java.util.Arrays.stream(w.wH()).filter(v -> v != 0).count();
        if (kept != nonzero) {
            throw new AssertionError((nonzero - kept) + " nonzero recurrent entries off the synapse pattern");
        }
        return f;
    }
}
