package org.richlazy.train.model;

import org.richlazy.train.Precision;
import org.richlazy.train.bench.SpeedBench;

/**
 * Milliseconds per training step and seconds per set of measures at the paper's size (N 300, batch 32,
 * 8 steps of 2AF) in both precisions. Not a test; run with
 * {@code java --add-modules jdk.incubator.vector -cp <train classes and dependencies>
 * org.richlazy.train.model.TrainingStepBench [N] [iterations] [repeats]} ({@code richlazy bench} prints the same).
 */
public final class TrainingStepBench {
    private TrainingStepBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        SpeedBench bench = new SpeedBench(n, 32, iterations, repeats);
        for (Precision precision : Precision.values()) {
            SpeedBench.Timing t = bench.step(precision);
            System.out.printf("%s N=%d batch=32 T=8: %.3f ms/step CPU, %.3f ms/step wall%n", precision.word(), n,
                    t.cpuSeconds() * 1e3, t.wallSeconds() * 1e3);
        }
        SpeedBench.Timing k = bench.kernel();
        System.out.printf("float32 kernel + alignment: %.3f s CPU, %.3f s wall%n", k.cpuSeconds(), k.wallSeconds());
        if (args.length <= 3 || !args[3].equals("nomeasures")) {
            for (Precision precision : Precision.values()) {
                SpeedBench.Timing m = bench.measures(precision);
                System.out.printf("%s measures: %.3f s CPU, %.3f s wall%n", precision.word(), m.cpuSeconds(),
                        m.wallSeconds());
            }
        }
    }
}
