package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.train.task.TestTasks;

/** A sequence of two tasks: its phases, its retention scores and the transfer measures made from them. */
class SequenceLoopTest {
    @TempDir
    Path dir;

    private static TrainingSpec spec(double lr) {
        return TrainerTest.spec(40, "adam", lr, 20, 10, 1e4).toBuilder().sequence(List.of("2af", "dms")).build();
    }

    private static TrainedRun run(TrainingSpec spec) {
        Task sequence = TestTasks.CATALOG.task(spec.sequencing().label(), spec);
        return Trainer.train(TrainerTest.gaussian(16, 5), sequence, 3, spec);
    }

    private static SequenceRecord.Retention score(SequenceRecord s, int phase, int iteration, int scored) {
        return s.retention().stream().filter(r -> r.phase() == phase && r.iteration() == iteration
                && r.scored() == scored).findFirst().orElseThrow();
    }

    @Test
    void twoPhasesScoreEveryEarlierTaskAndTheirTransferIsMadeFromTheScores() throws Exception {
        TrainedRun trained = run(spec(0.01));
        RunResult r = trained.result();
        SequenceRecord s = r.sequence();
        assertThat(r.task()).isEqualTo("2af-then-dms");
        assertThat(r.iterations()).isEqualTo(80);
        assertThat(s.heads()).isEqualTo("per-task");
        assertThat(s.phases()).extracting(SequenceRecord.Phase::task).containsExactly("2af", "dms");
        // phase 1 scores its task at 0, 20, 40; phase 2 both tasks at 0, 20, 40
        assertThat(s.retention()).hasSize(3 + 6);
        // nothing trains between the end of phase 1 and the start of phase 2, and task 1 keeps its head
        assertThat(score(s, 2, 0, 1)).usingRecursiveComparison().ignoringFields("phase", "iteration")
                .isEqualTo(score(s, 1, 40, 1));
        double right = score(s, 1, 40, 1).accuracy();
        double end = score(s, 2, 40, 1).accuracy();
        assertThat(s.forgetting()).isEqualTo(right - end);
        assertThat(s.backwardTransfer()).isEqualTo(-s.forgetting());
        assertThat(s.forgettingLoss()).isEqualTo(score(s, 2, 40, 1).loss() - score(s, 1, 40, 1).loss());
        SequenceRecord.Phase second = s.phases().get(1);
        assertThat(second.learningSpeedAlone()).isFinite();
        assertThat(s.forwardTransfer()).isEqualTo(second.learningSpeed() - second.learningSpeedAlone());
        assertThat(s.phases().get(0).learningSpeedAlone()).isNaN();
        assertThat(r.plasticity().pathLength()).isCloseTo(s.phases().get(0).plasticity().pathLength()
                + s.phases().get(1).plasticity().pathLength(), within(1e-12));
        assertThat(r.checkpoints()).extracting(RunResult.Checkpoint::iteration).containsExactly(0, 20, 40, 60, 80);
        assertThat(r.curve().get(r.curve().size() - 1).iteration()).isEqualTo(80);

        RunResult again = run(spec(0.01)).result();
        assertThat(again.sequence()).isEqualTo(s);
        assertThat(again.curve()).isEqualTo(r.curve());

        RunStore.write(dir, trained);
        Path folder = RunStore.entry(dir, RunStore.folderName(r.init(), r.task(), r.seed()));
        List<String> retention = Files.readAllLines(folder.resolve("retention.csv"));
        assertThat(retention.get(0)).isEqualTo("phase,iteration,global_iteration,scored_phase,task,loss,accuracy");
        assertThat(retention).hasSize(10);
        assertThat(Files.readAllLines(folder.resolve("phases.csv"))).hasSize(3);
        RunStore.writeResultsTable(dir, List.of(RunStore.read(dir, r.init(), r.task(), r.seed())));
        assertThat(Files.readAllLines(dir.resolve("results.csv")).get(1)).endsWith("," + s.forgetting() + ","
                + s.forgettingLoss() + "," + s.backwardTransfer() + "," + s.forwardTransfer());
    }

    @Test
    void aDivergedPhaseEndsTheSequenceWithoutTransferMeasures() {
        RunResult r = run(TrainerTest.spec(200, "sgd", Optimisation.MAX_LEARNING_RATE, 20, 10, 1e4).toBuilder()
                .sequence(List.of("2af", "dms")).build()).result();
        assertThat(r.status()).isEqualTo(RunResult.Status.DIVERGED);
        assertThat(r.sequence().phases()).hasSize(1);
        assertThat(r.sequence().forgetting()).isNaN();
        assertThat(r.sequence().forwardTransfer()).isNaN();
    }

