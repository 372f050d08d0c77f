package org.richlazy.train.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.richlazy.train.RunResult;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.Trainer;
import org.richlazy.train.TrainingSpec;
import org.richlazy.transform.InitialWeights;
import org.richlazy.train.task.TestTasks;
import org.richlazy.transform.spectrum.Spectrum;

/**
 * Threaded products give the same bits as one thread, for every product form, split by rows or by columns, and
 * split only from the threshold on.
 */
class ThreadedFloatKernelsTest {

    private static float[] random(int size, long seed) {
        RandomGenerator rng = SeededRandom.create(seed);
        float[] a = new float[size];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rng.nextGaussian();
        }
        return a;
    }

    /** The inner kernels, recording the thread of every product block they compute. */
    private static FloatKernels recording(FloatKernels inner, List<Thread> blocks) {
        return (FloatKernels) Proxy.newProxyInstance(FloatKernels.class.getClassLoader(),
                new Class<?>[] {FloatKernels.class}, (proxy, method, args) -> {
                    if (method.getName().contains("ultiply")) {
                        blocks.add(Thread.currentThread());
                    }
                    return method.invoke(inner, args);
                });
    }

    /**
     * C (+)= A B and A^T B on shapes split by rows (m 203 into blocks of 8 rows) and by columns (m 12, n 1010 into
     * blocks of 48 columns), at offsets, with the threshold lowered so that small products split: each product is
     * computed in as many blocks as threads, on more than one thread.
     */
    @Test
    void sameBitsWithOneTwoAndThreeThreads() {
        FloatKernels one = FloatKernels.fastest();
        for (int[] shape : new int[][] {{203, 40, 33}, {12, 50, 1010}}) {
            int m = shape[0];
            int k = shape[1];
            int n = shape[2];
            int lda = Math.max(m, k) + 5;
            int ldb = n + 3;
            int ldc = n + 7;
            float[] a = random(3 + Math.max(m, k) * lda, 1);
            float[] b = random(2 + k * ldb, 2);
            float[] start = random(4 + m * ldc, 3);
            for (int form = 0; form < 4; form++) {
                float[] expected = run(one, form, m, k, n, a, lda, b, ldb, start.clone(), ldc);
                for (int threads : new int[] {1, 2, 3}) {
                    List<Thread> blocks = Collections.synchronizedList(new ArrayList<>());
                    float[] got = run(new ThreadedFloatKernels(recording(one, blocks), threads, 1), form, m, k, n,
                            a, lda, b, ldb, start.clone(), ldc);
                    String what = String.format("form %d, %d threads, %d x %d x %d", form, threads, m, k, n);
                    assertThat(got).as(what).containsExactly(expected);
                    assertThat(blocks).as(what).hasSize(threads);
                    assertThat(new HashSet<>(blocks)).as(what).hasSizeBetween(Math.min(2, threads), threads);
                }
            }
        }
    }

    /** With the default threshold a product of fewer than 25 million multiply-adds stays whole, one of as many splits. */
    @Test
    void onlyProductsOfTheThresholdsWorkSplit() {
        assertThat(ThreadedFloatKernels.MIN_WORK).isEqualTo(250L * 400 * 250);
        for (int n : new int[] {249, 250}) {
            float[] a = random(250 * 400, 1);
            float[] b = random(400 * n, 2);
            List<Thread> blocks = new ArrayList<>();
            new ThreadedFloatKernels(recording(FloatKernels.fastest(), Collections.synchronizedList(blocks)), 2)
                    .multiply(250, 400, n, a, 0, 400, b, 0, n, new float[250 * n], 0, n);
            assertThat(blocks).as("blocks of 250 x 400 x %d", n).hasSize(n == 250 ? 2 : 1);
        }
    }

    private static float[] run(FloatKernels kernels, int form, int m, int k, int n, float[] a, int lda, float[] b,
                               int ldb, float[] c, int ldc) {
        switch (form) {
            case 0 -> kernels.multiply(m, k, n, a, 3, lda, b, 2, ldb, c, 4, ldc);
            case 1 -> kernels.multiplyAdd(m, k, n, a, 3, lda, b, 2, ldb, c, 4, ldc);
            case 2 -> kernels.transposeMultiply(m, k, n, a, 3, lda, b, 2, ldb, c, 4, ldc);
            default -> kernels.transposeMultiplyAdd(m, k, n, a, 3, lda, b, 2, ldb, c, 4, ldc);
        }
        return c;
    }

    /** A whole run at N 400 (products above the threshold) trains to the same numbers on 1 and 3 threads. */
    @Tag("slow")
    @Test
    void aRunGivesTheSameNumbersOnAnyNumberOfThreads() {
        int n = 400;
        RandomGenerator rng = SeededRandom.create(5);
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = 1.25 * rng.nextGaussian() / Math.sqrt(n);
            }
        }
        double nan = Double.NaN;
        InitialWeights init = new InitialWeights("gaussian", m, new Spectrum(new double[0], new double[0],
                new double[0], nan, nan, nan, nan, nan, nan, nan, nan, 0), Map.of("kind", "gaussian"), 5);
        TrainingSpec spec = TrainingSpec.builder().seeds(List.of(1L)).iterations(6).learningRate(0.01).checkpoints(3)
                .curveEvery(2).probeBatches(1).build();
        RunResult single = Trainer.train(init, TestTasks.CATALOG.task("2af", spec), 2, spec, done -> { }, 1).result();
        RunResult threaded = Trainer.train(init, TestTasks.CATALOG.task("2af", spec), 2, spec, done -> { }, 3).result();
        assertThat(threaded.curve()).isEqualTo(single.curve());
        assertThat(threaded.checkpoints()).isEqualTo(single.checkpoints());
    }
}
