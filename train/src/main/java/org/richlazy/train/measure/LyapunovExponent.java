package org.richlazy.train.measure;

import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Matrices;

/**
 * The largest Lyapunov exponent of the network's dynamics along trajectories, by the QR (here, with one
 * vector, renormalisation) method of Benettin, Galgani, Giorgilli and Strelcyn (1980). The CTRNN map
 * {@code h_t = relu((1-a) h_{t-1} + a (W_in x_t + W_h h_{t-1}))} (docs/science.md#model-transform---train) has the
 * Jacobian
 * {@code J_t = D_t ((1-a) I + a W_h)} with {@code D_t = diag(1[u_t > 0])}; a tangent vector {@code v}
 * follows {@code v_t = J_t v_{t-1}}, is renormalised every step, and after {@code burnIn} steps the logs of
 * its growth factors are averaged: {@code lambda = (1 / (T - burnIn)) sum_{t > burnIn} log ||J_t v_{t-1}||}, in
 * natural log per time step (divide by dt for per unit time). For a network in its linear regime (every
 * unit active) this is {@code log rho((1-a) I + a W_h)}.
 *
 * <p>Each stream of {@code inputs} (a batch column) is one trajectory from {@code h_0 = 0}; the tangent
 * vector starts at {@code 1 / sqrt(N)} in every entry (no random draw). The estimate is the mean over the
 * streams whose perturbation survives: a stream in which every unit is inactive at some step ("silent")
 * maps every perturbation to 0, its exponent is minus infinity, and it is counted in {@code silentShare}
 * instead of the mean. A stream whose state overflows stops there and keeps the steps measured before.
 */
public final class LyapunovExponent {
    private LyapunovExponent() {
    }

    /**
     * @param exponent    the mean exponent over the streams that stayed active (NaN when none did)
     * @param silentShare the share of streams that fell silent (exponent minus infinity)
     */
    public record Estimate(double exponent, double silentShare) {
        /** No estimate (a network with a non-finite weight). */
        public static Estimate undefined() {
            return new Estimate(Double.NaN, Double.NaN);
        }
    }

    /**
     * The exponents of one network.
     *
     * @param driven     along the task-driven streams
     * @param autonomous along the streams without input
     */
    public record Dynamics(Estimate driven, Estimate autonomous) {
    }

    /**
     * @param net    the network (its leak a and product)
     * @param w      the weights
     * @param inputs {@code [T][B][I]}: B streams of T steps
     * @param burnIn steps left out of the average while the tangent vector aligns, {@code < T}
     */
    public static Estimate largest(Ctrnn net, CtrnnWeights w, double[][][] inputs, int burnIn) {
        if (!w.isFinite()) {
            checkBurnIn(inputs.length, burnIn);
            return Estimate.undefined();
        }
        int n = w.neurons();
        int in = w.inputs();
        double[] wInT = Matrices.transpose(w.wIn(), n, in);
        double[] wHT = Matrices.transpose(w.wH(), n, n);
        return largest(net.alpha(), n, (rows, stacked, x, next) -> {
            net.product().multiplyAdd(rows, n, n, stacked, wHT, next);
            net.product().multiplyAdd(rows / 2, in, n, x, 0, in, wInT, 0, n, next, 0, n);
        }, inputs, burnIn);
    }

    /**
     * One step's drive of the states and tangent vectors: {@code next[r N + i] += (W_h stacked_r)[i]} for every row
     * r of {@code stacked} ({@code [rows x N]}: the B states, then the B tangent vectors), and
     * {@code next[b N + i] += (W_in x_b)[i]} for the B states ({@code x [B x I]}).
     */
    public interface Drive {
        void add(int rows, double[] stacked, double[] x, double[] next);
    }

