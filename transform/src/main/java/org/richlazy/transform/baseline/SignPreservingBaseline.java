package org.richlazy.transform.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.ingest.CellSign;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.Matrices;

/**
 * The studied matrix's entries (zeros included) permuted within the sign blocks E->E, E->I, I->E, I->I
 * (block = postsynaptic sign x presynaptic sign; neurons of unknown sign form a third class U): every block
 * keeps its weight distribution and density, so Dale's column signs and the E/I balance of every row block
 * stay, while which neuron connects to which within a block is random.
 */
final class SignPreservingBaseline implements Baseline {
    @Override
    public String kind() {
        return "sign-preserving";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        double[][] w = studied.matrix();
        CellSign[] sign = studied.neurons().stream().map(n -> n.sign()).toArray(CellSign[]::new);
        double[][] out = Matrices.copy(w);
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> blocks = new ArrayList<>();
        for (CellSign post : CellSign.values()) {
            for (CellSign pre : CellSign.values()) {
                List<int[]> block = EntryPermutation.positions(w, (i, j) -> sign[i] == post && sign[j] == pre);
                if (!block.isEmpty()) {
                    EntryPermutation.permute(out, block, rng);
                    blocks.add(letter(pre) + "->" + letter(post) + " " + block.size());
                }
            }
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("baseline", "entries of " + studied.name() + " (signed, before scaling) permuted within their "
                + "(presynaptic sign -> postsynaptic sign) block; zeros move within the block too");
        recipe.put("blocks", String.join(", ", blocks));
        return List.of(new Draft(kind(), out, recipe));
    }

    private static String letter(CellSign s) {
        return switch (s) {
            case EXCITATORY -> "E";
            case INHIBITORY -> "I";
            case UNKNOWN -> "U";
        };
    }
}
