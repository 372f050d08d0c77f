package org.richlazy.train.model;

/**
 * Adam (Kingma &amp; Ba 2015) with PyTorch's defaults and update form ({@code torch.optim.Adam}):
 * beta1 0.9, beta2 0.999, eps 1e-8; {@code m <- b1 m + (1-b1) g}, {@code v <- b2 v + (1-b2) g^2},
 * {@code p <- p - (lr / (1 - b1^k)) m / (sqrt(v) / sqrt(1 - b2^k) + eps)} at step k = 1, 2, ...
 */
public final class Adam implements Optimizer {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPS = 1e-8;
    private final double learningRate;
    private double[][] first;
    private double[][] second;
    private float[][] first32;
    private float[][] second32;
    private int step;

    public Adam(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public void step(double[][] params, double[][] grads) {
        if (first == null) {
            first = new double[params.length][];
            second = new double[params.length][];
            for (int i = 0; i < params.length; i++) {
                first[i] = new double[params[i].length];
                second[i] = new double[params[i].length];
            }
        }
        step++;
        double stepSize = learningRate / (1 - Math.pow(BETA1, step));
        double secondCorrection = Math.sqrt(1 - Math.pow(BETA2, step));
        for (int i = 0; i < params.length; i++) {
            double[] p = params[i];
            double[] g = grads[i];
            double[] m = first[i];
            double[] v = second[i];
            for (int j = 0; j < p.length; j++) {
                m[j] = BETA1 * m[j] + (1 - BETA1) * g[j];
                v[j] = BETA2 * v[j] + (1 - BETA2) * g[j] * g[j];
                p[j] -= stepSize * m[j] / (Math.sqrt(v[j]) / secondCorrection + EPS);
            }
        }
    }

    @Override
    public void step(float[][] params, float[][] grads) {
        if (first32 == null) {
            first32 = new float[params.length][];
            second32 = new float[params.length][];
            for (int i = 0; i < params.length; i++) {
                first32[i] = new float[params[i].length];
                second32[i] = new float[params[i].length];
            }
        }
        step++;
        float stepSize = (float) (learningRate / (1 - Math.pow(BETA1, step)));
        float secondCorrection = (float) Math.sqrt(1 - Math.pow(BETA2, step));
        float b1 = (float) BETA1;
        float b2 = (float) BETA2;
        float eps = (float) EPS;
        for (int i = 0; i < params.length; i++) {
            float[] p = params[i];
            float[] g = grads[i];
            float[] m = first32[i];
            float[] v = second32[i];
            for (int j = 0; j < p.length; j++) {
                m[j] = b1 * m[j] + (1 - b1) * g[j];
                v[j] = b2 * v[j] + (1 - b2) * g[j] * g[j];
                p[j] -= stepSize * m[j] / ((float) Math.sqrt(v[j]) / secondCorrection + eps);
            }
        }
    }
}
