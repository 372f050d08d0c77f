package org.richlazy.train.model;

/**
 * SGD with momentum in PyTorch's convention (docs/science.md#model-transform---train; {@code torch.optim.SGD}, no
 * dampening,
 * no Nesterov, no weight decay): {@code v <- mu v + g}, {@code p <- p - lr v}, with v = 0 before
 * the first step (PyTorch's first buffer is g itself, the same thing).
 */
public final class SgdMomentum implements Optimizer {
    private final double learningRate;
    private final double momentum;
    private double[][] velocity;
    private float[][] velocity32;

    public SgdMomentum(double learningRate, double momentum) {
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    public void step(double[][] params, double[][] grads) {
        if (velocity == null) {
            velocity = new double[params.length][];
            for (int i = 0; i < params.length; i++) {
                velocity[i] = new double[params[i].length];
            }
        }
        for (int i = 0; i < params.length; i++) {
            double[] p = params[i];
            double[] g = grads[i];
            double[] v = velocity[i];
            for (int j = 0; j < p.length; j++) {
                v[j] = momentum * v[j] + g[j];
                p[j] -= learningRate * v[j];
            }
        }
    }

    @Override
    public void step(float[][] params, float[][] grads) {
        if (velocity32 == null) {
            velocity32 = new float[params.length][];
            for (int i = 0; i < params.length; i++) {
                velocity32[i] = new float[params[i].length];
            }
        }
        float mu = (float) momentum;
        float lr = (float) learningRate;
        for (int i = 0; i < params.length; i++) {
            float[] p = params[i];
            float[] g = grads[i];
            float[] v = velocity32[i];
            for (int j = 0; j < p.length; j++) {
                v[j] = mu * v[j] + g[j];
                p[j] -= lr * v[j];
            }
        }
    }
}
