package org.richlazy.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A measured (or sampled) connectivity matrix with its neurons and provenance.
 *
 * <p>Orientation is fixed: {@code weight(post, pre)} is the weight of the synapse from neuron
 * {@code pre} onto neuron {@code post}, so that a recurrent update reads {@code h_t = W h_{t-1}}
 * (SPEC §2). Readers of row-is-presynaptic formats transpose before building a Connectome.
 *
 * <p>The matrix is dense and square ({@code N x N}); an entry of 0 means no connection.
 * Instances are immutable: the matrix is copied in and {@link #weightsCopy()} copies out.
 */
public final class Connectome {
    private final List<Neuron> neurons;
    private final double[][] weights;
    private final String weightUnit;
    private final Provenance provenance;

    /**
     * @param neurons    the N neurons, in matrix order
     * @param weights    {@code W[post][pre]}, N x N, finite
     * @param weightUnit the unit the source gives (e.g. {@code "synapse count"}, {@code "mV"})
     * @param provenance where it came from and what was done to it
     * @throws IllegalArgumentException if the matrix is not N x N or holds a non-finite value
     */
    public Connectome(List<Neuron> neurons, double[][] weights, String weightUnit, Provenance provenance) {
        this.neurons = List.copyOf(neurons);
        this.weightUnit = Objects.requireNonNull(weightUnit, "weightUnit");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        int n = this.neurons.size();
        if (weights.length != n) {
            throw new IllegalArgumentException("matrix has " + weights.length + " rows for " + n + " neurons");
        }
        this.weights = new double[n][];
        for (int i = 0; i < n; i++) {
            if (weights[i].length != n) {
                throw new IllegalArgumentException("matrix row " + i + " has " + weights[i].length
                        + " columns for " + n + " neurons");
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(weights[i][j])) {
                    throw new IllegalArgumentException("non-finite weight " + weights[i][j]
                            + " at [post " + i + "][pre " + j + "]");
                }
            }
            this.weights[i] = weights[i].clone();
        }
    }

    /** Number of neurons N. */
    public int size() {
        return neurons.size();
    }

    public List<Neuron> neurons() {
        return neurons;
    }

    /** The weight from neuron {@code pre} onto neuron {@code post}. */
    public double weight(int post, int pre) {
        return weights[post][pre];
    }

    /** A copy of {@code W[post][pre]}. */
    public double[][] weightsCopy() {
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            copy[i] = weights[i].clone();
        }
        return copy;
    }

    public String weightUnit() {
        return weightUnit;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Number of nonzero entries (directed edges, self-loops included). */
    public long edgeCount() {
        long count = 0;
        for (double[] row : weights) {
            for (double w : row) {
                if (w != 0) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Number of neurons with the given sign. */
    public long count(CellSign sign) {
        return neurons.stream().filter(n -> n.sign() == sign).count();
    }

    /** The same neurons and weights with one more provenance step. */
    public Connectome withStep(String action, long count, String reason) {
        return new Connectome(neurons, weights, weightUnit, provenance.withStep(action, count, reason));
    }
}
