package org.richlazy.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.richlazy.train.TrainingSpec;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.Transform;
import org.richlazy.transform.TransformSpec;

/**
 * The paper's Figure-1 sweep through the sweep stage: truncated-rank inits of one N = 300 Gaussian draw
 * (gain 1.25, ranks 1, 30, 100, 300, seed 1; the draw itself, equal to rank 300, is not trained again) x 2AF, DMS, CXT x seeds 1..5 x 10,000 SGD steps, KA and RA at
 * start and end, one worker per core. Not a test; run with
 * {@code java --add-modules jdk.incubator.vector -cp <pipeline test classpath> org.richlazy.pipeline.Figure1Sweep
 * <out folder> [iterations]} (the same as {@code richlazy run} with source preset {@code random-gaussian}).
 */
public final class Figure1Sweep {
    private Figure1Sweep() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        TransformSpec transform = new TransformSpec(300, null, null, null, null, null, 1.25, List.of("truncated-rank"),
                List.of(1, 30, 100, 300), null, null, 1L);
        InitSet drawn = Transform.randomSweep(300, transform);
        // The draw itself is the rank-300 truncation; train the four ranks only, as the figure does.
        List<org.richlazy.transform.InitialWeights> ranks = drawn.baselines();
        InitSet set = new InitSet(drawn.source(), ranks.get(0), ranks.subList(1, ranks.size()));
        TrainingSpec training = new TrainingSpec(List.of("2af", "dms", "cxt"), List.of(1L, 2L, 3L, 4L, 5L),
                iterations, null, null, null, null, null, null, null, null, null, null, null, null);
        SweepStage stage = new SweepStage(training, new ResultsFolder(out),
                new SweepWorkers(Runtime.getRuntime().availableProcessors()));
        SweepOutcome outcome = stage.run(set);
        System.out.println(outcome.runs().size() + " runs in " + out);
    }
}
