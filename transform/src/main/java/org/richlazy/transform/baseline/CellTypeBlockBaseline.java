package org.richlazy.transform.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.ingest.Neuron;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.TransformSpec;

/**
 * A stochastic block model of the studied matrix over its neurons' cell classes: for every block (class of
 * the postsynaptic neuron, class of the presynaptic neuron) the connection probability is the studied
 * block's fraction of nonzero entries among its off-diagonal pairs, and a connection's weight is drawn with
 * replacement from the studied block's nonzero weights (their distribution, signs included). Each
 * off-diagonal pair is an independent Bernoulli draw; there are no self-connections. The class sizes and the
 * neurons' classes are the studied ones, so the class-to-class structure is kept and everything finer
 * (degrees, motifs, which neuron) is random.
 */
final class CellTypeBlockBaseline implements Baseline {
    @Override
    public String kind() {
        return "celltype-block";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        double[][] w = studied.matrix();
        int n = w.length;
        List<String> classes = new ArrayList<>();
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            Neuron neuron = studied.neurons().get(i);
            if (neuron.cellClass() == null) {
                throw new TransformException("baseline celltype-block", "neuron " + neuron.id() + " has no cell class",
                        "a cell class for every neuron (a cell-type table, or a source with a class column)");
            }
            int k = classes.indexOf(neuron.cellClass());
            if (k < 0) {
                classes.add(neuron.cellClass());
                k = classes.size() - 1;
            }
            cls[i] = k;
        }
        int c = classes.size();
        List<List<Double>> weights = new ArrayList<>();
        long[] pairs = new long[c * c];
        for (int b = 0; b < c * c; b++) {
            weights.add(new ArrayList<>());
        }
        for (int post = 0; post < n; post++) {
            for (int pre = 0; pre < n; pre++) {
                if (post != pre) {
                    int b = cls[post] * c + cls[pre];
                    pairs[b]++;
                    if (w[post][pre] != 0) {
                        weights.get(b).add(w[post][pre]);
                    }
                }
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] out = new double[n][n];
        for (int post = 0; post < n; post++) {
            for (int pre = 0; pre < n; pre++) {
                int b = cls[post] * c + cls[pre];
                List<Double> pool = weights.get(b);
                if (post != pre && !pool.isEmpty() && rng.nextDouble() < (double) pool.size() / pairs[b]) {
                    out[post][pre] = pool.get(rng.nextInt(pool.size()));
                }
            }
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("baseline", "stochastic block model of " + studied.name() + " (signed, before scaling) over "
                + c + " cell classes " + classes + ": block probabilities and weight distributions of the studied "
                + "blocks, Bernoulli connections, no self-connections");
        StringBuilder p = new StringBuilder();
        for (int b = 0; b < c * c; b++) {
            p.append(b == 0 ? "" : ", ").append(classes.get(b % c)).append("->").append(classes.get(b / c))
                    .append(String.format(Locale.ROOT, " %.4f", pairs[b] == 0 ? 0.0 : (double) weights.get(b).size() / pairs[b]));
        }
        recipe.put("block-probabilities", p.toString());
        return List.of(new Draft(kind(), out, recipe));
    }
}
