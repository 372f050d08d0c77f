package org.richlazy.transform;

import java.util.Map;
import org.richlazy.transform.matrix.LowRank;
import org.richlazy.transform.matrix.Matrices;

/**
 * The optional truncation step of the studied matrix, after selection and signs and before
 * scaling ({@link TransformSpec#truncate()}, ours): W is replaced by its best rank-r approximation
 * {@code W_r = sum_{k<r} s_k u_k v_k^T} ({@link LowRank}, Eckart-Young). The kept fraction of the
 * squared Frobenius norm is {@code sum_{k<r} s_k^2 / sum_k s_k^2 = ||W_r||_F^2 / ||W||_F^2}.
 *
 * <p>With what a network trained on the task learned as the source, its change
 * {@code W_h_final - W_h_initial} (not {@code W_h_final}, whose top directions are still those of
 * its random initial draw; {@code docs/science.md}), W_r keeps the top r singular directions of
 * that change: a low-rank init aligned with the task, the exception Liu et al. (ICLR 2024) name to
 * "low rank learns richer". Scaled like any init, it is compared with random rank-r inits of the
 * same norm (baseline {@code truncated-rank}).
 */
final class StudiedTruncation {
    private StudiedTruncation() {
    }

    /** The studied init's name: {@code kind}, or {@code <kind>-rank-<r>} when truncated. */
    static String name(String kind, Integer rank) {
        return rank == null ? kind : kind + "-rank-" + rank;
    }

    /**
     * Returns {@code w} itself when {@code rank} is null, else a new matrix W_r, and records in
     * {@code recipe} what was done: {@code truncate}, {@code truncate.rank},
     * {@code truncate.kept-fraction}.
     *
     * @throws TransformException if the rank is outside [1, N]
     */
    static double[][] apply(double[][] w, Integer rank, Map<String, String> recipe) {
        if (rank == null) {
            return w;
        }
        int n = w.length;
        if (rank < 1 || rank > n) {
            throw new TransformException("TransformSpec.truncate", "rank " + rank + " is outside [1, " + n + "]",
                    "1 <= rank <= N = " + n);
        }
        double[][] truncated = LowRank.truncation(w, rank);
        double all = Matrices.frobenius(w);
        double kept = Matrices.frobenius(truncated);
        recipe.put("truncate", "best rank-" + rank + " approximation (top " + rank
                + " singular triplets, Eckart-Young) of the signed matrix, before scaling");
        recipe.put("truncate.rank", Integer.toString(rank));
        recipe.put("truncate.kept-fraction", Double.toString(kept * kept / (all * all)));
        return truncated;
    }
}
