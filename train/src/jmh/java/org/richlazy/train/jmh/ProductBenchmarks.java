package org.richlazy.train.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.richlazy.train.fast.FloatCtrnnWeights;
import org.richlazy.train.fast.FloatKernels;
import org.richlazy.train.fast.ReferenceFloatKernels;
import org.richlazy.train.fast.VectorFloatKernels;

/**
 * JMH benchmarks of the two product shapes of a float32 training step at the paper's size (N 300, batch
 * 32, 8 steps): the recurrent product {@code h_{t-1} W_h^T} ({@code [32 x 300] [300 x 304]}, 14 per step
 * forward and backward) and the recurrent-weight gradient {@code [du_2; ..; du_8]^T [h_1; ..; h_7]}
 * ({@code [300 x 224] [224 x 304]}, once per step), and the transpose of W_h made once per forward pass,
 * for the Vector API kernels and the plain-Java reference. Results are in microseconds per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ProductBenchmarks {
    private static final int NEURONS = 300;
    private static final int BATCH = 32;
    private static final int PAIRS = 7 * BATCH;

    @Param({"vector", "reference"})
    String kernels;

    private FloatKernels product;
    private final int ld = FloatCtrnnWeights.paddedStride(NEURONS);
    private float[] states;
    private float[] deltas;
    private float[] weightsT;
    private float[] next;
    private float[] gradient;
    private float[] transposed;

    @Setup
    public void setUp() {
        product = kernels.equals("vector") ? new VectorFloatKernels() : new ReferenceFloatKernels();
        SplittableRandom rng = new SplittableRandom(1);
        states = padded(PAIRS, rng);
        deltas = padded(PAIRS, rng);
        weightsT = padded(NEURONS, rng);
        next = new float[BATCH * ld];
        gradient = new float[NEURONS * ld];
        transposed = new float[NEURONS * ld];
    }

    @Benchmark
    public float[] recurrentProduct() {
        product.multiplyAdd(BATCH, NEURONS, ld, states, 0, ld, weightsT, 0, ld, next, 0, ld);
        return next;
    }

    @Benchmark
    public float[] recurrentWeightGradient() {
        product.transposeMultiply(NEURONS, PAIRS, ld, deltas, 0, ld, states, 0, ld, gradient, 0, ld);
        return gradient;
    }

    @Benchmark
    public float[] recurrentTranspose() {
        product.transpose(NEURONS, NEURONS, weightsT, 0, ld, transposed, 0, ld);
        return transposed;
    }

    /** {@code rows x ld} entries uniform in [-1, 1), zero in the padding columns. */
    private float[] padded(int rows, SplittableRandom rng) {
        float[] m = new float[rows * ld];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < NEURONS; j++) {
                m[i * ld + j] = (float) (rng.nextDouble() * 2 - 1);
            }
        }
        return m;
    }
}
