package org.richlazy.train.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrainException;
import org.richlazy.train.measure.Alignment;
import org.richlazy.transform.matrix.LowRank;

/**
 * Runs a {@link TheorySpec}: every W(0) with every teacher, each student trained by gradient flow
 * ({@link LinearStudent}) until its loss falls below {@code tolerance} times the initial loss.
 *
 * <p>Draws, all from {@code seed} split into two streams in this order: the teachers (unit vectors uniform on the
 * sphere, shared by every W(0)), then the W(0) draws. Every W(0) is rescaled to Frobenius norm sigma,
 * w(0) = 0. The predictions hold as sigma goes to 0: at sigma = 0.05 the final kernel keeps
 * {@code ||W0||_F^2 = 0.0025} of W(0) against {@code ||beta|| = 1} learned; with {@code ||W0||_F = 0.35} a
 * teacher-aligned rank-1 W(0) gives KA 0.29 instead of 0.275.
 * <ul>
 *   <li>rank sweep (whitened inputs, F = I): {@code random} rank r is the top-r SVD truncation of one h x d
 *       standard Gaussian draw (all ranks of a draw share it, as the paper's sweep); {@code beta-aligned} is the
 *       rank-1 {@code u b^T} with u a Gaussian unit vector and b the teacher of the run.</li>
 *   <li>anisotropy sweep, F = diag(kappa on the first d/2 coordinates, 1 on the rest): {@code random} is a
 *       full-rank Gaussian draw; {@code aligned} is {@code O F} with O an h x d matrix of orthonormal columns
 *       (Gaussian, orthonormalised), so that {@code W0^T W0} is proportional to {@code Sigma = F^2};
 *       {@code partially-aligned} is {@code O F_{d/2}}, F truncated to its top d/2 singular values.</li>
 * </ul>
 */
public final class TheorySweep {
    private TheorySweep() {
    }

    /** Every run of {@code spec}, in the order init, rank or kappa, draw, teacher. */
    public static List<TheoryRun> run(TheorySpec spec) {
        TrainException.throwIfAny("theory spec", spec.problems());
        RandomGenerator.SplittableGenerator root = SeededRandom.create(spec.seed());
        RandomGenerator teacherRng = root.split();
        RandomGenerator drawRng = root.split();
        int d = spec.inputs();
        int h = spec.hidden();
        List<double[]> teachers = new ArrayList<>();
        for (int t = 0; t < spec.teachers(); t++) {
            teachers.add(unit(gaussian(d, teacherRng)));
        }
        List<double[][]> gaussians = new ArrayList<>();
        List<double[][]> frames = new ArrayList<>();
        List<double[]> directions = new ArrayList<>();
        for (int k = 0; k < spec.draws(); k++) {
            gaussians.add(gaussianMatrix(h, d, drawRng));
            frames.add(orthonormalColumns(gaussianMatrix(h, d, drawRng)));
            directions.add(unit(gaussian(h, drawRng)));
        }
        List<TheoryRun> runs = new ArrayList<>();
        boolean ranks = spec.sweep().equals("rank");
        for (String init : spec.inits()) {
            for (double kappa : ranks ? List.of(1.0) : spec.kappas()) {
                double[] f = features(d, kappa);
                for (int k = 0; k < spec.draws(); k++) {
                    Map<Integer, double[][]> truncated = init.equals("random") && ranks
                            ? LowRank.truncations(gaussians.get(k), spec.ranks()) : Map.of();
                    for (int rank : init.equals("random") && ranks ? spec.ranks() : List.of(0)) {
                        for (int t = 0; t < teachers.size(); t++) {
                            double[] beta = teachers.get(t);
                            double[][] w0 = switch (init) {
                                case "random" -> ranks ? truncated.get(rank) : gaussians.get(k);
                                case "beta-aligned" -> outer(directions.get(k), beta);
                                case "aligned" -> times(frames.get(k), f, d);
                                default -> times(frames.get(k), features(d, kappa, d / 2), d);
                            };
                            runs.add(train(spec, init, rank(init, rank, h, d), k, t,
                                    scaled(w0, spec.sigma()), beta, f, ranks));
                        }
                    }
                }
            }
        }
        return runs;
    }

