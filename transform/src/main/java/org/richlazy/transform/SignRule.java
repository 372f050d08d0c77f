package org.richlazy.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Neuron;
import org.richlazy.transform.matrix.Matrices;

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
     * Returns a new signed (and optionally balanced) matrix and writes what was done into
     * {@code recipe} ({@code signs}, {@code signs.changed}, {@code row-balance}).
     */
    static double[][] apply(double[][] w, List<Neuron> neurons, TransformSpec spec, Map<String, String> recipe) {
        double[][] out = Matrices.copy(w);
        int n = out.length;
        switch (spec.signs()) {
            case AS_INGESTED -> recipe.put("signs", "as-ingested: signs as the source gave them");
            case DALE -> {
                requireKnownSigns(w, neurons);
                long changed = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        double signed = neurons.get(j).sign().factor() * Math.abs(w[i][j]);
                        if (signed != w[i][j]) {
                            changed++;
                        }
                        out[i][j] = signed;
                    }
                }
                recipe.put("signs", "dale: W[i][j] = sign(presynaptic j) * |W[i][j]|");
                recipe.put("signs.changed", Long.toString(changed));
            }
        }
        if (spec.rowBalance()) {
            for (double[] row : out) {
                double mean = 0;
                for (double v : row) {
                    mean += v / n;
                }
                for (int j = 0; j < n; j++) {
                    row[j] -= mean;
                }
            }
            recipe.put("row-balance", "true: W[i][j] -= mean_j W[i][j] (every row sums to 0; matrix becomes dense)");
        } else {
            recipe.put("row-balance", "false");
        }
        return out;
    }

    private static void requireKnownSigns(double[][] w, List<Neuron> neurons) {
        List<String> unknown = new ArrayList<>();
        for (int j = 0; j < neurons.size(); j++) {
            if (neurons.get(j).sign() == CellSign.UNKNOWN) {
                for (double[] row : w) {
                    if (row[j] != 0) {
                        unknown.add(neurons.get(j).id());
                        break;
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new TransformException("signs 'dale'", unknown.size() + " presynaptic neurons with outgoing "
                    + "weights have an UNKNOWN sign, e.g. " + unknown.subList(0, Math.min(5, unknown.size())),
                    "an EXCITATORY or INHIBITORY sign for every neuron with outgoing weights");
        }
    }
}
