package org.richlazy.train.model;

import org.richlazy.transform.ConfigWord;

/** The optimisers {@code training.optimizer} names: {@code sgd} ({@link SgdMomentum}) or {@code adam} ({@link Adam}). */
public enum OptimizerKind implements ConfigWord {
    SGD, ADAM;

    /** A new optimiser of this kind (Adam takes no momentum). */
    public Optimizer create(double learningRate, double momentum) {
        return switch (this) {
            case SGD -> new SgdMomentum(learningRate, momentum);
            case ADAM -> new Adam(learningRate);
        };
    }
}
