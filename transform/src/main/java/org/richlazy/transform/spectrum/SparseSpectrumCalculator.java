package org.richlazy.transform.spectrum;

import dev.ludovic.netlib.arpack.ARPACK;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.netlib.util.doubleW;
import org.netlib.util.intW;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * The {@link LargeSpectrum} of a sparse matrix (docs/science.md#connectome-scale), touching only its nonzero
 * entries: the eigenvalues of largest modulus by ARPACK's implicitly restarted Arnoldi method ({@code dnaupd}), the
 * largest singular values as the square roots of the largest eigenvalues of {@code W^T W} by its Lanczos method
 * ({@code dsaupd}), each from a seeded start vector; {@code ||W^T W||_F^2} exactly (one sparse column of
 * {@code W^T W} at a time, {@code sum_i d_i^2} multiply-adds for row degrees d_i) when that work is at most
 * {@link #EXACT_GRAM_WORK}, else deflated: with G = W^T W, its top k eigenpairs (s_i^2, v_i) from the Lanczos step
 * and P the projection off them, {@code ||G||_F^2 = sum_i s_i^4 + ||P G P||_F^2} exactly, and the remainder by
 * Hutchinson's estimator {@code mean_z ||P G P z||^2} over {@link #PROBES} seeded Rademacher vectors z, with its
 * standard error. Deflating the top directions, which dominate a connectome's G, takes most of the variance out. Values are divided by the largest magnitude first, so
 * nothing overflows (docs/science.md#overflow-safe-norms); the ranks are scale-free and the norms are multiplied
 * back.
 */
public final class SparseSpectrumCalculator {
    /**
     * Held while ARPACK runs: its pure-Java translation keeps the state of a problem between reverse-communication
     * calls in static fields, so two problems at once in one JVM (two runs of a sweep measuring their change
     * structure) corrupt each other. One problem at a time.
     */
    private static final Object ARPACK_STATE = new Object();

    /** The eigen- and singular values computed by default. */
    public static final int DEFAULT_TOP = 6;
    /** The most multiply-adds spent on the exact {@code ||W^T W||_F^2}: about a second on one core. */
    public static final long EXACT_GRAM_WORK = 1_000_000_000L;
    /** Probe vectors of the estimated {@code ||W^T W||_F^2}. */
    public static final int PROBES = 64;
    /** ARPACK's relative accuracy of each Ritz value. */
    private static final double TOLERANCE = 1e-10;
    private static final int MAX_RESTARTS = 3_000;
    /**
     * The most Arnoldi restarts for the eigenvalues: a matrix without a gap at the edge of its spectrum (a random
     * matrix's disk) converges very slowly, about 15 s per 300 restarts at FlyWire's size.
     */
    static final int EIGEN_RESTARTS = 300;

    private SparseSpectrumCalculator() {
    }

    /**
     * The large spectrum of {@code w} with its {@code top} largest eigen- and singular values, start vectors and
     * probes drawn from {@code seed}.
     *
     * @throws TransformException when ARPACK does not converge (with its code), or {@code w} is too small for it
     *                            (N below {@code top + 2})
     */
    public static LargeSpectrum of(SparseMatrix w, int top, long seed) {
        return of(w, top, seed, EXACT_GRAM_WORK);
    }

    /**
     * The same without the eigenvalues (their arrays and the spectral radius NaN): the singular values, norms,
     * participation ratio and stable rank alone, for a matrix whose eigenvalues are not wanted (a weight change, whose
     * clustered eigenvalues make Arnoldi slow).
     */
    public static LargeSpectrum singularPart(SparseMatrix w, int top, long seed) {
        return of(w, top, seed, EXACT_GRAM_WORK, false);
    }

    /**
     * The {@code k} largest singular values of W, descending, with their singular vectors: {@code right[i]} the unit
     * eigenvector of {@code W^T W} for {@code s_i^2} (Lanczos, start vector from {@code seed}) and
     * {@code left[i] = W right[i] / s_i} (a zero vector where {@code s_i = 0}).
     *
     * @param values the singular values
     * @param left   the left singular vectors, {@code left[i]} of length N
     * @param right  the right singular vectors
     */
    public record SingularTriplets(double[] values, double[][] left, double[][] right) {
    }

    /**
     * The top {@code k} singular triplets of {@code w}, computed on its entries (the subspace overlaps of a sparse
     * run's change, docs/science.md#connectome-scale).
     *
     * @throws TransformException when Lanczos does not converge, or N is below {@code k + 2}
     */
    public static SingularTriplets singularTriplets(SparseMatrix w, int k, long seed) {
        int n = w.size();
        if (n < k + 2) {
            throw new TransformException("singular vectors", "N = " + n + " for the top " + k, "N of at least "
                    + (k + 2));
        }
        double scale = w.largestMagnitude();
        double[][] left = new double[k][n];
        double[][] right = new double[k][n];
        double[] values = new double[k];
        if (scale == 0) {
            return new SingularTriplets(values, left, right);
        }
        SparseMatrix unit = w.scaled(1 / scale);
        TopSingular top = topSingular(unit, k, seed);
        for (int i = 0; i < k; i++) {
            System.arraycopy(top.vectors(), i * n, right[i], 0, n);
            double s = top.values()[i];
            values[i] = s * scale;
            if (s > 0) {
                unit.multiply(right[i], left[i]);
                for (int r = 0; r < n; r++) {
                    left[i][r] /= s;
                }
            }
        }
        return new SingularTriplets(values, left, right);
    }

    /** The same, computing {@code ||W^T W||_F^2} exactly only when that takes at most {@code exactWork}. */
    static LargeSpectrum of(SparseMatrix w, int top, long seed, long exactWork) {
        return of(w, top, seed, exactWork, true);
    }

    private static LargeSpectrum of(SparseMatrix w, int top, long seed, long exactWork, boolean eigenvalues) {
        int n = w.size();
        if (n < top + 2) {
            throw new TransformException("large spectrum", "N = " + n + " for the top " + top + " values",
                    "N of at least " + (top + 2) + " (the dense spectrum serves smaller matrices)");
        }
        double scale = w.largestMagnitude();
        String notComputed = "erEig, erSV, entropy rank and the full spectrum: not computed at this size (N = " + n
                + ")";
        if (scale == 0) {
            double[] zeros = new double[top];
            return new LargeSpectrum(zeros, zeros.clone(), zeros.clone(), 0, 0, 0, Double.NaN, 0, Double.NaN,
                    notComputed);
        }
        SparseMatrix unit = w.scaled(1 / scale);
        double[][] eigen = eigenvalues ? topEigenvalues(unit, top, seed) : nans(top);
        if (eigen == null) {
            eigen = nans(top);
            notComputed += "; the eigenvalues: not converged within " + EIGEN_RESTARTS + " Arnoldi restarts (no gap at"
                    + " the edge of the spectrum, as for a random matrix's disk)";
        }
        TopSingular topSingular = topSingular(unit, top, seed + 1);
        double[] singular = topSingular.values().clone();
        double frobenius = unit.frobeniusSquared();
        GramNorm gram = gramFrobeniusSquared(unit, exactWork, seed + 2, topSingular);
        double ratio = frobenius * frobenius / gram.value();
        double stableRank = frobenius / (singular[0] * singular[0]);
        double radius = Math.hypot(eigen[0][0], eigen[1][0]);
        for (int i = 0; i < top; i++) {
            eigen[0][i] *= scale;
            eigen[1][i] *= scale;
            singular[i] *= scale;
        }
        return new LargeSpectrum(eigen[0], eigen[1], singular, radius * scale, singular[0],
                Math.sqrt(frobenius) * scale, ratio, ratio * gram.standardError() / gram.value(), stableRank,
                notComputed);
    }

    private static double[][] nans(int top) {
        double[][] nan = new double[2][top];
        Arrays.fill(nan[0], Double.NaN);
        Arrays.fill(nan[1], Double.NaN);
        return nan;
    }

    /** {@code ||W^T W||_F^2} and the standard error of its estimate (0 when exact). */
    record GramNorm(double value, double standardError) {
    }

    /**
     * The top singular values (descending) and their right singular vectors, vector i at {@code vectors[i N ..]}.
     */
    record TopSingular(double[] values, double[] vectors) {
    }

    /**
     * {@code ||W^T W||_F^2}: exact (column j of {@code W^T W} is {@code sum_{i: w_ij != 0} w_ij w_i.}, gathered in a
     * dense accumulator that is cleared after each column) when {@code sum_i d_i^2 <= exactWork}, else estimated
     * with {@code top} deflated, the probes drawn from {@code seed}.
     */
    static GramNorm gramFrobeniusSquared(SparseMatrix w, long exactWork, long seed, TopSingular top) {
        long work = 0;
        for (int i = 0; i < w.size(); i++) {
            long d = w.rowStart(i + 1) - w.rowStart(i);
            work += d * d;
        }
        return work <= exactWork ? new GramNorm(exactGram(w), 0) : estimatedGram(w, seed, top);
    }

    private static double exactGram(SparseMatrix w) {
        int n = w.size();
        int[] columnStart = new int[n + 1];
        for (int k = 0; k < w.entries(); k++) {
            columnStart[w.column(k) + 1]++;
        }
        for (int j = 0; j < n; j++) {
            columnStart[j + 1] += columnStart[j];
        }
        int[] rowOf = new int[w.entries()];
        double[] valueOf = new double[w.entries()];
        int[] next = Arrays.copyOf(columnStart, n);
        for (int i = 0; i < n; i++) {
            for (int k = w.rowStart(i); k < w.rowStart(i + 1); k++) {
                int at = next[w.column(k)]++;
                rowOf[at] = i;
                valueOf[at] = w.value(k);
            }
        }
        double[] acc = new double[n];
        int[] touched = new int[n];
        boolean[] seen = new boolean[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            int count = 0;
            for (int c = columnStart[j]; c < columnStart[j + 1]; c++) {
                int i = rowOf[c];
                double wij = valueOf[c];
                for (int k = w.rowStart(i); k < w.rowStart(i + 1); k++) {
                    int col = w.column(k);
                    if (!seen[col]) {
                        seen[col] = true;
                        touched[count++] = col;
                    }
                    acc[col] += wij * w.value(k);
                }
            }
            for (int t = 0; t < count; t++) {
                int col = touched[t];
                total += acc[col] * acc[col];
                acc[col] = 0;
                seen[col] = false;
            }
        }
        return total;
    }

    private static GramNorm estimatedGram(SparseMatrix w, long seed, TopSingular top) {
        int n = w.size();
        double deflated = 0;
        for (double s : top.values()) {
            deflated += s * s * s * s;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] z = new double[n];
        double[] wz = new double[n];
        double[] gz = new double[n];
        double[] samples = new double[PROBES];
        for (int p = 0; p < PROBES; p++) {
            for (int i = 0; i < n; i++) {
                z[i] = rng.nextBoolean() ? 1 : -1;
            }
            projectOff(z, top);
            w.multiply(z, wz);
            w.transposeMultiply(wz, gz);
            projectOff(gz, top);
            double s = 0;
            for (double v : gz) {
                s += v * v;
            }
            samples[p] = s;
        }
        double mean = Arrays.stream(samples).average().orElseThrow();
        double var = 0;
        for (double s : samples) {
            var += (s - mean) * (s - mean);
        }
        var /= PROBES - 1;
        return new GramNorm(deflated + mean, Math.sqrt(var / PROBES));
    }

    /** {@code x - sum_i v_i (v_i . x)}, in place: x projected off the top singular vectors. */
    private static void projectOff(double[] x, TopSingular top) {
        int n = x.length;
        double[] v = top.vectors();
        for (int i = 0; i < top.values().length; i++) {
            double dot = 0;
            for (int j = 0; j < n; j++) {
                dot += v[i * n + j] * x[j];
            }
            for (int j = 0; j < n; j++) {
                x[j] -= dot * v[i * n + j];
            }
        }
    }

    /**
     * The {@code k} eigenvalues of largest modulus ({@code [0]} real parts, {@code [1]} imaginary parts), by
     * descending modulus (ties: real part, then imaginary part, descending). W is real, so the conjugate of a complex
     * Ritz value is an eigenvalue too: one that ARPACK returns without its conjugate (it may, when the pair straddles
     * the k wanted) gets it added before the k largest are taken. Null when they do not converge within
     * {@link #EIGEN_RESTARTS} restarts.
     */
    static double[][] topEigenvalues(SparseMatrix w, int k, long seed) {
        synchronized (ARPACK_STATE) {
            return topEigenvaluesAlone(w, k, seed);
        }
    }

    private static double[][] topEigenvaluesAlone(SparseMatrix w, int k, long seed) {
        int n = w.size();
        Arpack a = new Arpack(n, k, seed, false, EIGEN_RESTARTS);
        ARPACK arpack = ARPACK.getInstance();
        a.iterate(() -> arpack.dnaupd(a.ido, "I", n, "LM", k, a.tol, a.resid, a.ncv, a.v, n, a.iparam, a.ipntr,
                a.workd, a.workl, a.workl.length, a.info), w::multiply);
        if (a.info.val == 1 || (a.info.val == 0 && a.iparam[4] < k)) {
            return null;
        }
        requireConverged("dnaupd", a.info.val, a.iparam[4], k);
        double[] dr = new double[k + 1];
        double[] di = new double[k + 1];
        arpack.dneupd(false, "A", new boolean[a.ncv], dr, di, new double[n * (k + 1)], n, 0, 0, new double[3 * a.ncv],
                "I", n, "LM", new intW(k), a.tol.val, a.resid, a.ncv, a.v, n, a.iparam, a.ipntr, a.workd, a.workl,
                a.workl.length, a.info);
        requireConverged("dneupd", a.info.val, k, k);
        List<double[]> values = new ArrayList<>();
        int found = Math.min(Math.max(a.iparam[4], k), k + 1);
        for (int i = 0; i < found; i++) {
            values.add(new double[] {dr[i], di[i]});
        }
        for (int i = 0; i < found; i++) {
            double[] conjugate = {dr[i], -di[i]};
            if (di[i] != 0 && values.stream().noneMatch(v -> v[0] == conjugate[0] && v[1] == conjugate[1])) {
                values.add(conjugate);
            }
        }
        values.sort((p, q) -> {
            int byModulus = Double.compare(Math.hypot(q[0], q[1]), Math.hypot(p[0], p[1]));
            return byModulus != 0 ? byModulus : p[0] != q[0] ? Double.compare(q[0], p[0]) : Double.compare(q[1], p[1]);
        });
        double[][] out = new double[2][k];
        for (int i = 0; i < k; i++) {
            out[0][i] = values.get(i)[0];
            out[1][i] = values.get(i)[1];
        }
        return out;
    }

    /**
     * The {@code k} largest singular values, descending, with their right singular vectors: square roots of the top
     * eigenvalues of {@code W^T W} and its eigenvectors.
     */
    static TopSingular topSingular(SparseMatrix w, int k, long seed) {
        synchronized (ARPACK_STATE) {
            return topSingularAlone(w, k, seed);
        }
    }

    private static TopSingular topSingularAlone(SparseMatrix w, int k, long seed) {
        int n = w.size();
        Arpack a = new Arpack(n, k, seed, true, MAX_RESTARTS);
        ARPACK arpack = ARPACK.getInstance();
        double[] wx = new double[n];
        a.iterate(() -> arpack.dsaupd(a.ido, "I", n, "LA", k, a.tol, a.resid, a.ncv, a.v, n, a.iparam, a.ipntr,
                a.workd, a.workl, a.workl.length, a.info), (x, y) -> {
                    w.multiply(x, wx);
                    w.transposeMultiply(wx, y);
                });
        requireConverged("dsaupd", a.info.val, a.iparam[4], k);
        double[] d = new double[k];
        double[] vectors = new double[n * k];
        arpack.dseupd(true, "A", new boolean[a.ncv], d, vectors, n, 0, "I", n, "LA", new intW(k), a.tol.val, a.resid,
                a.ncv, a.v, n, a.iparam, a.ipntr, a.workd, a.workl, a.workl.length, a.info);
        requireConverged("dseupd", a.info.val, k, k);
        double[] s = new double[k];
        double[] descending = new double[n * k];
        for (int i = 0; i < k; i++) {
            s[i] = Math.sqrt(Math.max(0, d[k - 1 - i]));
            System.arraycopy(vectors, (k - 1 - i) * n, descending, i * n, n);
        }
        return new TopSingular(s, descending);
    }

    /**
     * The state ARPACK's reverse-communication routines keep between calls for one problem of size n and k wanted
     * values: a Krylov space of {@code ncv = min(n, max(2k + 1, 20))} vectors, exact shifts, mode 1
     * ({@code A x = lambda x}), a bound on the restarts, and a start vector of uniform entries in
     * [-1, 1) drawn from the seed (so the same seed gives the same values).
     */
    private static final class Arpack {
        final intW ido = new intW(0);
        final intW info = new intW(1);
        final doubleW tol = new doubleW(TOLERANCE);
        final int ncv;
        final double[] resid;
        final double[] v;
        final int[] iparam = new int[11];
        final int[] ipntr;
        final double[] workd;
        final double[] workl;

        /**
         * @param symmetric {@code dsaupd} (symmetric) rather than {@code dnaupd}: other workspace sizes
         * @param restarts  the most restarts
         */
        Arpack(int n, int k, long seed, boolean symmetric, int restarts) {
            ncv = Math.min(n, Math.max(2 * k + 1, 20));
            SplittableRandom rng = new SplittableRandom(seed);
            resid = new double[n];
            for (int i = 0; i < n; i++) {
                resid[i] = rng.nextDouble(-1, 1);
            }
            v = new double[n * ncv];
            iparam[0] = 1;
            iparam[2] = restarts;
            iparam[6] = 1;
            ipntr = new int[symmetric ? 11 : 14];
            workd = new double[3 * n];
            workl = new double[symmetric ? ncv * (ncv + 8) : 3 * ncv * ncv + 6 * ncv];
        }

        /** Calls {@code routine} until ARPACK stops asking for a product {@code y = A x}, which {@code product} makes. */
        void iterate(Runnable routine, java.util.function.BiConsumer<double[], double[]> product) {
            int n = resid.length;
            double[] x = new double[n];
            double[] y = new double[n];
            while (true) {
                routine.run();
                if (ido.val != -1 && ido.val != 1) {
                    return;
                }
                System.arraycopy(workd, ipntr[0] - 1, x, 0, n);
                product.accept(x, y);
                System.arraycopy(y, 0, workd, ipntr[1] - 1, n);
            }
        }
    }

    private static void requireConverged(String routine, int info, int converged, int wanted) {
        if (info != 0 || converged < wanted) {
            throw new TransformException("large spectrum", "ARPACK " + routine + " returned info " + info + " with "
                    + converged + " of " + wanted + " values converged", "convergence within " + MAX_RESTARTS
                    + " restarts to relative accuracy " + TOLERANCE);
        }
    }
}
