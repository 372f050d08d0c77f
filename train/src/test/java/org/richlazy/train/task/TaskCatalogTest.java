package org.richlazy.train.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.richlazy.train.TrainException;
import org.richlazy.train.TrainingSpec;

class TaskCatalogTest {
    private final TaskCatalog catalog = TestTasks.CATALOG;

    @Test
    void bindsExactlyTheKnownTasksInOrder() {
        assertThat(catalog.names()).containsExactly("2af", "dms", "cxt", "smnist");
    }

    @Test
    void tasksByName() {
        TrainingSpec spec = TrainingSpec.defaults();
        assertThat(catalog.task("2af", spec)).isInstanceOf(PerceptualDecisionMaking.class);
        assertThat(catalog.task("dms", spec)).isInstanceOf(DelayMatchSample.class);
        assertThat(catalog.task("cxt", spec)).isInstanceOf(ContextDecisionMaking.class);
        assertThat(catalog.task("2af+dale", spec).name()).isEqualTo("2af+dale");
    }

    @Test
    void chanceIsOneGuessAmongTheChoices() {
        assertThat(catalog.chanceAccuracy("2af")).isEqualTo(0.5);
        assertThat(catalog.chanceAccuracy("dms+dale")).isEqualTo(0.5);
        assertThat(catalog.chanceAccuracy("cxt")).isEqualTo(0.5);
        assertThat(catalog.chanceAccuracy("smnist")).isEqualTo(0.1);
    }

    @Test
    void anUnknownNameIsOneLineListingTheKnownOnes() {
        String line = "training.tasks: unknown task '2afc'; known: 2af, dms, cxt, smnist (optionally with +dale, +mask:"
                + " trained under those constraints)";
        assertThatThrownBy(() -> catalog.task("2afc", TrainingSpec.defaults())).isInstanceOf(TrainException.class)
                .hasMessage(line);
        assertThatThrownBy(() -> catalog.chanceAccuracy("2afc")).isInstanceOf(TrainException.class).hasMessage(line);
    }

    @Test
    void problemsNameTheUnknownTaskThenItsConstraints() {
        assertThat(catalog.problems("3af+dale+dale+", "training.tasks[0]")).containsExactly(
                "unknown task '3af' at 'training.tasks[0]'; known: 2af, dms, cxt, smnist (optionally with +dale,"
                        + " +mask: trained under those constraints)",
                "constraint 'dale' given twice in task '3af+dale+dale+' at 'training.tasks[0]'; expected each"
                        + " constraint once",
                "unknown constraint '' in task '3af+dale+dale+' at 'training.tasks[0]'; known: dale, mask");
        assertThatThrownBy(() -> catalog.task("2af+dale+dale", TrainingSpec.defaults()))
                .isInstanceOf(TrainException.class).hasMessage("training.tasks: constraint 'dale' given twice in task"
                        + " '2af+dale+dale'; expected each constraint once");
    }
}
