package org.richlazy.transform.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.richlazy.transform.TransformException;

/**
 * Best rank-r approximations (Eckart-Young): with the SVD {@code W = U S V^T}, singular values
 * descending, {@code W_r = sum_{k<r} s_k u_k v_k^T}. One SVD serves every rank of a sweep. It is the
 * rank-r matrix nearest to W in Frobenius and spectral norm (Eckart & Young 1936), and
 * {@code ||W_r||_F^2 = sum_{k<r} s_k^2}. When {@code s_r = s_{r+1}} the truncation is not unique; EJML's
 * order of equal singular values decides, and every choice has the same singular values. The SVD is
 * taken of {@code W / M}, {@code M = max|w_ij|}, and the singular values multiplied back by M, so that
 * entries near {@link Double#MAX_VALUE} do not overflow inside EJML (docs/science.md#overflow-safe-norms).
 */
public final class LowRank {
    private LowRank() {
    }

    /**
     * The best rank-r approximation of {@code w}.
     *
     * @throws TransformException if r is outside [1, N]
     */
    public static double[][] truncation(double[][] w, int r) {
        return truncations(w, List.of(r)).get(r);
    }

    /**
     * The truncation of {@code w} (n x m, square or not) to each rank, keyed by rank in the given order.
     *
     * @throws TransformException if a rank is outside [1, min(n, m)]
     */
    public static Map<Integer, double[][]> truncations(double[][] w, List<Integer> ranks) {
        int n = w.length;
        int cols = w[0].length;
        int most = Math.min(n, cols);
        for (Integer r : ranks) {
            if (r == null || r < 1 || r > most) {
                throw new TransformException("rank " + r, "outside [1, " + most + "]", n == cols
                        ? "1 <= r <= N = " + n : "1 <= r <= min(rows, columns) = " + most);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, cols, true, true, false);
        double unit = Matrices.maxAbs(w);
        if (!svd.decompose(new DMatrixRMaj(Matrices.inUnitsOfMax(w)))) {
            throw new TransformException("rank truncation of a " + n + " x " + cols + " matrix",
                    "SVD did not converge", "a matrix EJML can decompose");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj s = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, s, v, false);
        Map<Integer, double[][]> out = new LinkedHashMap<>();
        for (int r : ranks) {
            double[][] m = new double[n][cols];
            for (int k = 0; k < r; k++) {
                double sk = s.get(k, k) * unit;
                for (int i = 0; i < n; i++) {
                    double a = sk * u.get(i, k);
                    if (a == 0) {
                        continue;
                    }
                    double[] row = m[i];
                    for (int j = 0; j < cols; j++) {
                        row[j] += a * v.get(j, k);
                    }
                }
            }
            out.put(r, m);
        }
        return out;
    }
}
