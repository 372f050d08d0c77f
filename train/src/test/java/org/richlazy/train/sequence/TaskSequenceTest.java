package org.richlazy.train.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.Task;
import org.richlazy.train.TrainingSpec;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.task.TestTasks;

/** The channels of a sequence: one block per task, one more per rotated variant, one rule input per phase. */
class TaskSequenceTest {
    private static TaskSequence of(List<String> entries, Heads heads) {
        return TaskSequence.of(entries, name -> TestTasks.CATALOG.task(name, TrainingSpec.defaults()), heads);
    }

    @Test
    void eachTaskHasItsBlockAndEachPhaseItsRuleInput() {
        Task af = TestTasks.CATALOG.task("2af", TrainingSpec.defaults());
        Task cxt = TestTasks.CATALOG.task("cxt", TrainingSpec.defaults());
        TaskSequence s = of(List.of("2af", "cxt"), Heads.PER_TASK);
        assertThat(s.name()).isEqualTo("2af-then-cxt");
        assertThat(s.inputSize()).isEqualTo(af.inputSize() + cxt.inputSize() + 2);
        TrialBatch own = af.sample(4, SeededRandom.create(3));
        TrialBatch embedded = s.phases().get(0).sample(4, SeededRandom.create(3));
        TrialBatch second = s.phases().get(1).sample(4, SeededRandom.create(3));
        for (int t = 0; t < own.steps(); t++) {
            double[] x = embedded.inputs()[t][1];
            for (int c = 0; c < af.inputSize(); c++) {
                assertThat(x[c]).isEqualTo(own.inputs()[t][1][c]);
            }
            for (int c = af.inputSize(); c < s.inputSize() - 2; c++) {
                assertThat(x[c]).isZero();
            }
            assertThat(x[s.inputSize() - 2]).isEqualTo(1);
            assertThat(x[s.inputSize() - 1]).isZero();
            assertThat(second.inputs()[t][1][s.inputSize() - 1]).isEqualTo(1);
            assertThat(second.inputs()[t][1][0]).isZero();
        }
        assertThat(embedded.labels()).isDeepEqualTo(own.labels());
        assertThat(s.phases().get(1).outputSize()).isEqualTo(cxt.outputSize());
        assertThat(of(List.of("2af", "cxt"), Heads.SHARED).phases().get(0).outputSize())
                .isEqualTo(Math.max(af.outputSize(), cxt.outputSize()));
    }

    /** 0 degrees is the task itself, 90 orthogonal inputs, 45 the same norm and an inner product of cos 45 |x|^2. */
    @Test
    void aRotatedVariantTurnsTheInputsIntoABlockOfItsOwn() {
        TaskSequence s = of(List.of("2af", "2af@0", "2af@90", "2af@45"), Heads.PER_TASK);
        int own = 3;
        // one block of 2af, one more for each rotated variant (0 degrees is not rotated), then four rule inputs
        assertThat(s.inputSize()).isEqualTo(own + 2 * own + 4);
        double[] base = s.phases().get(0).sample(2, SeededRandom.create(5)).inputs()[3][0];
        double[] same = s.phases().get(1).sample(2, SeededRandom.create(5)).inputs()[3][0];
        double[] right = s.phases().get(2).sample(2, SeededRandom.create(5)).inputs()[3][0];
        double[] half = s.phases().get(3).sample(2, SeededRandom.create(5)).inputs()[3][0];
        double x2 = 0;
        double baseRight = 0;
        double baseHalf = 0;
        double half2 = 0;
        for (int c = 0; c < 3 * own; c++) {
            x2 += base[c] * base[c];
            baseRight += base[c] * right[c];
            baseHalf += base[c] * half[c];
            half2 += half[c] * half[c];
            assertThat(same[c]).isEqualTo(base[c]);
        }
        assertThat(baseRight).isZero();
        assertThat(baseHalf).isCloseTo(Math.cos(Math.PI / 4) * x2, within(1e-12));
        assertThat(half2).isCloseTo(x2, within(1e-12));
    }

    @Test
    void aPermutationShufflesTheChosenShareOfStepsAndNoOther() {
        int[] order = TaskSequence.order(784, 0.3, 11);
        int[] sorted = order.clone();
        java.util.Arrays.sort(sorted);
        for (int t = 0; t < sorted.length; t++) {
            assertThat(sorted[t]).isEqualTo(t);
        }
        long moved = java.util.stream.IntStream.range(0, 784).filter(t -> order[t] != t).count();
        assertThat(moved).isBetween(200L, 235L);
        assertThat(TaskSequence.order(784, 0, 11)).isEqualTo(java.util.stream.IntStream.range(0, 784).toArray());
        assertThat(TaskSequence.order(784, 0.3, 11)).isEqualTo(order);
    }

    @Test
    void entriesSayWhatIsWrongWithThem() {
        assertThat(TaskVariant.parse("2af@200").problems()).singleElement().asString()
                .contains("expected an angle from 0 to 180 degrees");
        assertThat(TaskVariant.parse("2af@x").problems()).singleElement().asString().contains("rotates by x");
        assertThat(TaskVariant.parse("smnist~130").problems()).singleElement().asString()
                .contains("expected 0 to 100");
        assertThat(TaskVariant.parse("2af~30").problems()).singleElement().asString()
                .contains("expected ~ on smnist only");
        assertThat(TaskVariant.parse("2af+dale").problems()).singleElement().asString()
                .contains("carries constraints");
        assertThat(TaskVariant.parse("2af@180").problems()).isEmpty();
        assertThat(TestTasks.CATALOG.problems("2af-then-dsm", "")).singleElement().asString()
                .contains("unknown task 'dsm'");
    }
}
