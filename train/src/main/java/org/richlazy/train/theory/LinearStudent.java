package org.richlazy.train.theory;

/**
 * A two-layer linear student {@code f(z) = w^T W z} ({@code W} h x d, {@code w} in R^h) learning a linear teacher
 * {@code y = beta^T z} on inputs {@code z = F x}, {@code x ~ N(0, I_d)}, with F diagonal (the feature scales
 * {@code f_i}), so the input covariance is {@code Sigma = F F^T = diag(f_i^2)}. The population loss is {@code L = 1/2 E[(f - y)^2] = 1/2 r^T Sigma r} with
 * {@code r = W^T w - beta}, and gradient flow is {@code dW/dt = -w (Sigma r)^T}, {@code dw/dt = -W Sigma r}, integrated
 * with the classical fourth-order Runge-Kutta method. Gradient flow conserves {@code W W^T - w w^T}: both terms
 * change by {@code -w (Sigma r)^T W^T - W Sigma r w^T} (Saxe, McClelland and Ganguli 2014; Du, Hu and Lee 2018).
 * Matrices are row-major flat arrays.
 */
final class LinearStudent {
    private final int hidden;
    private final int inputs;
    private final double[] sigma;
    private final double[] beta;
    private double[] wIn;
    private double[] wOut;
    private double time;

    /**
     * @param w0    W(0), h x d
     * @param f     the diagonal of F, length d
     * @param beta  the teacher, length d
     */
    LinearStudent(double[] w0, int hidden, int inputs, double[] f, double[] beta) {
        this(w0, new double[hidden], hidden, inputs, f, beta);
    }

    /** The same from the readout {@code v0} instead of 0. */
    LinearStudent(double[] w0, double[] v0, int hidden, int inputs, double[] f, double[] beta) {
        this.hidden = hidden;
        this.inputs = inputs;
        this.wIn = w0.clone();
        this.wOut = v0.clone();
        this.beta = beta.clone();
        this.sigma = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            sigma[i] = f[i] * f[i];
        }
    }

    double[] inputWeights() {
        return wIn.clone();
    }

    double[] readout() {
        return wOut.clone();
    }

    double time() {
        return time;
    }

    /** {@code 1/2 r^T Sigma r}. */
    double loss() {
        double[] r = residual(wIn, wOut);
        double[] s = times(sigma, r);
        double l = 0;
        for (int i = 0; i < inputs; i++) {
            l += r[i] * s[i];
        }
        return l / 2;
    }

    /** One Runge-Kutta step of length {@code dt}. */
    void step(double dt) {
        double[][] k1 = derivative(wIn, wOut);
        double[][] k2 = derivative(axpy(wIn, dt / 2, k1[0]), axpy(wOut, dt / 2, k1[1]));
        double[][] k3 = derivative(axpy(wIn, dt / 2, k2[0]), axpy(wOut, dt / 2, k2[1]));
        double[][] k4 = derivative(axpy(wIn, dt, k3[0]), axpy(wOut, dt, k3[1]));
        wIn = combine(wIn, dt, k1[0], k2[0], k3[0], k4[0]);
        wOut = combine(wOut, dt, k1[1], k2[1], k3[1], k4[1]);
        time += dt;
    }

    /** {@code W W^T - w w^T} (h x h), the quantity gradient flow conserves. */
    double[] conserved() {
        double[] c = new double[hidden * hidden];
        for (int a = 0; a < hidden; a++) {
            for (int b = 0; b < hidden; b++) {
                double s = 0;
                for (int k = 0; k < inputs; k++) {
                    s += wIn[a * inputs + k] * wIn[b * inputs + k];
                }
                c[a * hidden + b] = s - wOut[a] * wOut[b];
            }
        }
        return c;
    }

    /** {@code (dW/dt, dw/dt) = -(dL/dW, dL/dw)} now. */
    double[][] velocity() {
        return derivative(wIn, wOut);
    }

    /** {@code (dW/dt, dw/dt)} at (W, w). */
    private double[][] derivative(double[] w, double[] v) {
        double[] s = times(sigma, residual(w, v));
        double[] dW = new double[hidden * inputs];
        double[] dv = new double[hidden];
        for (int a = 0; a < hidden; a++) {
            double acc = 0;
            for (int k = 0; k < inputs; k++) {
                dW[a * inputs + k] = -v[a] * s[k];
                acc += w[a * inputs + k] * s[k];
            }
            dv[a] = -acc;
        }
        return new double[][] {dW, dv};
    }

    /** {@code W^T w - beta}. */
    private double[] residual(double[] w, double[] v) {
        double[] r = new double[inputs];
        for (int k = 0; k < inputs; k++) {
            r[k] = -beta[k];
        }
        for (int a = 0; a < hidden; a++) {
            for (int k = 0; k < inputs; k++) {
                r[k] += w[a * inputs + k] * v[a];
            }
        }
        return r;
    }

    /** {@code diag(m) v}. */
    private double[] times(double[] m, double[] v) {
        double[] out = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            out[i] = m[i] * v[i];
        }
        return out;
    }

    private static double[] axpy(double[] x, double a, double[] y) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += a * y[i];
        }
        return out;
    }

    private static double[] combine(double[] x, double dt, double[] k1, double[] k2, double[] k3, double[] k4) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return out;
    }
}
