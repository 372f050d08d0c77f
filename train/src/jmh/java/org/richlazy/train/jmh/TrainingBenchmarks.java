package org.richlazy.train.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
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
import org.richlazy.train.Precision;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrainingPath;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.measure.FloatTangentKernel;
import org.richlazy.train.measure.TangentKernel;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.task.PerceptualDecisionMaking;
import org.richlazy.transform.ConfigWord;

/**
 * JMH benchmarks of a training step (forward, loss, backward, SGD-with-momentum update) and of the
 * float32 tangent kernel at the paper's size: 2AF, 8 steps, batch 32, random Gaussian W_h of gain 1.25.
 * Not part of {@code ./mvnw test}; build and run with the {@code bench} profile (docs/performance.md#performance).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class TrainingBenchmarks {
    @Param({"300"})
    int neurons;

    @Param({"float32", "float64"})
    String precision;

    private final PerceptualDecisionMaking task = new PerceptualDecisionMaking();
    private TrainingPath path;
    private List<TrialBatch> batches;
    private int next;
    private FloatTangentKernel kernel;
    private CtrnnWeights weights;
    private TrialBatch kernelTrials;
    private int[] outputSteps;

    @Setup
    public void setUp() {
        RandomGenerator rng = SeededRandom.create(1);
        double[][] recurrent = new double[neurons][neurons];
        for (double[] row : recurrent) {
            for (int j = 0; j < neurons; j++) {
                row[j] = 1.25 * rng.nextGaussian() / Math.sqrt(neurons);
            }
        }
        weights = CtrnnWeights.initialise(recurrent, task.inputSize(), task.outputSize(), rng);
        path = TrainingPath.of(ConfigWord.of(Precision.class, precision), 1.0,
                weights.copy(), OptimizerKind.SGD.create(0.003, 0.9));
        batches = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            batches.add(task.sample(32, rng));
        }
        kernel = new FloatTangentKernel(1.0, neurons, task.inputSize(), task.outputSize());
        kernelTrials = task.sample(32, rng);
        outputSteps = java.util.stream.IntStream.rangeClosed(1, task.steps()).toArray();
    }

    @Benchmark
    public double trainingStep() {
        TrialBatch batch = batches.get(next);
        next = (next + 1) % batches.size();
        double loss = path.evaluate(batch, task.outputSize(), true).loss();
        path.update();
        return loss;
    }

    /** The float32 kernel (the precision parameter does not apply). */
    @Benchmark
    public TangentKernel.Result tangentKernel() {
        return kernel.compute(weights, kernelTrials.inputs(), kernelTrials.labels(), outputSteps);
    }
}
