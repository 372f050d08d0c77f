package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitActivityTest {

    @Test
    void countsActiveUnitsAndLiveTrialsPerStepLeavingOutTheInitialState() {
        // 2 trials x 3 units; h_0 (all zero) is not a step
        double[][] hidden = {
            {0, 0, 0, 0, 0, 0},
            {1, 0, 0, 0.5, 2, 0},      // step 1: 3 of 6 units, both trials
            {0, 0, 0, 0, 0, 1e-9},     // step 2: 1 of 6, trial 2 only
            {0, -1, 0, 0, 0, 0},       // step 3: none (negative is not active)
        };
        UnitActivity.Steps steps = UnitActivity.Steps.of(hidden, 2, 3);
        assertThat(steps.activeUnits()).containsExactly(0.5, 1 / 6.0, 0.0);
        assertThat(steps.activeTrials()).containsExactly(1.0, 0.5, 0.0);
        assertThat(steps.activeUnitsAt(1)).isEqualTo(1 / 6.0);
        assertThat(steps.activeTrialsAt(2)).isZero();
    }

    @Test
    void listsAreCopied() {
        List<Double> units = new java.util.ArrayList<>(List.of(0.5));
        UnitActivity.Steps steps = new UnitActivity.Steps(units, List.of(1.0));
        units.set(0, 0.0);
        assertThat(steps.activeUnits()).containsExactly(0.5);
    }
}
