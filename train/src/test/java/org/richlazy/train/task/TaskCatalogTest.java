package org.richlazy.train.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.richlazy.train.Trainer;
import org.richlazy.train.TrainingSpec;

class TaskCatalogTest {
    @Test
    void tasksByName() {
        TrainingSpec spec = TrainingSpec.defaults();
        assertThat(Trainer.task("2af", spec)).isInstanceOf(PerceptualDecisionMaking.class);
        assertThat(Trainer.task("dms", spec)).isInstanceOf(DelayMatchSample.class);
        assertThat(Trainer.task("cxt", spec)).isInstanceOf(ContextDecisionMaking.class);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Trainer.task("2afc", TrainingSpec.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2afc").hasMessageContaining("2af, dms, cxt, smnist");
    }
}
