package org.richlazy.train.model;

/** Updates parameter arrays in place from their gradients, keeping its own state per array. */
public interface Optimizer {

    /** One update; {@code params[i]} and {@code grads[i]} have the same length on every call. */
    void step(double[][] params, double[][] grads);

    /**
     * The same update in float32 arithmetic, as PyTorch does on float32 parameters; an instance is used
     * with one precision only.
     */
    void step(float[][] params, float[][] grads);
}
