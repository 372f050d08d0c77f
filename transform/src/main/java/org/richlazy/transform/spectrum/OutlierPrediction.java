package org.richlazy.transform.spectrum;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The dominant eigenvalue of a connectivity matrix predicted from its cell-type blocks and its second-order
 * structure, against the measured one (ours; after the low-rank-plus-random picture of Rajan and Abbott
 * 2006 and Aljadeff, Stern and Sharpee 2015, with the degree correlations that chain motifs are).
 *
 * <p>With P the N x K indicator matrix of the neurons' classes (one class for all when there are none) and
 * W = {@code W[post][pre]}:
 * <ul>
 *   <li><b>cell-type prediction</b>: the dominant eigenvalue of the K x K block-mean matrix
 *       {@code B = (P^T P)^-1 P^T W P}, exact for a matrix that is constant within blocks (W P = P B);</li>
 *   <li><b>motif prediction</b>: the dominant eigenvalue {@code lambda} of {@code P^T W^2 P x = lambda P^T W P x},
 *       one power step of W inside the block subspace. For one class of N neurons, connection probability p
 *       and weight w it is {@code 1^T W^2 1 / 1^T W 1 = w [(N - 2) p (1 + a_chain) + p (1 + a_recip)]}
 *       ({@link StructureStatistics}): chains (in- and out-degrees that go together) raise the outlier above
 *       the block mean's {@code (N - 1) p w};</li>
 *   <li><b>bulk radius</b>: {@code sqrt} of the spectral radius of {@code S_ab = n_b var_ab}, the entries'
 *       variance within each block times the presynaptic block's size (the radius of the random part's
 *       eigenvalue disk, Aljadeff et al. 2015); the outliers are the measured eigenvalues outside it.</li>
 * </ul>
 * The predictions describe a real outlier outside the bulk (an excitation-dominated matrix); when the measured
 * dominant eigenvalue lies inside the bulk radius there is none to describe. Neurons whose connection
 * propensities differ within a class widen the bulk beyond the block variances' radius, so eigenvalues just
 * outside it are not all outliers.
 *
 * <p>A prediction that cannot be computed is NaN with its reason in {@link #undefined()}, never an exception
 * (docs/science.md, "Undefined statistics"). The motif prediction needs {@code P^T W P} invertible: a class that
 * receives no input, or whose inputs cancel, makes it singular (the 65-type flyvis table sampled to 300 neurons
 * has such classes), so it is undefined when the reciprocal condition number of {@code P^T W P} is below
 * {@link #SINGULAR}. Eigenvalues come from {@link HessenbergQr}, with EJML's general decomposition as fallback.
 *
 * @param cellType     the dominant (largest real part) eigenvalue of B
 * @param withMotifs   the dominant eigenvalue of the motif prediction (NaN when P^T W P is singular)
 * @param measured     the measured eigenvalue of largest real part
 * @param bulkRadius   the predicted bulk radius
 * @param outliers     the measured eigenvalues outside the bulk radius, largest modulus first, as {re, im}
 * @param undefined    why a prediction above is NaN, one sentence each; empty when all are defined
 */
public record OutlierPrediction(double cellType, double withMotifs, double measured, double bulkRadius,
                                List<double[]> outliers, List<String> undefined) {
    /** The reciprocal condition number of {@code P^T W P} below which the motif prediction is undefined. */
    static final double SINGULAR = 1e-12;

    /** A prediction not computed, every figure NaN, with the reason. */
    public static OutlierPrediction notComputed(String why) {
        return new OutlierPrediction(Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of(), List.of(why));
    }

    /**
     * @param w        {@code W[post][pre]}
     * @param spectrum its spectrum (the measured eigenvalues)
     * @param classes  each neuron's class, or null (one class)
     */
    public static OutlierPrediction of(double[][] w, Spectrum spectrum, List<String> classes) {
        int n = w.length;
        List<String> names = new ArrayList<>();
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            String c = classes == null || classes.get(i) == null ? "" : classes.get(i);
            int k = names.indexOf(c);
            if (k < 0) {
                names.add(c);
                k = names.size() - 1;
            }
            cls[i] = k;
        }
        int k = names.size();
        DMatrixRMaj p = new DMatrixRMaj(n, k);
        double[] size = new double[k];
        for (int i = 0; i < n; i++) {
            p.set(i, cls[i], 1);
            size[cls[i]]++;
        }
        DMatrixRMaj wm = new DMatrixRMaj(w);
        DMatrixRMaj wp = new DMatrixRMaj(n, k);
        CommonOps_DDRM.mult(wm, p, wp);
        DMatrixRMaj ptwp = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(p, wp, ptwp);
        DMatrixRMaj b = ptwp.copy();
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                b.set(a, c, b.get(a, c) / size[a]);
            }
        }
        DMatrixRMaj wwp = new DMatrixRMaj(n, k);
        CommonOps_DDRM.mult(wm, wp, wwp);
        DMatrixRMaj ptwwp = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(p, wwp, ptwwp);
        List<String> undefined = new ArrayList<>();
        double withMotifs = Double.NaN;
        double conditioning = reciprocalCondition(ptwp);
        if (conditioning < SINGULAR) {
            undefined.add(String.format(java.util.Locale.ROOT, "predicted_dominant_motifs undefined: P^T W P over the "
                    + "%d classes is singular (reciprocal condition %.3g; a class receives no input, or its inputs "
                    + "cancel)", k, conditioning));
        } else {
            DMatrixRMaj inverse = new DMatrixRMaj(k, k);
            CommonOps_DDRM.invert(ptwp.copy(), inverse);
            DMatrixRMaj step = new DMatrixRMaj(k, k);
            CommonOps_DDRM.mult(inverse, ptwwp, step);
            withMotifs = dominant(step, "predicted_dominant_motifs", undefined);
        }
        double[][] mean = new double[k][k];
        double[][] sq = new double[k][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mean[cls[i]][cls[j]] += w[i][j];
                sq[cls[i]][cls[j]] += w[i][j] * w[i][j];
            }
        }
        DMatrixRMaj s = new DMatrixRMaj(k, k);
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                double count = size[a] * size[c];
                double m = mean[a][c] / count;
                s.set(a, c, size[c] * Math.max(0, sq[a][c] / count - m * m));
            }
        }
        double radius = Math.sqrt(Math.max(0, spectralRadius(s, undefined)));
        double[] re = spectrum.eigenReal();
        double[] im = spectrum.eigenImag();
        double measured = Double.NEGATIVE_INFINITY;
        List<double[]> outliers = new ArrayList<>();
        for (int i = 0; i < re.length; i++) {
            measured = Math.max(measured, re[i]);
            if (Math.hypot(re[i], im[i]) > radius) {
                outliers.add(new double[] {re[i], im[i]});
            }
        }
        outliers.sort((x, y) -> Double.compare(Math.hypot(y[0], y[1]), Math.hypot(x[0], x[1])));
        double cellType = dominant(b, "predicted_dominant_celltype", undefined);
        return new OutlierPrediction(cellType, withMotifs, measured, radius, List.copyOf(outliers),
                List.copyOf(undefined));
    }

    public OutlierPrediction {
        outliers = List.copyOf(outliers);
        undefined = List.copyOf(undefined);
    }

    /** {@code sigma_min / sigma_max} of {@code m}; 0 for a zero or non-finite matrix. */
    private static double reciprocalCondition(DMatrixRMaj m) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) {
                return 0;
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.numRows, m.numCols,
                false, false, true);
        if (!svd.decompose(m.copy())) {
            return 0;
        }
        double[] sv = svd.getSingularValues();
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < Math.min(m.numRows, m.numCols); i++) {
            max = Math.max(max, sv[i]);
            min = Math.min(min, sv[i]);
        }
        return max > 0 ? min / max : 0;
    }

    /**
     * The eigenvalues of a small block matrix as {@code {re, im}}, or null (with the reason added to
     * {@code undefined}) when it is not finite or neither solver converges.
     */
    private static double[][] eigenvalues(DMatrixRMaj m, String statistic, List<String> undefined) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) {
                undefined.add(statistic + " undefined: its " + m.numRows + " x " + m.numRows
                        + " block matrix has a non-finite entry");
                return null;
            }
        }
        double[][] eigen = HessenbergQr.eigenvalues(m);
        if (eigen != null) {
            return eigen;
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m.numRows, false);
        if (!eig.decompose(m.copy())) {
            undefined.add(statistic + " undefined: the eigenvalues of its " + m.numRows + " x " + m.numRows
                    + " block matrix did not converge");
            return null;
        }
        double[][] out = new double[2][m.numRows];
        for (int i = 0; i < m.numRows; i++) {
            Complex_F64 v = eig.getEigenvalue(i);
            out[0][i] = v.getReal();
            out[1][i] = v.getImaginary();
        }
        return out;
    }

    /** The eigenvalue of largest real part (the outlier of an excitation-dominated matrix), or NaN. */
    private static double dominant(DMatrixRMaj m, String statistic, List<String> undefined) {
        double[][] eigen = eigenvalues(m, statistic, undefined);
        if (eigen == null) {
            return Double.NaN;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (double re : eigen[0]) {
            best = Math.max(best, re);
        }
        return best;
    }

    private static double spectralRadius(DMatrixRMaj m, List<String> undefined) {
        double[][] eigen = eigenvalues(m, "bulk_radius", undefined);
        if (eigen == null) {
            return Double.NaN;
        }
        double r = 0;
        for (int i = 0; i < eigen[0].length; i++) {
            r = Math.max(r, Math.hypot(eigen[0][i], eigen[1][i]));
        }
        return r;
    }
}
