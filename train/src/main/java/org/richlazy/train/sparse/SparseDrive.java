package org.richlazy.train.sparse;

import org.richlazy.train.measure.LyapunovExponent;

/**
 * The products of a Lyapunov step ({@link LyapunovExponent.Drive}) on sparse weights: {@code (W_h s)[i]} as a sum
 * over row i's synapses, then {@code (W_in x)[i]} for the states, each sum in float64 in synapse (input) order, the
 * rows split over the network's threads (docs/science.md#connectome-scale).
 */
final class SparseDrive implements LyapunovExponent.Drive {
    private final SparseCtrnnWeights w;
    private final NeuronBlocks rows;

    SparseDrive(SparseCtrnnWeights w, NeuronBlocks rows) {
        this.w = w;
        this.rows = rows;
    }

    @Override
    public void add(int count, double[] stacked, double[] x, double[] next) {
        SynapsePattern pattern = w.pattern();
        int n = pattern.neurons();
        int in = w.inputs();
        float[] wH = w.wH();
        float[] wIn = w.wIn();
        rows.run((from, to) -> {
            for (int i = from; i < to; i++) {
                for (int r = 0; r < count; r++) {
                    double sum = next[r * n + i];
                    for (int k = pattern.rowStart(i); k < pattern.rowStart(i + 1); k++) {
                        sum += wH[k] * stacked[r * n + pattern.pre(k)];
                    }
                    for (int c = 0; r < count / 2 && c < in; c++) {
                        sum += wIn[i * in + c] * x[r * in + c];
                    }
                    next[r * n + i] = sum;
                }
            }
        });
    }
}
