package org.richlazy.transform.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.transform.RankMatch;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.LowRank;
import org.richlazy.transform.matrix.RandomMatrices;
import org.richlazy.transform.spectrum.Spectrum;

/**
 * A Gaussian draw truncated to the studied matrix's effective rank (docs/science.md#initial-weights-and-baselines):
 * r = round(PR) with
 * the participation ratio {@code PR = (sum s^2)^2 / sum s^4} ({@code participation-ratio}, default),
 * or r = round(erEig * N) ({@code er-eig}). Both lie in [1, N] for a nonzero matrix.
 */
final class RankMatchedBaseline implements Baseline {
    @Override
    public String kind() {
        return "rank-matched";
    }

    /** The matched rank for the studied spectrum under {@code rule}. */
    static int matchedRank(Spectrum s, RankMatch rule) {
        double value = switch (rule) {
            case PARTICIPATION_RATIO -> s.participationRatio();
            case ER_EIG -> s.erEig() * s.size();
        };
        if (!Double.isFinite(value)) {
            throw new TransformException("rank matching (" + rule.word() + ")", "the studied matrix's value is " + value
                    + " (zero matrix, or zero spectral radius for er-eig)", "a finite effective rank");
        }
        return (int) Math.round(value);
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        int r = matchedRank(studied.spectrum(), spec.rankMatch());
        double[][] draw = RandomMatrices.gaussian(studied.size(), spec.gain(), new SplittableRandom(seed));
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("rank", Integer.toString(r));
        recipe.put("rank.rule", spec.rankMatch() == RankMatch.ER_EIG ? "er-eig: r = round(erEig * N) of " + studied.name()
                : "participation-ratio: r = round(PR) of " + studied.name());
        recipe.put("rank.studied", Double.toString(spec.rankMatch() == RankMatch.ER_EIG
                ? studied.spectrum().erEig() * studied.size() : studied.spectrum().participationRatio()));
        recipe.put("baseline", "top-" + r + " SVD truncation of g * randn(N, N) / sqrt(N), g = " + spec.gain());
        return List.of(new Draft(kind(), LowRank.truncation(draw, r), recipe));
    }
}
