package org.richlazy.train.model;

/**
 * dL/dW_in, dL/dW_h, dL/dW_out, laid out like {@link CtrnnWeights}.
 */
public record Gradients(double[] wIn, double[] wH, double[] wOut) {

    /** The three arrays in the order W_in, W_h, W_out. */
    public double[][] all() {
        return new double[][] {wIn, wH, wOut};
    }
}
