package org.richlazy.train.measure;

import java.util.List;
import java.util.random.RandomGenerator;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Trajectory;

/**
 * The Hessian H of the training loss of a network with respect to every trained parameter (W_in, W_h, W_out, flat in
 * that order), at fixed weights, on fixed batches: {@code L = mean over the batches of the batch loss}
 * (docs/science.md#flatness-compression-and-generalisation). H is known only by its products, taken by forward
 * differences of the exact float64 gradient, {@code H v = (g(θ + h v) - g(θ)) / h} with
 * {@code h = STEP max(1, ||θ||) / ||v||} (error O(h), about 1e-5 relative in the tests; one gradient per product, half the cost of
 * central differences; tested against second differences of the loss itself and a dense Hessian). Entries of W_h held at 0 by the {@code mask} constraint are not parameters: directions have 0 there,
 * so H is the Hessian on the trained subspace.
 */
public final class LossHessian {
    /** The relative finite-difference step. */
    static final double STEP = 1e-6;

    private final Ctrnn net;
    private final CtrnnWeights at;
    private final double[] theta;
    private final List<TrialBatch> batches;
    private final int outputs;
    private final boolean allSteps;
    private final boolean[] frozen;
    private final double scale;
    private final double[] atTheta;

    /**
     * @param at      the weights (copied)
     * @param batches the batches of the loss
     * @param frozen  per flat parameter, whether it is held fixed (null: none)
     */
    public LossHessian(Ctrnn net, CtrnnWeights at, List<TrialBatch> batches, int outputs, boolean allSteps,
                       boolean[] frozen) {
        this.net = net;
        this.at = at.copy();
        this.theta = flat(at);
        this.batches = List.copyOf(batches);
        this.outputs = outputs;
        this.allSteps = allSteps;
        this.frozen = frozen;
        this.scale = Math.max(1, Lanczos.norm(theta));
        this.atTheta = gradient(null);
    }

    /** The number of parameters, frozen ones included. */
    public int dimension() {
        return theta.length;
    }

    /** Which parameters are held fixed (null: none). */
    public boolean[] frozen() {
        return frozen;
    }

    /** The loss at {@code θ + offset} (offset null: at θ). */
    public double loss(double[] offset) {
        CtrnnWeights w = offset == null ? at : shifted(offset);
        double sum = 0;
        for (TrialBatch b : batches) {
            Trajectory traj = net.forward(w, b.inputs());
            sum += CrossEntropy.evaluate(traj, b.labels(), outputs, allSteps, b.decisionStep()).loss();
        }
        return sum / batches.size();
    }

    /** The gradient at {@code θ + offset} (offset null: at θ), flat. */
    public double[] gradient(double[] offset) {
        CtrnnWeights w = offset == null ? at : shifted(offset);
        double[] g = new double[theta.length];
        for (TrialBatch b : batches) {
            Trajectory traj = net.forward(w, b.inputs());
            CrossEntropy.Evaluation eval = CrossEntropy.evaluate(traj, b.labels(), outputs, allSteps,
                    b.decisionStep());
            int k = 0;
            for (double[] part : net.gradients(w, traj, eval.dLogits()).all()) {
                for (double v : part) {
                    g[k++] += v / batches.size();
                }
            }
        }
        return g;
    }

    /** {@code H v} on the trained subspace (frozen entries of v are taken as 0, and those of the product are 0). */
    public double[] times(double[] v) {
        double[] step = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            step[i] = frozen != null && frozen[i] ? 0 : v[i];
        }
        double h = STEP * scale / Lanczos.norm(step);
        for (int i = 0; i < v.length; i++) {
            step[i] *= h;
        }
        double[] up = gradient(step);
        double[] hv = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            hv[i] = frozen != null && frozen[i] ? 0 : (up[i] - atTheta[i]) / h;
        }
        return hv;
    }

    /** The top eigenvalue of H ({@link Lanczos}). */
    public Lanczos.Top sharpness(RandomGenerator rng, int maxIterations, double tolerance, long basisBudgetBytes) {
        return Lanczos.top(this::times, theta.length, frozen, rng, maxIterations, tolerance, basisBudgetBytes);
    }

    /**
     * Hutchinson's estimate of {@code tr H}: the mean of {@code z^T H z} over {@code probes} Rademacher vectors z
     * (entries ±1, 0 where frozen), unbiased since {@code E[z z^T]} is the identity on the trained subspace.
     *
     * @param value the mean
     * @param error its standard error, the sample standard deviation over sqrt(probes) (NaN for one probe)
     */
    public record Trace(double value, double error, int probes) {
    }

    /** {@link Trace} from {@code probes} vectors drawn from {@code rng}. */
    public Trace trace(RandomGenerator rng, int probes) {
        double[] samples = new double[probes];
        for (int p = 0; p < probes; p++) {
            double[] z = new double[theta.length];
            for (int i = 0; i < z.length; i++) {
                z[i] = frozen != null && frozen[i] ? 0 : rng.nextBoolean() ? 1 : -1;
            }
            samples[p] = Lanczos.dot(z, times(z));
        }
        double mean = 0;
        for (double s : samples) {
            mean += s / probes;
        }
        double squares = 0;
        for (double s : samples) {
            squares += (s - mean) * (s - mean);
        }
        double error = probes < 2 ? Double.NaN : Math.sqrt(squares / (probes - 1) / probes);
        return new Trace(mean, error, probes);
    }

    private CtrnnWeights shifted(double[] offset) {
        double[] p = theta.clone();
        for (int i = 0; i < p.length; i++) {
            p[i] += offset[i];
        }
        int ni = at.neurons() * at.inputs();
        int nh = at.neurons() * at.neurons();
        return new CtrnnWeights(at.neurons(), at.inputs(), at.outputs(), java.util.Arrays.copyOfRange(p, 0, ni),
                java.util.Arrays.copyOfRange(p, ni, ni + nh), java.util.Arrays.copyOfRange(p, ni + nh, p.length));
    }

    /** W_in, W_h, W_out of {@code w} in one array. */
    static double[] flat(CtrnnWeights w) {
        double[] p = new double[w.wIn().length + w.wH().length + w.wOut().length];
        System.arraycopy(w.wIn(), 0, p, 0, w.wIn().length);
        System.arraycopy(w.wH(), 0, p, w.wIn().length, w.wH().length);
        System.arraycopy(w.wOut(), 0, p, w.wIn().length + w.wH().length, w.wOut().length);
        return p;
    }

    /** Per flat parameter of {@code w}: true for the W_h entries that are 0 in {@code maskedBy} (the mask constraint). */
    public static boolean[] maskFrozen(CtrnnWeights w, double[] maskedBy) {
        boolean[] frozen = new boolean[w.wIn().length + w.wH().length + w.wOut().length];
        for (int i = 0; i < maskedBy.length; i++) {
            frozen[w.wIn().length + i] = maskedBy[i] == 0;
        }
        return frozen;
    }
}
