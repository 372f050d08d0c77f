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

    /**
     * The optimiser called {@code name}: {@code sgd} ({@link SgdMomentum}) or {@code adam} ({@link Adam}).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    static Optimizer named(String name, double learningRate, double momentum) {
        return switch (name) {
            case "sgd" -> new SgdMomentum(learningRate, momentum);
            case "adam" -> new Adam(learningRate);
            default -> throw new IllegalArgumentException("unknown optimizer '" + name + "'; known: sgd, adam");
        };
    }
}
