package org.richlazy.train.model;

import java.util.random.RandomGenerator;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.task.PerceptualDecisionMaking;

/**
 * Milliseconds per training step (forward, loss, backward, SGD update) at the paper's size, N 300,
 * batch 32, 8 steps of 2AF, as wall time and as this thread's CPU time (the fairer figure on a
 * shared machine). Not a test; run with
 * {@code java -cp train/target/classes:train/target/test-classes org.richlazy.train.model.TrainingStepBench [N] [steps]}.
 */
public final class TrainingStepBench {
    private TrainingStepBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        RandomGenerator rng = SeededRandom.create(1);
        double[][] recurrent = new double[n][n];
        for (double[] row : recurrent) {
            for (int j = 0; j < n; j++) {
                row[j] = 1.25 * rng.nextGaussian() / Math.sqrt(n);
            }
        }
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        CtrnnWeights w = CtrnnWeights.initialise(recurrent, task.inputSize(), task.outputSize(), rng);
        Ctrnn net = new Ctrnn(1.0, new AxpyProduct());
        Optimizer sgd = new SgdMomentum(0.003, 0.9);
        for (int round = 0; round < 2; round++) {
            int iterations = round == 0 ? measured / 2 : measured;
            java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long cpuStart = bean.getCurrentThreadCpuTime();
            double loss = 0;
            for (int i = 0; i < iterations; i++) {
                TrialBatch batch = task.sample(32, rng);
                Trajectory traj = net.forward(w, batch.inputs());
                CrossEntropy.Evaluation eval = CrossEntropy.evaluate(traj, batch.labels(), 3, true, 7);
                sgd.step(w.all(), net.gradients(w, traj, eval.dLogits()).all());
                loss = eval.loss();
            }
            double ms = (System.nanoTime() - start) / 1e6 / iterations;
            double cpuMs = (bean.getCurrentThreadCpuTime() - cpuStart) / 1e6 / iterations;
            System.out.printf("%s N=%d batch=32 T=8: %.3f ms/step wall, %.3f ms/step CPU over %d steps (loss %.4f)%n",
                    round == 0 ? "warm-up" : "measured", n, ms, cpuMs, iterations, loss);
        }
    }
}
