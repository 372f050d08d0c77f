package org.richlazy.train.sparse;

import org.richlazy.train.TrainException;

/**
 * The paper's CTRNN (docs/science.md#model-transform---train) in float32 with a sparse recurrent matrix
 * (docs/science.md#connectome-scale): the same forward pass and backpropagation through time as
 * {@link org.richlazy.train.model.Ctrnn} and {@link org.richlazy.train.fast.FloatCtrnn}, on {@link SparseCtrnnWeights},
 * with W_h's gradient computed on its synapses only.
 *
 * <p>With leak a, {@code h_0 = 0}, {@code u_t = W_in x_t + W_h h_{t-1}}, {@code h_t = relu((1-a) h_{t-1} + a u_t)},
 * {@code y_t = W_out h_t}; backwards, with {@code g_t = dL/dy_t}, the deltas {@code d_t = dL/dz_t} of the
 * argument of the ReLU are {@code d_t = D_t (c_t + W_out^T g_t)}, {@code D_t = diag(1[h_t > 0])}, where the carry
 * {@code c_T = 0} and {@code c_{t-1} = (1-a) d_t + a W_h^T d_t}; then {@code dL/dW_h[i][j] = a sum_{t=2..T} sum_b
 * d_t[b][i] h_{t-1}[b][j]} for each synapse (i, j) only, {@code dL/dW_in = a sum_t d_t^T x_t} and
 * {@code dL/dW_out = sum_t g_t^T h_t}.
 *
 * <p>Layout: states and deltas are batch-major per neuron, {@code h_t} of neuron i at {@code (t N + i) B}, so a
 * synapse's share of a step is one contiguous vector of B trials: the forward product adds {@code w_ij h_{t-1}[j]}
 * into row i (compressed rows, parallel over postsynaptic neurons), the carry adds {@code w_ij d_t[i]} into column j
 * (compressed columns, parallel over presynaptic neurons; the values are copied into column order once per backward
 * pass), and each synapse's gradient is a dot product of two such vectors per step. The carry of step t and the delta
 * of step t - 1 are one pass over the neurons, so a step of the backward pass is one parallel pass, like a step of
 * the forward pass. Every entry's sum runs in a fixed order whatever the number of threads, so results have the same
 * bits with any number. One instance serves one thread; it allocates nothing large per step.
 */
public final class SparseCtrnn {
    private final float alpha;
    private final SynapsePattern pattern;
    private final int neurons;
    private final int inputs;
    private final int outputs;
    private final int threads;
    private final SparseKernels kernels;
    private final NeuronBlocks rows;
    private final NeuronBlocks columns;
    private final SparseCtrnnWeights grads;
    private final float[] columnValues;
    private NeuronBlocks steps = NeuronBlocks.ofEqual(1, 1);
    private int batch;
    private int trialSteps;
    private float[] x = new float[0];
    private float[] h = new float[0];
    private float[] y = new float[0];
    private float[] g = new float[0];
    private float[] d = new float[0];
    private float[] hByNeuron = new float[0];
    private float[] dByNeuron = new float[0];
    private float[] xByInput = new float[0];
    private float[] gByOutput = new float[0];

    /**
     * @param alpha   the leak a in (0, 1]
     * @param pattern W_h's synapses
     * @param inputs  I
     * @param outputs O
     * @param threads threads each pass is split across, at least 1 (the same bits with any number)
     */
    public SparseCtrnn(double alpha, SynapsePattern pattern, int inputs, int outputs, int threads) {
        this(alpha, pattern, inputs, outputs, threads, SparseKernels.fastest());
    }

