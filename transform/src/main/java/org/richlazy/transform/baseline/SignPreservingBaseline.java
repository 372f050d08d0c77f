package org.richlazy.transform.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.ingest.CellSign;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * The studied matrix's entries (zeros included) permuted within the sign blocks E->E, E->I, I->E, I->I
 * (block = postsynaptic sign x presynaptic sign; neurons of unknown sign form a third class U): every block
 * keeps its weight distribution and density, so Dale's column signs and the E/I balance of every row block
 * stay, while which neuron connects to which within a block is random. Drawn on the nonzero entries alone (each block's
 * values in a uniformly random order placed on as many of its positions drawn without repeats, {@link
 * EntryPermutation#scatter}), the same distribution as permuting the whole block.
 */
final class SignPreservingBaseline implements Baseline {
    @Override
    public String kind() {
        return "sign-preserving";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        SparseMatrix w = studied.entries();
        int n = w.size();
        CellSign[] sign = studied.neurons().stream().map(x -> x.sign()).toArray(CellSign[]::new);
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> blocks = new ArrayList<>();
        Synapses out = new Synapses();
        for (CellSign post : CellSign.values()) {
            int[] posts = java.util.stream.IntStream.range(0, n).filter(i -> sign[i] == post).toArray();
            for (CellSign pre : CellSign.values()) {
                int[] pres = java.util.stream.IntStream.range(0, n).filter(j -> sign[j] == pre).toArray();
                if (posts.length == 0 || pres.length == 0) {
                    continue;
                }
                Synapses block = new Synapses();
                w.forEachNonzero((i, j, v) -> {
                    if (sign[i] == post && sign[j] == pre) {
                        block.add(i, j, v);
                    }
                });
                double[] values = block.values();
                long[] at = EntryPermutation.scatter(values, posts.length, pres.length, rng);
                for (int k = 0; k < at.length; k++) {
                    out.add(posts[(int) (at[k] / pres.length)], pres[(int) (at[k] % pres.length)], values[k]);
                }
                blocks.add(letter(pre) + "->" + letter(post) + " " + (long) posts.length * pres.length);
            }
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("baseline", "entries of " + studied.name() + " (signed, before scaling) permuted within their "
                + "(presynaptic sign -> postsynaptic sign) block; zeros move within the block too");
        recipe.put("blocks", String.join(", ", blocks));
        return List.of(new Draft(kind(), out.matrix(n), recipe));
    }

    private static String letter(CellSign s) {
        return switch (s) {
            case EXCITATORY -> "E";
            case INHIBITORY -> "I";
            case UNKNOWN -> "U";
        };
    }
}
