package org.richlazy.ingest.assemble;

import java.util.List;
import org.richlazy.ingest.OptionWord;
import org.richlazy.ingest.Provenance;

/**
 * Electrical synapses (gap junctions) couple two cells both ways, but sources list them once or twice: this checks the
 * listed pairs and, with {@link Rule#MIRROR_MISSING}, supplies the reverse of each pair listed one way only
 * (docs/formats.md#edge-list-one-row-per-directed-edge).
 */
public final class GapJunctions {
    /** Option {@code electrical}: gap junctions as listed, or with the reverse of one listed one way added. */
    public enum Rule implements OptionWord {
        AS_LISTED, MIRROR_MISSING
    }

    private GapJunctions() {
    }

    /**
     * Records in {@code prov} how many electrical pairs of {@code electrical} are listed one way only and how many
     * listed both ways carry different weights; with {@code rule} {@link Rule#MIRROR_MISSING} (null = as listed), adds
     * to {@code reverseToAdd} each missing reverse {post, pre, weight} with the listed weight.
     */
    public static Provenance check(EdgeSums electrical, Rule rule, Provenance prov, List<double[]> reverseToAdd) {
        boolean mirror = rule == Rule.MIRROR_MISSING;
        long[] oneWay = {0};
        long[] disagree = {0};
        electrical.forEach((pre, post, w) -> {
            if (pre == post) {
                return;
            }
            if (!electrical.has(post, pre)) {
                oneWay[0]++;
                if (mirror) {
                    reverseToAdd.add(new double[] {post, pre, w});
                }
            } else if (pre < post && electrical.get(post, pre) != w) {
                disagree[0]++;
            }
        });
        prov = prov.withStep("electrical synapses listed in one direction only", oneWay[0],
                mirror ? "option electrical = mirror-missing: reverse direction added with the same weight"
                        : "option electrical = as-listed: kept one-directional");
        if (disagree[0] > 0) {
            prov = prov.withStep("electrical pairs whose two directions carry different weights", disagree[0],
                    "kept as listed (no averaging)");
        }
        return prov;
    }
}