    /**
     * The estimate for a network of N neurons, leak a and finite weights whose products {@code drive} computes.
     *
     * @param inputs {@code [T][B][I]}: B streams of T steps
     * @param burnIn steps left out of the average while the tangent vector aligns, {@code < T}
     */
    public static Estimate largest(double alpha, int n, Drive drive, double[][][] inputs, int burnIn) {
        int steps = inputs.length;
        checkBurnIn(steps, burnIn);
        int streams = inputs[0].length;
        int in = inputs[0][0].length;
        double a = alpha;
        // rows 0..B-1: the states h; rows B..2B-1: the tangent vectors v
        double[] stacked = new double[2 * streams * n];
        java.util.Arrays.fill(stacked, streams * n, 2 * streams * n, 1 / Math.sqrt(n));
        double[] sums = new double[streams];
        int[] counts = new int[streams];
        boolean[] silent = new boolean[streams];
        boolean[] stopped = new boolean[streams];
        for (int t = 0; t < steps; t++) {
            double[] next = new double[2 * streams * n];
            double[] x = new double[streams * in];
            for (int b = 0; b < streams; b++) {
                System.arraycopy(inputs[t][b], 0, x, b * in, in);
            }
            drive.add(2 * streams, stacked, x, next);
            for (int b = 0; b < streams; b++) {
                if (silent[b] || stopped[b]) {
                    continue;
                }
                int h = b * n;
                int v = (streams + b) * n;
                double norm2 = 0;
                boolean finite = true;
                for (int i = 0; i < n; i++) {
                    double u = (1 - a) * stacked[h + i] + a * next[h + i];
                    boolean active = u > 0;
                    next[h + i] = active ? u : 0;
                    double tangent = active ? (1 - a) * stacked[v + i] + a * next[v + i] : 0;
                    next[v + i] = tangent;
                    norm2 += tangent * tangent;
                    finite &= Double.isFinite(u);
                }
                if (!finite || !Double.isFinite(norm2)) {
                    stopped[b] = true;
                    continue;
                }
                if (norm2 == 0) {
                    silent[b] = true;
                    continue;
                }
                double norm = Math.sqrt(norm2);
                if (t >= burnIn) {
                    sums[b] += Math.log(norm);
                    counts[b]++;
                }
                for (int i = 0; i < n; i++) {
                    next[v + i] /= norm;
                }
            }
            stacked = next;
        }
        double total = 0;
        int measured = 0;
        int silentCount = 0;
        for (int b = 0; b < streams; b++) {
            if (silent[b]) {
                silentCount++;
            } else if (counts[b] > 0) {
                total += sums[b] / counts[b];
                measured++;
            }
        }
        return new Estimate(measured == 0 ? Double.NaN : total / measured, (double) silentCount / streams);
    }

    private static void checkBurnIn(int steps, int burnIn) {
        if (burnIn < 0 || burnIn >= steps) {
            throw new IllegalArgumentException("burn-in " + burnIn + " must be in [0, " + steps + ")");
        }
    }

    /** Streams of the exponent estimates of {@link LazinessMeter#lyapunov}. */
    public static final int STREAMS = 8;
    /** Steps per stream. */
    public static final int STEPS = 300;
    /** Steps left out of the average. */
    public static final int BURN_IN = 100;
    /** Steps of task input before an autonomous stream runs without input. */
    public static final int AUTONOMOUS_DRIVE = 50;

    /**
     * The task-driven streams: {@code streams} trials played back to back without resetting the state, as in
     * neurogym's continuous trial streams; stream b plays probe trials b, b + streams, b + 2 streams, ...
     * (cycling through the probe set) until it has {@code steps} steps.
     *
     * @param trials probe inputs {@code [T][P][I]}
     */
    public static double[][][] drivenStreams(double[][][] trials, int streams, int steps) {
        int length = trials.length;
        int count = trials[0].length;
        double[][][] out = new double[steps][streams][];
        for (int b = 0; b < streams; b++) {
            for (int t = 0; t < steps; t++) {
                int trial = (b + streams * (t / length)) % count;
                out[t][b] = trials[t % length][trial];
            }
        }
        return out;
    }

    /** The driven streams with every input 0 after the first {@code drive} steps: the autonomous dynamics. */
    public static double[][][] autonomousStreams(double[][][] trials, int streams, int steps, int drive) {
        double[][][] out = drivenStreams(trials, streams, steps);
        double[] zero = new double[trials[0][0].length];
        for (int t = drive; t < steps; t++) {
            java.util.Arrays.fill(out[t], zero);
        }
        return out;
    }
}
