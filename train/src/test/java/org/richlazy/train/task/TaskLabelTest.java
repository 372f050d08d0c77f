package org.richlazy.train.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.TrainingSpec;

class TaskLabelTest {
    @Test
    void aLabelIsATaskAndItsConstraintsAndReadsBackAsWritten() {
        TaskLabel label = TaskLabel.parse("2af+dale+mask");
        assertThat(label).isEqualTo(new TaskLabel("2af", List.of("dale", "mask")));
        assertThat(label.label()).isEqualTo("2af+dale+mask");
        assertThat(TaskLabel.parse("dms")).isEqualTo(new TaskLabel("dms", List.of()));
        assertThat(label.problems()).isEmpty();
    }

    @Test
    void problemsNameTheUnknownWordsAndARepeatedConstraint() {
        assertThat(TaskLabel.parse("3af+dale+dale+").problems("training.tasks[0]")).containsExactly(
                "unknown task '3af' at 'training.tasks[0]'; known: 2af, dms, cxt, smnist (optionally with +dale,"
                        + " +mask: trained under those constraints)",
                "constraint 'dale' given twice in task '3af+dale+dale+' at 'training.tasks[0]'; expected each"
                        + " constraint once",
                "unknown constraint '' in task '3af+dale+dale+' at 'training.tasks[0]'; known: dale, mask");
        assertThatThrownBy(() -> TaskCatalog.byName("2af+dale+dale", TrainingSpec.defaults()))
                .hasMessage("constraint 'dale' given twice in task '2af+dale+dale'; expected each constraint once");
        assertThat(TaskCatalog.byName("2af+dale", TrainingSpec.defaults()).name()).isEqualTo("2af+dale");
    }
}
