package org.richlazy.transform;

import org.richlazy.ingest.Connectome;
import org.richlazy.transform.matrix.RecurrentMatrix;

/**
 * Refuses a studied matrix that float64 cannot scale: one whose Frobenius norm
 * {@code ||W||_F = M sqrt(sum (w_ij / M)^2)}, {@code M = max|w_ij|}, exceeds {@link Double#MAX_VALUE}
 * (about 1.8e308), or one that the sign rule or row balance turned non-finite. Every other norm and
 * the spectral radius are at most {@code ||W||_F}, so below that bound the spectrum, each scaling rule's
 * measure and the scaled init are finite (docs/science.md#overflow-safe-norms). Such weights come from a
 * damaged file, so the error names the file and the entry (post, pre) with the largest magnitude.
 */
final class ScalableSource {
    private ScalableSource() {
    }

    /**
     * @param prepared the signed (and truncated) studied matrix, {@code [post][pre]} in the order of
     *                 {@code selected}'s neurons
     * @param selected the selected source it came from, for the file and neuron names
     * @throws TransformException naming the source file, the entry and its weight
     */
    static void require(RecurrentMatrix prepared, Connectome selected) {
        int n = prepared.size();
        int[] largest = {0, 0};
        double[] magnitude = {0};
        prepared.forEachNonzero((i, j, v) -> {
            if (!Double.isFinite(v)) {
                throw refusal(selected, i, j, "becomes " + v + " after the sign rule and row balance");
            }
            if (Math.abs(v) > magnitude[0]) {
                magnitude[0] = Math.abs(v);
                largest[0] = i;
                largest[1] = j;
            }
        });
        if (Double.isInfinite(prepared.frobenius())) {
            throw refusal(selected, largest[0], largest[1], "makes the Frobenius norm of the " + n + " x " + n
                    + " matrix exceed the largest float64 (" + Double.MAX_VALUE + ")");
        }
    }

    private static TransformException refusal(Connectome selected, int post, int pre, String problem) {
        String files = selected.provenance().sourceFiles().isEmpty() ? "(no file)"
                : String.join(", ", selected.provenance().sourceFiles());
        return new TransformException(files + ": entry [post " + selected.neurons().get(post).id() + "][pre "
                + selected.neurons().get(pre).id() + "]", "weight " + selected.weight(post, pre) + " " + problem,
                "weights whose Frobenius norm sqrt(sum w^2) is finite in float64 (is the file damaged?)");
    }
}