    private static TheoryRun train(TheorySpec spec, String init, int rank, int draw, int teacher, double[] w0,
                                   double[] beta, double[] f, boolean ranks) {
        int d = spec.inputs();
        int h = spec.hidden();
        LinearStudent student = new LinearStudent(w0, h, d, f, beta);
        double[] c0 = student.conserved();
        double lambdaMax = 0;
        for (double x : f) {
            lambdaMax = Math.max(lambdaMax, x * x);
        }
        double dt = spec.dt() / lambdaMax;
        double initial = student.loss();
        int steps = 0;
        double loss = initial;
        while (loss >= spec.tolerance() * initial && steps < spec.maxSteps()) {
            student.step(dt);
            steps++;
            loss = student.loss();
        }
        double[] w = student.inputWeights();
        double[] v = student.readout();
        double[] tangent0 = StudentKernels.tangent(w0, new double[h], h, d);
        double[] feature0 = StudentKernels.feature(w0, h, d);
        double pr = StudentKernels.participationRatio(w0, h, d);
        double[] predicted = TheoryPrediction.forDraw(w0, h, d, beta, f);
        double expectedTangent = Double.NaN;
        double expectedFeature = Double.NaN;
        if (ranks && init.equals("random")) {
            expectedTangent = TheoryPrediction.expectedTangentAlignment(pr, d);
            expectedFeature = TheoryPrediction.expectedFeatureAlignment(pr, d);
        } else if (init.equals("beta-aligned")) {
            expectedTangent = TheoryPrediction.alignedRankOneTangentAlignment(d);
            expectedFeature = 1;
        }
        double change = Alignment.distance(w, w0);
        return new TheoryRun(init, rank, f[0], draw, teacher, pr,
                StudentKernels.alignment(tangent0, StudentKernels.tangent(w, v, h, d), f),
                StudentKernels.alignment(feature0, StudentKernels.feature(w, h, d), f), predicted[0], predicted[1],
                expectedTangent, expectedFeature, change, change / Alignment.norm(w0), Alignment.norm(v), initial, loss,
                student.time(), steps, loss < spec.tolerance() * initial,
                Alignment.distance(student.conserved(), c0) / Alignment.norm(c0));
    }

    /** The rank of W(0) as built. */
    private static int rank(String init, int truncation, int h, int d) {
        return switch (init) {
            case "random" -> truncation > 0 ? truncation : Math.min(h, d);
            case "beta-aligned" -> 1;
            case "partially-aligned" -> d / 2;
            default -> Math.min(h, d);
        };
    }

    /** diag(kappa on the first d/2 coordinates, 1 on the rest). */
    private static double[] features(int d, double kappa) {
        return features(d, kappa, d);
    }

    /** The same truncated to its top {@code keep} singular values (the rest 0; kappa >= 1 assumed on top). */
    private static double[] features(int d, double kappa, int keep) {
        double[] f = new double[d];
        for (int i = 0; i < d; i++) {
            f[i] = i < d / 2 ? kappa : i < keep ? 1 : 0;
        }
        return f;
    }

    private static double[] gaussian(int n, RandomGenerator rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    private static double[][] gaussianMatrix(int rows, int cols, RandomGenerator rng) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = gaussian(cols, rng);
        }
        return m;
    }

    /** Gram-Schmidt on the columns (twice, for orthogonality to rounding). */
    private static double[][] orthonormalColumns(double[][] m) {
        int rows = m.length;
        int cols = m[0].length;
        double[][] q = new double[rows][];
        for (int i = 0; i < rows; i++) {
            q[i] = m[i].clone();
        }
        for (int j = 0; j < cols; j++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    double dot = 0;
                    for (double[] row : q) {
                        dot += row[j] * row[k];
                    }
                    for (double[] row : q) {
                        row[j] -= dot * row[k];
                    }
                }
            }
            double norm = 0;
            for (double[] row : q) {
                norm += row[j] * row[j];
            }
            norm = Math.sqrt(norm);
            for (double[] row : q) {
                row[j] /= norm;
            }
        }
        return q;
    }

    /** {@code O diag(f)} for O h x d. */
    private static double[][] times(double[][] o, double[] f, int d) {
        double[][] m = new double[o.length][d];
        for (int a = 0; a < o.length; a++) {
            for (int i = 0; i < d; i++) {
                m[a][i] = o[a][i] * f[i];
            }
        }
        return m;
    }

    private static double[][] outer(double[] u, double[] b) {
        double[][] m = new double[u.length][b.length];
        for (int a = 0; a < u.length; a++) {
            for (int i = 0; i < b.length; i++) {
                m[a][i] = u[a] * b[i];
            }
        }
        return m;
    }

    /** {@code m} flattened row-major and rescaled to Frobenius norm {@code target}. */
    private static double[] scaled(double[][] m, double target) {
        int cols = m[0].length;
        double[] flat = new double[m.length * cols];
        for (int a = 0; a < m.length; a++) {
            System.arraycopy(m[a], 0, flat, a * cols, cols);
        }
        double s = target / Alignment.norm(flat);
        for (int i = 0; i < flat.length; i++) {
            flat[i] *= s;
        }
        return flat;
    }

    private static double[] unit(double[] v) {
        double s = 1 / Alignment.norm(v);
        for (int i = 0; i < v.length; i++) {
            v[i] *= s;
        }
        return v;
    }
}