    @Test
    void sharedHeadsScoreEveryTaskWithTheOneReadout() {
        TrainingSpec spec = spec(0.01).toBuilder().sequenceHeads(org.richlazy.train.sequence.Heads.SHARED)
                .sequenceIterations(List.of(20, 60)).build();
        SequenceRecord s = run(spec).result().sequence();
        assertThat(s.heads()).isEqualTo("shared");
        assertThat(s.phases()).extracting(SequenceRecord.Phase::iterations).containsExactly(20, 60);
        // checkpoints every 20 iterations of each phase, beyond training.iterations (40) too
        assertThat(s.retention().stream().filter(r -> r.phase() == 2 && r.scored() == 2)
                .map(SequenceRecord.Retention::iteration).toList()).containsExactly(0, 20, 40, 60);
        assertThat(s.forgetting()).isFinite();
    }

    @Test
    void badSequencesAreRefused() {
        assertThat(TrainingSpec.builder().sequence(List.of("2af")).build().problems())
                .extracting(p -> p.key()).containsExactly("sequence");
        assertThat(TrainingSpec.builder().sequence(List.of("2af", "2af@200")).sequenceIterations(List.of(5)).build()
                .problems()).extracting(p -> p.key()).containsExactly("sequence-iterations", "sequence[1]");
        assertThat(TrainingSpec.builder().sequenceIterations(List.of(5)).build().problems())
                .extracting(p -> p.key()).contains("sequence-iterations");
    }

    /** The constraints of W_h(0) hold through every phase: under dale no synapse of the init changes sign. */
    @Test
    void aConstrainedSequenceKeepsTheInitsSignsThroughEveryPhase() {
        TrainingSpec spec = spec(0.05).toBuilder().constraints(List.of("dale")).build();
        TrainedRun trained = run(spec);
        double[][] start = trained.initialWeights().toDense();
        double[][] end = trained.finalWeights().toDense();
        int moved = 0;
        for (int i = 0; i < start.length; i++) {
            for (int j = 0; j < start.length; j++) {
                assertThat(start[i][j] * end[i][j]).as("W[%d][%d]", i, j).isGreaterThanOrEqualTo(0);
                moved += start[i][j] != end[i][j] ? 1 : 0;
            }
        }
        assertThat(moved).isPositive();
        assertThat(trained.result().constraints()).startsWith("dale");
    }

    /** With training.linearized each phase trains its linear model around its own start. */
    @Test
    void eachPhaseMeasuresItsGapToItsOwnLinearModel() {
        RunResult r = run(spec(0.01).toBuilder().linearized(true).build()).result();
        assertThat(r.sequence().phases()).allSatisfy(p -> assertThat(p.measures().linearizedGap()).isFinite());
        assertThat(r.linearized()).isNotNull();
        assertThat(r.checkpoints().get(0).measures().linearizedGap()).isZero();
    }

    /**
     * A sequence on the init's synapses is the same run as the dense one under the mask constraint, within float32
     * rounding: the same scores at every checkpoint, the same forgetting.
     */
    @Test
    void aSequenceOnTheSynapsesEqualsTheMaskedDenseSequence() {
        TrainingSpec base = TrainingSpec.builder().seeds(List.of(1L)).iterations(60).batchSize(16).probeBatches(2)
                .checkpoints(20).sequence(List.of("2af", "2af@90")).build();
        TrainingSpec dense = base.toBuilder().constraints(List.of("mask")).weights(WeightLayout.DENSE).build();
        TrainingSpec sparse = base.toBuilder().weights(WeightLayout.SPARSE).build();
        RunResult d = Trainer.train(SparseWeightsTrainingTest.masked(), TestTasks.CATALOG.task(dense.sequencing()
                .label(), dense), 1, dense).result();
        RunResult s = Trainer.train(SparseWeightsTrainingTest.masked(), TestTasks.CATALOG.task(sparse.sequencing()
                .label(), sparse), 1, sparse).result();
        assertThat(s.weights()).isEqualTo(WeightLayout.SPARSE);
        assertThat(s.sequence().retention()).hasSameSizeAs(d.sequence().retention());
        for (int i = 0; i < d.sequence().retention().size(); i++) {
            SequenceRecord.Retention a = d.sequence().retention().get(i);
            SequenceRecord.Retention b = s.sequence().retention().get(i);
            assertThat(b.loss()).as("loss %d", i).isCloseTo(a.loss(), within(1e-4 * a.loss()));
            assertThat(b.accuracy()).as("accuracy %d", i).isCloseTo(a.accuracy(), within(1e-9));
        }
        assertThat(s.sequence().forgetting()).isCloseTo(d.sequence().forgetting(), within(1e-9));
        assertThat(s.sequence().forwardTransfer()).isCloseTo(d.sequence().forwardTransfer(), within(1e-9));
        assertThat(s.plasticity().pathLength()).isCloseTo(d.plasticity().pathLength(),
                within(1e-4 * d.plasticity().pathLength()));
    }
}