    /** The same on the given kernels (a test runs both). */
    SparseCtrnn(double alpha, SynapsePattern pattern, int inputs, int outputs, int threads, SparseKernels kernels) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new TrainException("sparse network", "leak a = " + alpha + "; expected a number in (0, 1]");
        }
        if (threads < 1) {
            throw new TrainException("sparse network", threads + " threads; expected at least 1");
        }
        this.alpha = (float) alpha;
        this.pattern = pattern;
        this.neurons = pattern.neurons();
        this.inputs = inputs;
        this.outputs = outputs;
        this.threads = threads;
        this.kernels = kernels;
        this.rows = NeuronBlocks.ofSynapses(neurons, pattern::rowStart, threads);
        this.columns = NeuronBlocks.ofSynapses(neurons, pattern::columnStart, threads);
        this.grads = new SparseCtrnnWeights(pattern, inputs, outputs);
        this.columnValues = new float[pattern.synapses()];
    }

    /** The gradients of the last {@link #gradients} call, laid out like the weights. */
    public SparseCtrnnWeights lastGradients() {
        return grads;
    }

    /**
     * Runs the network over {@code inputs [T][B][I]} and returns the logits {@code y_t} ({@code [B x O]} flat,
     * t = 1..T, index 0 null) widened to float64.
     */
    public double[][] forward(SparseCtrnnWeights w, double[][][] inputs) {
        check(w);
        if (inputs[0][0].length != this.inputs) {
            throw new TrainException("sparse network", "inputs of " + inputs[0][0].length + " channels; expected "
                    + this.inputs);
        }
        ensure(inputs[0].length, inputs.length);
        for (int t = 0; t < trialSteps; t++) {
            for (int b = 0; b < batch; b++) {
                double[] row = inputs[t][b];
                int o = (t * batch + b) * this.inputs;
                for (int c = 0; c < this.inputs; c++) {
                    x[o + c] = (float) row[c];
                }
            }
        }
        java.util.Arrays.fill(h, 0, neurons * batch, 0f);
        for (int t = 1; t <= trialSteps; t++) {
            int step = t;
            rows.run((from, to) -> forwardRows(w, step, from, to));
        }
        steps.run((from, to) -> readout(w, from + 1, to + 1));
        double[][] logits = new double[trialSteps + 1][];
        int bo = batch * outputs;
        for (int t = 1; t <= trialSteps; t++) {
            logits[t] = new double[bo];
            for (int i = 0; i < bo; i++) {
                logits[t][i] = y[(t - 1) * bo + i];
            }
        }
        return logits;
    }

    /** Steps t of the rows {@code from..to}: input drive, recurrent drive on the synapses, leak and ReLU. */
    private void forwardRows(SparseCtrnnWeights w, int t, int from, int to) {
        float[] wIn = w.wIn();
        float[] wH = w.wH();
        float[] sum = new float[batch];
        float keep = 1 - alpha;
        for (int i = from; i < to; i++) {
            for (int b = 0; b < batch; b++) {
                float s = 0f;
                int xo = ((t - 1) * batch + b) * inputs;
                for (int c = 0; c < inputs; c++) {
                    s += wIn[i * inputs + c] * x[xo + c];
                }
                sum[b] = s;
            }
            if (t > 1) {
                kernels.gatherAdd(batch, wH, pattern.preArray(), pattern.rowStart(i), pattern.rowStart(i + 1), h,
                        (t - 1) * neurons * batch, sum, 0);
            }
            int cur = (t * neurons + i) * batch;
            int prev = cur - neurons * batch;
            for (int b = 0; b < batch; b++) {
                float z = keep * h[prev + b] + alpha * sum[b];
                h[cur + b] = z > 0 ? z : 0f;
            }
        }
    }

    /** The logits {@code y_t = W_out h_t} of steps {@code from..to} (1-based, exclusive end). */
    private void readout(SparseCtrnnWeights w, int from, int to) {
        float[] wOut = w.wOut();
        float[] sum = new float[outputs * batch];
        for (int t = from; t < to; t++) {
            java.util.Arrays.fill(sum, 0f);
            for (int i = 0; i < neurons; i++) {
                int src = (t * neurons + i) * batch;
                for (int k = 0; k < outputs; k++) {
                    float wk = wOut[k * neurons + i];
                    int at = k * batch;
                    for (int b = 0; b < batch; b++) {
                        sum[at + b] += wk * h[src + b];
                    }
                }
            }
            for (int b = 0; b < batch; b++) {
                for (int k = 0; k < outputs; k++) {
                    y[((t - 1) * batch + b) * outputs + k] = sum[k * batch + b];
                }
            }
        }
    }

    /**
     * The gradients dL/dW_in, dL/dW_h (on the synapses), dL/dW_out into {@link #lastGradients()}, for the last
     * forward pass and output gradients {@code dLogits[t] = dL/dy_t} ({@code [B x O]} flat, t = 1..T, null meaning
     * zero).
     */
    public SparseCtrnnWeights gradients(SparseCtrnnWeights w, double[][] dLogits) {
        backward(w, dLogits);
        rows.run(this::byNeuron);
        channelsByStep();
        rows.run(this::gradientRows);
        return grads;
    }

    /**
     * The deltas {@code d_t} (t = 1..T) of the last forward pass for the output gradients {@code dLogits} (as in
     * {@link #gradients}) into {@link #deltas()}, without the gradients.
     */
    void backward(SparseCtrnnWeights w, double[][] dLogits) {
        check(w);
        int bo = batch * outputs;
        for (int t = 1; t <= trialSteps; t++) {
            double[] gt = dLogits[t];
            for (int i = 0; i < bo; i++) {
                g[(t - 1) * bo + i] = gt == null ? 0f : (float) gt[i];
            }
        }
        float[] wH = w.wH();
        columns.run((from, to) -> {
            for (int c = pattern.columnStart(from); c < pattern.columnStart(to); c++) {
                columnValues[c] = wH[pattern.rowOrder(c)];
            }
        });
        rows.run((from, to) -> lastDeltas(w, from, to));
        for (int t = trialSteps; t >= 2; t--) {
            int step = t;
            columns.run((from, to) -> carryColumns(w, step, from, to));
        }
    }

    /** The postsynaptic neurons in blocks of about equal work on this network's threads. */
    NeuronBlocks rowBlocks() {
        return rows;
    }

    /** The trials of the last forward pass, B. */
    int batch() {
        return batch;
    }

    /**
     * The states of the last forward pass, the array itself: {@code h_t} of neuron i in trial b at
     * {@code (t N + i) B + b}, t = 0..T ({@code h_0 = 0}).
     */
    float[] states() {
        return h;
    }

    /**
     * The deltas of the last {@link #backward} (or {@link #gradients}) call, the array itself: {@code d_t} of neuron
     * i in trial b at {@code ((t - 1) N + i) B + b}, t = 1..T.
     */
    float[] deltas() {
        return d;
    }

    /** {@code d_T = D_T W_out^T g_T} of the neurons {@code from..to}. */
    private void lastDeltas(SparseCtrnnWeights w, int from, int to) {
        for (int j = from; j < to; j++) {
            outputDelta(w.wOut(), trialSteps, j, null);
        }
    }

    /**
     * For the neurons {@code j = from..to}: the carry {@code c_{t-1}[j] = (1-a) d_t[j] + a sum_i w_ij d_t[i]} over
     * column j's synapses, then {@code d_{t-1}[j] = D_{t-1} (c_{t-1}[j] + W_out^T g_{t-1})}.
     */
    private void carryColumns(SparseCtrnnWeights w, int t, int from, int to) {
        float[] carry = new float[batch];
        float keep = 1 - alpha;
        for (int j = from; j < to; j++) {
            java.util.Arrays.fill(carry, 0f);
            kernels.gatherAdd(batch, columnValues, pattern.postArray(), pattern.columnStart(j),
                    pattern.columnStart(j + 1), d, (t - 1) * neurons * batch, carry, 0);
            int own = ((t - 1) * neurons + j) * batch;
            for (int b = 0; b < batch; b++) {
                carry[b] = keep * d[own + b] + alpha * carry[b];
            }
            outputDelta(w.wOut(), t - 1, j, carry);
        }
    }

    /**
     * {@code d_t[j] = D_t (carry + W_out^T g_t)[j]} for every trial (carry null: zero); the sum starts from the
     * carry and adds the outputs in order, as the dense path does.
     */
    private void outputDelta(float[] wOut, int t, int j, float[] carry) {
        int dst = ((t - 1) * neurons + j) * batch;
        int state = (t * neurons + j) * batch;
        for (int b = 0; b < batch; b++) {
            float v = carry == null ? 0f : carry[b];
            int go = ((t - 1) * batch + b) * outputs;
            for (int k = 0; k < outputs; k++) {
                v += wOut[k * neurons + j] * g[go + k];
            }
            d[dst + b] = h[state + b] > 0 ? v : 0f;
        }
    }

    /**
     * The states {@code h_1..h_T} and deltas {@code d_1..d_T} of the neurons {@code from..to} copied neuron-major,
     * neuron i's T steps of B trials contiguous from {@code i T B}, so each synapse's gradient reads two contiguous
     * runs instead of T - 1 vectors scattered over the states.
     */
    private void byNeuron(int from, int to) {
        int span = trialSteps * batch;
        for (int i = from; i < to; i++) {
            for (int t = 1; t <= trialSteps; t++) {
                System.arraycopy(h, (t * neurons + i) * batch, hByNeuron, i * span + (t - 1) * batch, batch);
                System.arraycopy(d, ((t - 1) * neurons + i) * batch, dByNeuron, i * span + (t - 1) * batch, batch);
            }
        }
    }

    /** The inputs and the output gradients copied channel-major: channel c's T steps of B trials from {@code c T B}. */
    private void channelsByStep() {
        int span = trialSteps * batch;
        for (int t = 0; t < trialSteps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int c = 0; c < inputs; c++) {
                    xByInput[c * span + t * batch + b] = x[(t * batch + b) * inputs + c];
                }
                for (int k = 0; k < outputs; k++) {
                    gByOutput[k * span + t * batch + b] = g[(t * batch + b) * outputs + k];
                }
            }
        }
    }

    /**
     * The gradients of the rows {@code from..to}, each entry one {@link SparseKernels#stepDot}: W_h on their
     * synapses ({@code a sum_{t=2..T} d_t[i] . h_{t-1}[j]}), W_in's ({@code a sum_t d_t[i] . x_t[c]}) and W_out's
     * ({@code sum_t g_t[k] . h_t[i]}) entries.
     */
    private void gradientRows(int from, int to) {
        float[] gIn = grads.wIn();
        float[] gH = grads.wH();
        float[] gOut = grads.wOut();
        float[] scratch = new float[batch];
        int span = trialSteps * batch;
        for (int i = from; i < to; i++) {
            for (int k = pattern.rowStart(i); k < pattern.rowStart(i + 1); k++) {
                gH[k] = alpha * kernels.stepDot(batch, trialSteps - 1, batch, dByNeuron, i * span + batch, hByNeuron,
                        pattern.pre(k) * span, scratch);
            }
            for (int c = 0; c < inputs; c++) {
                gIn[i * inputs + c] = alpha * kernels.stepDot(batch, trialSteps, batch, dByNeuron, i * span, xByInput,
                        c * span, scratch);
            }
            for (int k = 0; k < outputs; k++) {
                gOut[k * neurons + i] = kernels.stepDot(batch, trialSteps, batch, gByOutput, k * span, hByNeuron,
                        i * span, scratch);
            }
        }
    }

    private void check(SparseCtrnnWeights w) {
        if (w.pattern() != pattern || w.inputs() != inputs || w.outputs() != outputs) {
            throw new TrainException("sparse network", "weights of N=" + w.neurons() + ", I=" + w.inputs() + ", O="
                    + w.outputs() + (w.pattern() != pattern ? " on another synapse pattern" : "")
                    + "; expected N=" + neurons + ", I=" + inputs + ", O=" + outputs + " on this network's pattern");
        }
    }

    private void ensure(int batchSize, int stepsPerTrial) {
        batch = batchSize;
        if (stepsPerTrial != trialSteps) {
            steps = NeuronBlocks.ofEqual(stepsPerTrial, threads);
        }
        trialSteps = stepsPerTrial;
        long states = (long) (trialSteps + 1) * neurons * batch;
        if (states > Integer.MAX_VALUE - 16) {
            throw new TrainException("sparse network", states + " state entries ((T + 1) N B); expected at most "
                    + (Integer.MAX_VALUE - 16) + ": train on a smaller batch or shorter trials");
        }
        if (h.length < states) {
            h = new float[(int) states];
            d = new float[(int) (states - (long) neurons * batch)];
            hByNeuron = new float[d.length];
            dByNeuron = new float[d.length];
        }
        if (x.length < trialSteps * batch * inputs) {
            x = new float[trialSteps * batch * inputs];
            xByInput = new float[x.length];
        }
        if (y.length < trialSteps * batch * outputs) {
            y = new float[trialSteps * batch * outputs];
            g = new float[y.length];
            gByOutput = new float[y.length];
        }
    }
}
