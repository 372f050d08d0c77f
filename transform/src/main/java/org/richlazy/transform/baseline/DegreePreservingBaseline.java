package org.richlazy.transform.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * Maslov-Sneppen rewiring (Maslov and Sneppen 2002, Science 296:910) of the studied matrix's directed graph:
 * repeated double-edge swaps {@code a->b, c->d} into {@code a->d, c->b}, refused when they would make a
 * self-connection or a connection that exists already. Every neuron keeps its in- and out-degree, and each
 * edge's weight (and so its sign) travels with its presynaptic neuron, so each neuron's outgoing weights are
 * kept as a set while its targets are random. Self-connections stay where they are. {@value #SWAPS_PER_EDGE}
 * swap attempts per edge; the recipe records the attempts, the accepted swaps and the fraction of edges
 * that ended away from their place.
 */
final class DegreePreservingBaseline implements Baseline {
    /** Swap attempts per edge (Maslov and Sneppen's rewiring mixes after a few swaps per edge). */
    static final int SWAPS_PER_EDGE = 20;

    @Override
    public String kind() {
        return "degree-preserving";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        SparseMatrix w = studied.entries();
        int n = w.size();
        Synapses edges = new Synapses();
        Synapses out = new Synapses();
        w.forEachNonzero((post, pre, v) -> {
            if (post == pre) {
                out.add(post, pre, v);
            } else {
                edges.add(post, pre, v);
            }
        });
        int m = edges.size();
        int[] from = new int[m];
        int[] to = new int[m];
        EntryPermutation.LongSet present = new EntryPermutation.LongSet(m);
        edges.forEach((k, post, pre) -> {
            from[k] = pre;
            to[k] = post;
            present.add(key(pre, post, n));
        });
        SplittableRandom rng = new SplittableRandom(seed);
        long attempts = (long) SWAPS_PER_EDGE * m;
        long accepted = 0;
        for (long t = 0; t < attempts && m >= 2; t++) {
            int e = rng.nextInt(m);
            int f = rng.nextInt(m);
            int a = from[e];
            int b = to[e];
            int c = from[f];
            int d = to[f];
            if (a == c || b == d || a == d || c == b || present.contains(key(a, d, n)) || present.contains(key(c, b, n))) {
                continue;
            }
            present.remove(key(a, b, n));
            present.remove(key(c, d, n));
            present.add(key(a, d, n));
            present.add(key(c, b, n));
            to[e] = d;
            to[f] = b;
            accepted++;
        }
        double[] weights = edges.values();
        long moved = 0;
        for (int k = 0; k < m; k++) {
            out.add(to[k], from[k], weights[k]);
            if (w.get(to[k], from[k]) == 0) {
                moved++;
            }
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("baseline", "Maslov-Sneppen double-edge swaps of " + studied.name() + " (signed, before scaling): "
                + "in- and out-degrees kept, each weight travels with its presynaptic neuron, self-connections stay");
        recipe.put("swaps", accepted + " accepted of " + attempts + " attempted (" + SWAPS_PER_EDGE + " per edge, "
                + m + " edges)");
        recipe.put("edges-moved", String.format(Locale.ROOT, "%.4f", m == 0 ? 0.0 : (double) moved / m));
        return List.of(new Draft(kind(), out.matrix(n), recipe));
    }

    private static long key(int pre, int post, int n) {
        return (long) pre * n + post;
    }
}
