package org.richlazy.train;

import java.util.List;
import org.richlazy.train.task.TestTasks;

/**
 * One short training run that prints its loss/accuracy curve and measures, to see learning happen.
 * Not a test; run with
 * {@code java -cp <classpath> org.richlazy.train.SanityRun [task] [N] [iterations] [seed]}.
 */
public final class SanityRun {
    private SanityRun() {
    }

    public static void main(String[] args) {
        String task = args.length > 0 ? args[0] : "2af";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        TrainingSpec spec = TrainingSpec.builder().tasks(List.of(task)).seeds(List.of(seed)).iterations(iterations)
                .checkpoints(iterations / 5).curveEvery(50).build();
        TrainedRun run = Trainer.train(TrainerTest.gaussian(n, seed), TestTasks.CATALOG.task(task, spec), seed, spec);
        RunResult r = run.result();
        System.out.printf("%s N=%d seed=%d: status %s, %d iterations, %.1f s%n", task, n, seed, r.status(),
                r.iterations(), r.wallSeconds());
        for (RunResult.CurvePoint p : r.curve()) {
            System.out.printf("  it %5d  loss %.4f  acc %.3f%n", p.iteration(), p.loss(), p.accuracy());
        }
        for (RunResult.Checkpoint c : r.checkpoints()) {
            Measures m = c.measures();
            System.out.printf("  measures at %5d: dW %.4f (rel %.4f)  RA %.4f  KA %.4f  sign %.4f  KTA %.4f%n",
                    c.iteration(), m.weightChange(), m.relativeWeightChange(), m.representationAlignment(),
                    m.kernelAlignment(), m.signSimilarity(), m.kernelTargetAlignment());
        }
    }
}
