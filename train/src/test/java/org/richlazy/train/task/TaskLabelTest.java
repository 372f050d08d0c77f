package org.richlazy.train.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskLabelTest {
    @Test
    void aLabelIsATaskAndItsConstraintsAndReadsBackAsWritten() {
        TaskLabel label = TaskLabel.parse("2af+dale+mask");
        assertThat(label).isEqualTo(new TaskLabel("2af", List.of("dale", "mask")));
        assertThat(label.label()).isEqualTo("2af+dale+mask");
        assertThat(TaskLabel.parse("dms")).isEqualTo(new TaskLabel("dms", List.of()));
        assertThat(label.problems("")).isEmpty();
    }

    @Test
    void problemsNameAnUnknownConstraintAndARepeatedOne() {
        assertThat(TaskLabel.parse("2af+dale+dale+").problems("training.tasks[0]")).containsExactly(
                "constraint 'dale' given twice in task '2af+dale+dale+' at 'training.tasks[0]'; expected each"
                        + " constraint once",
                "unknown constraint '' in task '2af+dale+dale+' at 'training.tasks[0]'; known: dale, mask");
    }
}
