package org.richlazy.transform;

import java.util.List;
import java.util.Map;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Neuron;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.Matrices;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * The sign step (docs/science.md#initial-weights-and-baselines), applied to {@code W[post][pre]} before scaling.
 * <ul>
 *   <li>{@code as-ingested}: weights keep the signs the source gave;</li>
 *   <li>{@code dale}: {@code W[i][j] = sign(j) * |W[i][j]|}, the sign of presynaptic neuron j
 *       (Dale's law at init; the paper does not enforce it during training). A neuron of unknown
 *       sign with any nonzero outgoing weight is an error;</li>
 *   <li>row balance (ours, optional, after the sign rule): {@code W[i][j] -= mean_j W[i][j]}, so
 *       every row sums to zero and a neuron's expected input from uniform activity is zero. This
 *       fills the zero entries, so the balanced matrix is dense. The mean is summed as
 *       {@code sum_j (W[i][j] / N)}, which cannot overflow where the plain sum would.</li>
 * </ul>
 */
final class SignRule {
    private SignRule() {
    }

    /**
     * Returns a new signed (and optionally balanced) matrix, held as {@code w} is, and writes what was done into
     * {@code recipe} ({@code signs}, {@code signs.changed}, {@code row-balance}). Only nonzero entries change sign,
     * so a sparse matrix stays on its synapses.
     *
     * @throws TransformException for row balance on a sparse matrix (it fills every entry), or Dale's law with a
     *                            presynaptic neuron of unknown sign
     */
    static RecurrentMatrix apply(RecurrentMatrix w, List<Neuron> neurons, TransformSpec spec,
                                 Map<String, String> recipe) {
        RecurrentMatrix out = switch (spec.signs()) {
            case AS_INGESTED -> {
                recipe.put("signs", "as-ingested: signs as the source gave them");
                yield w;
            }
            case DALE -> {
                requireKnownSigns(w, neurons);
                long[] changed = {0};
                SparseMatrix entries = w.sparse();
                double[] values = entries.values();
                int[] k = {0};
                entries.forEachEntry((post, pre, v) -> {
                    values[k[0]] = neurons.get(pre).sign().factor() * Math.abs(v);
                    changed[0] += values[k[0]++] != v ? 1 : 0;
                });
                recipe.put("signs", "dale: W[i][j] = sign(presynaptic j) * |W[i][j]|");
                recipe.put("signs.changed", Long.toString(changed[0]));
                SparseMatrix signed = entries.withValues(values);
                yield w.isSparse() ? signed : new DenseMatrix(signed.toDense());
            }
        };
        if (!spec.rowBalance()) {
            recipe.put("row-balance", "false");
            return out;
        }
        if (out.isSparse()) {
            throw new TransformException("transform.row-balance", "true with sparse weights (N = " + w.size() + ")",
                    "row-balance false: subtracting each row's mean fills every one of the N x N entries");
        }
        double[][] rows = Matrices.copy(((DenseMatrix) out).rows());
        int n = rows.length;
        for (double[] row : rows) {
            double mean = 0;
            for (double v : row) {
                mean += v / n;
            }
            for (int j = 0; j < n; j++) {
                row[j] -= mean;
            }
        }
        recipe.put("row-balance", "true: W[i][j] -= mean_j W[i][j] (every row sums to 0; matrix becomes dense)");
        return new DenseMatrix(rows);
    }

    private static void requireKnownSigns(RecurrentMatrix w, List<Neuron> neurons) {
        java.util.Set<Integer> unknown = new java.util.TreeSet<>();
        w.forEachNonzero((post, pre, v) -> {
            if (neurons.get(pre).sign() == CellSign.UNKNOWN) {
                unknown.add(pre);
            }
        });
        if (!unknown.isEmpty()) {
            throw new TransformException("signs 'dale'", unknown.size() + " presynaptic neurons with outgoing "
                    + "weights have an UNKNOWN sign, e.g. " + unknown.stream().limit(5).map(j -> neurons.get(j).id())
                    .toList(), "an EXCITATORY or INHIBITORY sign for every neuron with outgoing weights");
        }
    }
}
