package org.richlazy.train.model;

/**
 * A forward pass over a batch: {@code hidden[t]} is h_t ({@code [B x N]} flat, t = 0..T with
 * h_0 = 0), {@code logits[t]} is y_t = W_out h_t ({@code [B x O]} flat, index t = 1..T; index 0 unused),
 * {@code inputs[t]} is x_t ({@code [B x I]} flat, t = 1..T; index 0 unused).
 */
public record Trajectory(int batchSize, double[][] inputs, double[][] hidden, double[][] logits) {

    /** Number of steps T. */
    public int steps() {
        return hidden.length - 1;
    }
}
