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
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * A stochastic block model of the studied matrix over its neurons' cell classes: for every block (class of
 * the postsynaptic neuron, class of the presynaptic neuron) the connection probability is the studied
 * block's fraction of nonzero entries among its off-diagonal pairs, and a connection's weight is drawn with
 * replacement from the studied block's nonzero weights (their distribution, signs included). Each
 * off-diagonal pair is an independent Bernoulli draw; there are no self-connections. The class sizes and the
 * neurons' classes are the studied ones, so the class-to-class structure is kept and everything finer
 * (degrees, motifs, which neuron) is random. The Bernoulli draws are made by skipping from one connection to the next
 * (geometric gaps), in time proportional to the connections drawn rather than to N^2.
 */
final class CellTypeBlockBaseline implements Baseline {
    @Override
    public String kind() {
        return "celltype-block";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        SparseMatrix w = studied.entries();
        int n = w.size();
        List<String> classes = new ArrayList<>();
        Map<String, Integer> classIndex = new java.util.HashMap<>();
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            Neuron neuron = studied.neurons().get(i);
            if (neuron.cellClass() == null) {
                throw new TransformException("baseline celltype-block", "neuron " + neuron.id() + " has no cell class",
                        "a cell class for every neuron (a cell-type table, or a source with a class column)");
            }
            cls[i] = classIndex.computeIfAbsent(neuron.cellClass(), k -> {
                classes.add(k);
                return classes.size() - 1;
            });
        }
        int c = classes.size();
        int[][] members = new int[c][];
        int[] rank = new int[n];
        for (int k = 0; k < c; k++) {
            int of = k;
            members[k] = java.util.stream.IntStream.range(0, n).filter(i -> cls[i] == of).toArray();
            for (int r = 0; r < members[k].length; r++) {
                rank[members[k][r]] = r;
            }
        }
        Map<Long, Synapses> pools = new java.util.TreeMap<>();
        w.forEachNonzero((post, pre, v) -> {
            if (post != pre) {
                pools.computeIfAbsent((long) cls[post] * c + cls[pre], k -> new Synapses()).add(post, pre, v);
            }
        });
        List<List<Long>> fromClass = new ArrayList<>();
        for (int k = 0; k < c; k++) {
            fromClass.add(new ArrayList<>());
        }
        Map<Long, double[]> poolValues = new java.util.HashMap<>();
        pools.forEach((b, pool) -> {
            fromClass.get((int) (b / c)).add(b);
            poolValues.put(b, pool.values());
        });
        SplittableRandom rng = new SplittableRandom(seed);
        Synapses out = new Synapses();
        for (int post = 0; post < n; post++) {
            for (long b : fromClass.get(cls[post])) {
                double[] pool = poolValues.get(b);
                int[] candidates = members[(int) (b % c)];
                boolean self = cls[post] == b % c;
                int trials = candidates.length - (self ? 1 : 0);
                double p = pool.length / (double) pairs(members, (int) (b / c), (int) (b % c));
                for (int t = skip(p, rng); t < trials; t += 1 + skip(p, rng)) {
                    int pre = candidates[self && t >= rank[post] ? t + 1 : t];
                    out.add(post, pre, pool[rng.nextInt(pool.length)]);
                }
            }
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("baseline", "stochastic block model of " + studied.name() + " (signed, before scaling) over "
                + c + " cell classes " + classes + ": block probabilities and weight distributions of the studied "
                + "blocks, Bernoulli connections, no self-connections");
        StringBuilder p = new StringBuilder();
        for (Map.Entry<Long, Synapses> e : pools.entrySet()) {
            int post = (int) (e.getKey() / c);
            int pre = (int) (e.getKey() % c);
            p.append(p.length() == 0 ? "" : ", ").append(classes.get(pre)).append("->").append(classes.get(post))
                    .append(String.format(Locale.ROOT, " %.4f", e.getValue().size() / (double) pairs(members, post, pre)));
        }
        p.append(pools.isEmpty() ? "none" : "").append(" (blocks not listed: probability 0)");
        recipe.put("block-probabilities", p.toString());
        return List.of(new Draft(kind(), out.matrix(n), recipe));
    }

    /** The off-diagonal pairs of the block (class {@code post} <- class {@code pre}). */
    private static long pairs(int[][] members, int post, int pre) {
        return (long) members[post].length * members[pre].length - (post == pre ? members[post].length : 0);
    }

    /**
     * The number of failures before the next success of independent Bernoulli(p) trials, {@code floor(ln U / ln(1 - p))}
     * for U uniform in (0, 1] (0 when p = 1): visiting only the successes draws the same set as one trial per pair.
     */
    private static int skip(double p, SplittableRandom rng) {
        if (p >= 1) {
            return 0;
        }
        double gap = Math.floor(Math.log(1 - rng.nextDouble()) / Math.log1p(-p));
        return gap >= Integer.MAX_VALUE ? Integer.MAX_VALUE - 1 : (int) gap;
    }
}
