package org.richlazy.transform;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

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
 * @param cellType     the dominant (largest real part) eigenvalue of B
 * @param withMotifs   the dominant eigenvalue of the motif prediction (NaN when P^T W P is singular)
 * @param measured     the measured eigenvalue of largest real part
 * @param bulkRadius   the predicted bulk radius
 * @param outliers     the measured eigenvalues outside the bulk radius, largest modulus first, as {re, im}
 */
public record OutlierPrediction(double cellType, double withMotifs, double measured, double bulkRadius,
                                List<double[]> outliers) {

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
        DMatrixRMaj inverse = new DMatrixRMaj(k, k);
        double withMotifs = Double.NaN;
        if (CommonOps_DDRM.invert(ptwp.copy(), inverse)) {
            DMatrixRMaj step = new DMatrixRMaj(k, k);
            CommonOps_DDRM.mult(inverse, ptwwp, step);
            withMotifs = dominant(step);
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
        double radius = Math.sqrt(Math.max(0, spectralRadius(s)));
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
        return new OutlierPrediction(dominant(b), withMotifs, measured, radius, outliers);
    }

    private static EigenDecomposition_F64<DMatrixRMaj> eig(DMatrixRMaj m) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m.numRows, false);
        if (!eig.decompose(m.copy())) {
            throw new TransformException("eigenvalues of a " + m.numRows + " x " + m.numRows + " block matrix",
                    "did not converge", "a matrix EJML can decompose");
        }
        return eig;
    }

    /** The eigenvalue of largest real part (the outlier of an excitation-dominated matrix). */
    private static double dominant(DMatrixRMaj m) {
        EigenDecomposition_F64<DMatrixRMaj> eig = eig(m);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
            best = Math.max(best, eig.getEigenvalue(i).getReal());
        }
        return best;
    }

    private static double spectralRadius(DMatrixRMaj m) {
        EigenDecomposition_F64<DMatrixRMaj> eig = eig(m);
        double r = 0;
        for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
            Complex_F64 v = eig.getEigenvalue(i);
            r = Math.max(r, v.getMagnitude());
        }
        return r;
    }
}
