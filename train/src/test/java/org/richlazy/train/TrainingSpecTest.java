package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.transform.SpecProblem;

class TrainingSpecTest {
    @Test
    void eachKeyLandsInItsGroupAndACopyKeepsThemAll() {
        TrainingSpec spec = TrainingSpec.builder().tau(50.0).learningRate(0.01).iterations(7).probeBatches(2)
                .divergenceGrowth(20.0).precision(Precision.FLOAT64).mnistPath("m").build();
        assertThat(spec.dynamics()).isEqualTo(new Dynamics(100.0, 50.0, null));
        assertThat(spec.optimisation().learningRate()).isEqualTo(0.01);
        assertThat(spec.schedule().iterations()).isEqualTo(7);
        assertThat(spec.measurement().probeBatches()).isEqualTo(2);
        assertThat(spec.divergence().divergenceGrowth()).isEqualTo(20.0);
        assertThat(spec.arithmetic().precision()).isEqualTo(Precision.FLOAT64);
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
        assertThat(spec.withMnistPath("n")).isEqualTo(spec.toBuilder().mnistPath("n").build());
        assertThat(TrainingSpec.defaults().problems()).isEmpty();
    }

    @Test
    void problemsAreThoseOfTheRunsAndOfEveryGroup() {
        TrainingSpec spec = TrainingSpec.builder().tasks(List.of("2af", "2af", "smnist")).seeds(List.of(1L, 1L))
                .tau(-1.0).momentum(1.0).curveEvery(0).probeBatches(0).divergenceGrowth(1.0)
                .constraints(List.of("sparse")).build();
        assertThat(spec.problems()).map(SpecProblem::key).containsExactly("tasks[1]", "seeds[1]", "constraints[0]",
                "tasks", "curve-every", "momentum", "tau", "probe-batches", "divergence-growth");
    }

    @Test
    void runListsSkipElementsThatAreNotTasksOrSeeds() {
        assertThat(TrainingSpec.runProblems(List.of(), java.util.Arrays.asList(1L, null, 1L), label -> List.of()))
                .map(SpecProblem::toString).containsExactly("'tasks' is an empty list; expected at least one task",
                        "'seeds[2]' repeats seed 1; expected distinct seeds (one run each)");
    }

    @Test
    void theDivergenceBoundIsTheSmallerOfTheAbsoluteAndTheGrowthBound() {
        Divergence d = Divergence.defaults();
        assertThat(d.bound(0.5, 2)).isEqualTo(100 * Math.log(2));
        assertThat(d.bound(500, 2)).isEqualTo(1e4);
    }
}
