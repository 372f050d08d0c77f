package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.SparseMatrix;

/** Where training changed the weights, by postsynaptic class: a hand computation, dense and on the synapses. */
class ClassChangeTest {
    // neurons A, B, A; dW rows: (1, 0, 0) onto A, (0, 2, 0) onto B, (0, 0, -1) onto A: A 2 of 6, B 4 of 6
    private static final double[][] W0 = {{1, 0, 3}, {0, 2, 0}, {5, 0, 1}};
    private static final double[][] W1 = {{2, 0, 3}, {0, 4, 0}, {5, 0, 0}};

    @Test
    void theShareOfTheSquaredChangeOnEachPostsynapticClassesRows() {
        int[] classOf = {0, 1, 0};
        double[] dense = ClassChange.shares(new RunStore.Weights(new DenseMatrix(W0), new DenseMatrix(W1)), classOf, 2);
        assertThat(dense[0]).isCloseTo(2.0 / 6, within(1e-15));
        assertThat(dense[1]).isCloseTo(4.0 / 6, within(1e-15));
        SparseMatrix start = SparseMatrix.of(W0);
        double[] moved = {2, 3, 4, 5, 0};
        double[] sparse = ClassChange.shares(new RunStore.Weights(start, start.withValues(moved)), classOf, 2);
        assertThat(sparse).containsExactly(dense);
        assertThat(ClassChange.shares(new RunStore.Weights(start, start), classOf, 2)).as("no change").isNull();
    }

    /** |dW| per class pair: A onto A holds (0, 0) and (2, 2), 1 each; B onto B holds (1, 1), 2; the rest nothing. */
    @Test
    void theL1CostOfEachClassPairDenseOrSparse() {
        int[] classOf = {0, 1, 0};
        ClassChange.PairSums dense = ClassChange.PairSums.of(new RunStore.Weights(new DenseMatrix(W0),
                new DenseMatrix(W1)), classOf, 2);
        assertThat(dense.l1()).containsExactly(2, 0, 0, 2);
        assertThat(dense.l2()).containsExactly(2, 0, 0, 4);
        // synapses 1, 3, 2, 5, 1 (RMS 2.93, threshold 0.029): A onto A holds 1, 3, 5, 1 of which (0, 0) and (2, 2) moved;
        // B onto B holds 2, which moved; no synapse from B onto A or from A onto B
        assertThat(dense.changed()[0]).isEqualTo(0.5);
        assertThat(dense.changed()[1]).isNaN();
        assertThat(dense.changed()[2]).isNaN();
        assertThat(dense.changed()[3]).isEqualTo(1.0);
        SparseMatrix start = SparseMatrix.of(W0);
        ClassChange.PairSums sparse = ClassChange.PairSums.of(new RunStore.Weights(start,
                start.withValues(new double[] {2, 3, 4, 5, 0})), classOf, 2);
        assertThat(sparse.l1()).containsExactly(dense.l1());
        assertThat(sparse.changed()).containsExactly(dense.changed());
    }

    @Test
    void aWeightHistogramCountsTheNonzeroEntriesInEqualBinsDenseOrSparse() {
        WeightHistogram h = WeightHistogram.of(new DenseMatrix(W0));
        assertThat(h.min()).isEqualTo(1.0);
        assertThat(h.max()).isEqualTo(5.0);
        // 1, 3, 2, 5, 1: two in the first bin, 5 in the last, bins of width 0.1
        assertThat(h.fraction()[0]).isCloseTo(0.4, within(1e-15));
        assertThat(h.fraction()[WeightHistogram.BINS - 1]).isCloseTo(0.2, within(1e-15));
        assertThat(java.util.Arrays.stream(h.fraction()).sum()).isCloseTo(1.0, within(1e-15));
        assertThat(WeightHistogram.of(SparseMatrix.of(W0)).fraction()).containsExactly(h.fraction());
    }

    @Test
    void theReportTabulatesTheMeanShareOfEachInitsCompletedRuns() {
        ReportData small = Fixtures.smallExperiment();
        Map<String, double[]> byRun = new LinkedHashMap<>();
        for (RunResult r : small.runs()) {
            byRun.put(RunStore.folderName(r.init(), r.task(), r.seed()), r.init().equals(small.studied().name())
                    ? new double[] {0.75, 0.25} : new double[] {0.5, 0.5});
        }
        ClassChange change = new ClassChange(List.of("E", "I"), new double[] {0.8, 0.2}, byRun);
        ReportData data = new ReportData(small.experimentConfig(), small.toolVersion(), small.date(), small.inits(),
                small.studiedMatrix(), small.neuronClasses(), small.runs(), change);
        List<Table> tables = ChangeSection.classTables(data);
        assertThat(tables).isNotEmpty();
        String html = tables.get(0).html();
        assertThat(html).contains("postsynaptic class").contains("80.0 %").contains("75.0 %").contains("50.0 %");
        assertThat(ChangeSection.classTables(small)).as("no classes, no table").isEmpty();
    }
}
