package org.richlazy.train.measure;

/**
 * The rows of a recurrent-weight tangent kernel and the delta vectors each row's gradient is built from
 * (docs/science.md#laziness-measures). Row {@code q B + b} is the logit of output k at output step t of trial b,
 * q = (index of t) O + k; its gradient is {@code a sum_{s=2..t} d_s h_{s-1}[b]^T} (the s = 1 term vanishes, h_0 = 0),
 * so per trial row q owns the delta vectors {@code firstVector(q) .. firstVector(q + 1) - 1}, vector v of step
 * {@code step(v)}. Two rows' kernel entry is {@code a^2} times {@link #pairSum}.
 */
public final class KernelVectors {
    private final int outputs;
    private final int[] outputSteps;
    private final int[] firstVector;
    private final int[] stepOfVector;

    /**
     * @param outputSteps the 1-based output steps t whose logits are rows
     * @param outputs     O
     */
    public KernelVectors(int[] outputSteps, int outputs) {
        this.outputs = outputs;
        this.outputSteps = outputSteps.clone();
        int perTrial = outputSteps.length * outputs;
        firstVector = new int[perTrial + 1];
        for (int q = 0; q < perTrial; q++) {
            firstVector[q + 1] = firstVector[q] + Math.max(0, step(q) - 1);
        }
        stepOfVector = new int[firstVector[perTrial]];
        for (int q = 0; q < perTrial; q++) {
            for (int v = firstVector[q]; v < firstVector[q + 1]; v++) {
                stepOfVector[v] = 2 + v - firstVector[q];
            }
        }
    }

    /** Rows per trial, (output steps) x O. */
    public int perTrial() {
        return firstVector.length - 1;
    }

    /** Delta vectors per trial. */
    public int vectors() {
        return stepOfVector.length;
    }

    /** The output step t of row q. */
    public int step(int q) {
        return outputSteps[q / outputs];
    }

    /** The output k of row q. */
    public int output(int q) {
        return q % outputs;
    }

    /** The first delta vector of row q; {@code firstVector(perTrial())} is {@link #vectors()}. */
    public int firstVector(int q) {
        return firstVector[q];
    }

    /** The step s of the delta {@code d_s} that is vector v. */
    public int stepOfVector(int v) {
        return stepOfVector[v];
    }

    /**
     * The one-hot targets of the kernel's rows: row {@code q B + b} is 1 where k is the label of trial b at step t.
     *
     * @param labels {@code [T][B]}
     */
    public double[] targets(int[][] labels) {
        int batch = labels[0].length;
        double[] targets = new double[perTrial() * batch];
        for (int q = 0; q < perTrial(); q++) {
            for (int b = 0; b < batch; b++) {
                targets[q * batch + b] = labels[step(q) - 1][b] == output(q) ? 1 : 0;
            }
        }
        return targets;
    }

    /**
     * {@code sum_{v of row q} sum_{u of row p} <d_v, d'_u> <h_{s_v - 1}, h'_{s_u - 1}>} for one pair of trials, from
     * their delta Gram {@code deltaGram[dOff + v ldd + u]} and hidden-state Gram
     * {@code hiddenGram[hOff + s ldh + s']} (s, s' = 0..T-1, the state {@code h_s}).
     */
    public double pairSum(int q, int p, double[] deltaGram, int dOff, int ldd, double[] hiddenGram, int hOff,
                          int ldh) {
        double sum = 0;
        for (int v = firstVector[q]; v < firstVector[q + 1]; v++) {
            int gv = dOff + v * ldd;
            int hv = hOff + (stepOfVector[v] - 1) * ldh - 1;
            for (int u = firstVector[p]; u < firstVector[p + 1]; u++) {
                sum += deltaGram[gv + u] * hiddenGram[hv + stepOfVector[u]];
            }
        }
        return sum;
    }
}
