package org.richlazy.transform.spectrum;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.richlazy.transform.Transform;
import org.richlazy.transform.matrix.RandomMatrices;

/**
 * Wall time of {@link Transform#spectrum} (SVD singular values + complex eigenvalues, float64) on
 * Gaussian matrices of the paper's size N = 300 and of N = 1000. A plain main-method bench, not a
 * test: it warms up, then prints min and median over repetitions of the wall time and of the
 * thread's CPU time (on a shared machine the CPU time is the steadier figure).
 *
 * <p>Run from the worktree root:
 * <pre>
 * ./mvnw -q -B -o -pl transform -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/transform-bench-cp.txt -Dmdep.includeScope=test
 * java -cp transform/target/test-classes:transform/target/classes:$(cat /tmp/transform-bench-cp.txt) \
 *     org.richlazy.transform.spectrum.SpectrumBench
 * </pre>
 */
public final class SpectrumBench {
    private SpectrumBench() {
    }

    public static void main(String[] args) {
        run(300, 5, 15);
        run(1000, 1, 5);
        ejmlEigenvalues(300, 3, 7);
    }

    /** For comparison: EJML's general eigen decomposition alone, which the Francis QR replaces. */
    private static void ejmlEigenvalues(int n, int warmup, int reps) {
        org.ejml.data.DMatrixRMaj a = new org.ejml.data.DMatrixRMaj(
                RandomMatrices.gaussian(n, 1.25, new SplittableRandom(n)));
        for (int k = 0; k < warmup; k++) {
            SpectrumCalculator.ejmlEigenvalues(a);
        }
        double[] seconds = new double[reps];
        for (int k = 0; k < reps; k++) {
            long t0 = System.nanoTime();
            SpectrumCalculator.ejmlEigenvalues(a);
            seconds[k] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "N = %4d: EJML eigenvalues alone min %.3f s, median %.3f s over %d runs%n",
                n, seconds[0], seconds[reps / 2], reps);
    }

    private static void run(int n, int warmup, int reps) {
        double[][] w = RandomMatrices.gaussian(n, 1.25, new SplittableRandom(n));
        for (int k = 0; k < warmup; k++) {
            Transform.spectrum(w);
        }
        double[] seconds = new double[reps];
        double[] cpu = new double[reps];
        double sink = 0;
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int k = 0; k < reps; k++) {
            long c0 = bean.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += Transform.spectrum(w).participationRatio();
            seconds[k] = (System.nanoTime() - t0) / 1e9;
            cpu[k] = (bean.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "N = %4d: full spectrum wall min %.3f s, median %.3f s; CPU min %.3f s, "
                + "median %.3f s; %d runs (PR %.1f)%n", n, seconds[0], seconds[reps / 2], cpu[0], cpu[reps / 2], reps,
                sink / reps);
    }
}
