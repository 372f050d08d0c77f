package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.richlazy.train.Measures;
import org.richlazy.train.RunResult;

class FiguresTest {
    @Test
    void curvesAreAveragedOverRunsAtEachIteration() {
        // iteration 10: {1, 3} -> mean 2, sd sqrt(2); iteration 20 only in the first run -> 5, sd 0
        LearningSection.Series s = LearningSection.aggregate(List.of(Map.of(10, 1.0, 20, 5.0), Map.of(10, 3.0)));
        assertThat(s.x()).containsExactly(10, 20);
        assertThat(s.mean()).containsExactly(2, 5);
        assertThat(s.sd()[0]).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(s.sd()[1]).isEqualTo(0.0);
    }

    @Test
    void longCurvesAreThinnedByWindowMeans() {
        Map<Integer, Double> run = new TreeMap<>();
        for (int i = 1; i <= 1000; i++) {
            run.put(i, (double) i);
        }
        LearningSection.Series s = LearningSection.thin(LearningSection.aggregate(List.of(run)));
        // windows of ceil(1000 / 250) = 4 points: the first holds 1..4 -> x = y = 2.5
        assertThat(s.x()).hasSize(250);
        assertThat(s.x()[0]).isEqualTo(2.5);
        assertThat(s.mean()[249]).isEqualTo(998.5);
    }

    @Test
    void linearTicksStepOneTwoFive() {
        assertThat(new Axis(0, 1, false, "y").ticks()).containsExactly(0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0);
        assertThat(new Axis(-3, 7, false, "y").ticks()).containsExactly(-2.0, 0.0, 2.0, 4.0, 6.0);
    }

    @Test
    void logTicksArePowersOfTen() {
        assertThat(new Axis(1e-3, 10, true, "s").ticks()).containsExactly(1e-3, 1e-2, 1e-1, 1.0, 10.0);
        Axis wide = Axis.logDecades(3e-19, 12, "s");
        assertThat(wide.min()).isEqualTo(1e-19);
        assertThat(wide.max()).isEqualTo(100.0);
        // 21 decades: every 4th power, on multiples of 4
        assertThat(wide.ticks()).hasSize(5).contains(1.0, 1e-4);
    }

    @Test
    void degenerateRangeIsWidened() {
        Axis flat = Axis.around(0.55, 0.55, "RA");
        assertThat(flat.min()).isLessThan(0.55);
        assertThat(flat.max()).isGreaterThan(0.55);
        assertThat(flat.fraction(0.55)).isCloseTo(0.5, within(1e-12));
        // the mean of {0.8, 0.8, 0.8} is 0.8000000000000002: rounding noise, not a range
        Axis noise = new Axis(0.8, 0.8000000000000002, false, "sign similarity");
        assertThat(noise.max() - noise.min()).isGreaterThan(0.1);
    }

    @Test
    void heatmapIsAtMostOneHundredCellsPerSide() {
        double[][] w = new double[250][250];
        w[0][0] = 1;
        w[249][249] = -2;
        double[][] cells = Heatmap.blockAverage(new org.richlazy.transform.matrix.DenseMatrix(w));
        // block 3: 84 cells, the last block holds one row and column (index 249)
        assertThat(cells.length).isEqualTo(84);
        assertThat(cells[0][0]).isEqualTo(1.0 / 9);
        assertThat(cells[83][83]).isEqualTo(-2.0);
        assertThat(Heatmap.blockSize(100)).isEqualTo(1);
        assertThat(Heatmap.blockSize(101)).isEqualTo(2);
    }

    @Test
    void divergingColourScale() {
        assertThat(Heatmap.color(0, 1)).isEqualTo("#ffffff");
        assertThat(Heatmap.color(1, 1)).isEqualTo("#b2182b");
        assertThat(Heatmap.color(-1, 1)).isEqualTo("#2166ac");
        // half way: 255 + 0.5 (0xb2 - 255) = 216.5 -> 217 = d9
        assertThat(Heatmap.color(0.5, 1)).startsWith("#d9");
    }

    @Test
    void classBlocksAreTheMeanWeightOverEachBlocksPairsFromTheSynapsesAlone() {
        // neurons E, I, E, I: W[post][pre]; block (E <- E) pairs {0, 2} x {0, 2}: weights 1 and 3 over 4 pairs
        double[][] w = {{0, -2, 1, 0}, {4, 0, 0, 0}, {3, 0, 0, -6}, {0, 0, 5, 0}};
        List<String> classes = List.of("E", "I", "E", "I");
        List<String> order = new java.util.ArrayList<>();
        double[][] dense = Heatmap.classBlocks(new org.richlazy.transform.matrix.DenseMatrix(w), classes, order);
        assertThat(order).containsExactly("E", "I");
        assertThat(dense[0][0]).isEqualTo((1 + 3) / 4.0);
        assertThat(dense[0][1]).isEqualTo((-2 - 6) / 4.0);
        assertThat(dense[1][0]).isEqualTo((4 + 5) / 4.0);
        assertThat(dense[1][1]).isEqualTo(0.0);
        double[][] sparse = Heatmap.classBlocks(org.richlazy.transform.matrix.SparseMatrix.of(w), classes,
                new java.util.ArrayList<>());
        assertThat(sparse).isDeepEqualTo(dense);
        assertThat(Heatmap.classBlockSvg(org.richlazy.transform.matrix.SparseMatrix.of(w), classes))
                .contains("presynaptic class (column)").contains(">E</text>").contains("numbers (CSV)");
    }

    @Test
    void classRunsAreContiguousBlocks() {
        assertThat(Heatmap.classRuns(List.of("E", "E", "PV", "PV", "E")))
                .containsExactly(new Heatmap.Run("E", 0, 2), new Heatmap.Run("PV", 2, 4), new Heatmap.Run("E", 4, 5));
    }

    @Test
    void summaryCellsShortenOnlyNumbers() {
        assertThat(ConnectivitySection.cell(0.123456789)).isEqualTo("0.1235");
        assertThat(ConnectivitySection.cell(300)).isEqualTo("300");
        assertThat(ConnectivitySection.cell(Double.NaN)).isEqualTo("NaN");
        assertThat(ConnectivitySection.cell(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(ConnectivitySection.cell("kind=gaussian")).isEqualTo("kind=gaussian");
        assertThat(ConnectivitySection.cell(null)).isEmpty();
    }

    /**
     * Every init's eigenvalue panel draws the circle inside which the linear dynamics decay: the unit circle at the
     * default a = dt/tau = 1, the circle of centre 1 - 1/a and radius 1/a at the demo's a = 100/200 = 0.5; the
     * caption gives that a and the CSV the circle.
     */
    @Test
    void eigenvaluePanelsDrawTheStabilityCircleOfTheExperimentsLeak() {
        ReportData paper = Fixtures.smallExperiment();
        assertThat(stabilityCircles(paper)).containsOnly("stability circle,circle_centre,0.0,0.0,\n"
                + "stability circle,circle_radius,1.0,,");
        assertThat(new ConnectivitySection().html(SectionContext.of(paper, Fixtures.RULES)).orElseThrow())
                .contains("Thin black circle: the unit circle |\u03bb| = 1, for this experiment's leak a = 1 ");

        ReportData demo = Fixtures.withConfig(paper, Fixtures.CONFIG + "  dt: 100.0\n  tau: 200.0\n  leak: euler\n");
        assertThat(stabilityCircles(demo)).containsOnly("stability circle,circle_centre,-1.0,0.0,\n"
                + "stability circle,circle_radius,2.0,,");
        assertThat(new ConnectivitySection().html(SectionContext.of(demo, Fixtures.RULES)).orElseThrow())
                .contains("= 1/a, centre -1 and radius 2 (the unit circle only at a = 1),"
                        + " for this experiment's leak a = 0.5 ")
                .doesNotContain("(a = 1)", "|\u03bb| = 1");
    }

    /** The stability circle's rows of each eigenvalue panel's CSV, one entry per init. */
    private static List<String> stabilityCircles(ReportData data) {
        Map<String, String> numbers = Fixtures.figureNumbers(
                new ConnectivitySection().html(SectionContext.of(data, Fixtures.RULES)).orElseThrow());
        List<String> circles = data.initNames().stream().map(name -> numbers.get(FigureData.fileName(name)))
                .map(csv -> String.join("\n", csv.lines().filter(l -> l.startsWith("stability circle,")).toList()))
                .toList();
        assertThat(circles).hasSize(data.initNames().size());
        return circles;
    }

    /**
     * celltype on 2af with RA 0.95, 0.99, 0.999 (95% t-interval of the mean up to 1.05), losses 0.01, 0.6, 0.02 (mean
     * - sd below 0) and accuracies 0.999, 0.5, 0.99 (mean + sd above 1): what is drawn stops at 1 and at 0, and the
     * captions say so.
     */
    @Test
    void bandsAndWhiskersAreCutToTheValuesTheQuantityCanTake() {
        ReportData small = Fixtures.smallExperiment();
        double[] ra = {0.95, 0.99, 0.999};
        double[] loss = {0.01, 0.6, 0.02};
        double[] accuracy = {0.999, 0.5, 0.99};
        List<RunResult> runs = small.runs().stream().map(r -> {
            if (!r.init().equals("celltype") || !r.task().equals("2af")) {
                return r;
            }
            int i = (int) r.seed() - 1;
            Measures m = r.finalMeasures();
            List<RunResult.CurvePoint> curve = r.curve().stream()
                    .map(p -> new RunResult.CurvePoint(p.iteration(), loss[i], accuracy[i])).toList();
            return r.toBuilder().curve(curve).finalMeasures(new Measures(m.weightChange(), m.relativeWeightChange(),
                    ra[i], m.kernelAlignment(), m.signSimilarity(), m.kernelTargetAlignment())).build();
        }).toList();
        ReportData data = new ReportData(small.experimentConfig(), small.toolVersion(), small.date(), small.inits(),
                small.studiedMatrix(), small.neuronClasses(), runs);
        String html = new LearningSection().html(SectionContext.of(data, Fixtures.RULES)).orElseThrow();
        Map<String, String> numbers = Fixtures.figureNumbers(html);

        assertThat(column(numbers.get("loss-2af.csv"), "celltype (mean - sd, mean + sd)", "band_low")).contains(0.0)
                .allMatch(v -> v >= 0);
        assertThat(column(numbers.get("accuracy-2af.csv"), "celltype (mean - sd, mean + sd)", "band_high"))
                .contains(1.0).allMatch(v -> v <= 1);
        assertThat(column(numbers.get("ra-at-the-end-2af.csv"), "celltype", "segment_end")).contains(1.0).allMatch(v -> v <= 1);
        assertThat(html).contains("<figcaption>Bands cut to [0, \u221e), the values loss can take.</figcaption>",
                "<figcaption>Bands cut to [0, 1], the values accuracy can take.</figcaption>",
                "representation alignment with the initial network. Whiskers cut to [0, 1], the values RA can take.");
        // on the log scale (from 0.1, the decade below the smallest mean) the band stops at the panel's lower edge
        assertThat(html).contains("<figcaption>Log scale; bands cut at its lower edge, 0.1, where mean \u2212 sd is not"
                + " above it.</figcaption>");
        assertThat(column(numbers.get("loss-log-scale-2af.csv"), "celltype (mean - sd, mean + sd)", "band_low"))
                .containsOnly(0.1);
        // dms is untouched: its loss and accuracy bands stay inside, with no caption about cutting
        assertThat(html.substring(html.indexOf("id=\"task-dms\""))).doesNotContain("Bands cut to");
    }

    /**
     * Every run's loss 0.01 but 1 at iteration 10 and 20 at iteration 500: beside the linear loss panel, where the
     * spike flattens the rest, a log-scale one with a tick per decade from 10^-2 to 10^2, evenly spaced and labelled
     * as powers of ten.
     */
    @Test
    void lossIsAlsoDrawnOnALogScaleWithItsDecadesLabelled() {
        ReportData small = Fixtures.smallExperiment();
        List<RunResult> runs = small.runs().stream().map(r -> r.toBuilder().curve(r.curve().stream()
                .map(p -> new RunResult.CurvePoint(p.iteration(), p.iteration() == 10 ? 1 : p.iteration() == 500 ? 20
                        : 0.01, p.accuracy())).toList()).build()).toList();
        ReportData data = new ReportData(small.experimentConfig(), small.toolVersion(), small.date(), small.inits(),
                small.studiedMatrix(), small.neuronClasses(), runs);
        String html = new LearningSection().html(SectionContext.of(data, Fixtures.RULES)).orElseThrow();
        assertThat(html).contains("aria-label=\"loss \u2014 2af\"", "<figcaption>Log scale.</figcaption>");
        int start = html.indexOf("aria-label=\"loss, log scale \u2014 2af\"");
        String panel = html.substring(start, html.indexOf("</svg></svg>", start));
        assertThat(panel).contains(">loss (log scale)</text>");
        java.util.regex.Matcher ticks = java.util.regex.Pattern
                .compile("<text class=\"tick\" x=\"46\" y=\"([0-9.]+)\" text-anchor=\"end\">(.*?)</text>")
                .matcher(panel);
        List<String> labels = new java.util.ArrayList<>();
        List<Double> ys = new java.util.ArrayList<>();
        while (ticks.find()) {
            ys.add(Double.parseDouble(ticks.group(1)));
            labels.add(ticks.group(2));
        }
        String power = "10<tspan dy=\"-5\" font-size=\"8\">";
        assertThat(labels).containsExactly(power + "\u22122</tspan>", power + "\u22121</tspan>", "1", "10",
                power + "2</tspan>");
        for (int i = 2; i < ys.size(); i++) {
            assertThat(ys.get(i - 1) - ys.get(i)).isCloseTo(ys.get(0) - ys.get(1), within(0.11));
        }
        assertThat(column(Fixtures.figureNumbers(html).get("loss-log-scale-2af.csv"), "celltype (mean)", "line"))
                .contains(0.01, 1.0, 20.0);
    }

    /** The y values of the rows of {@code series} and {@code mark} in a figure's CSV. */
    private static List<Double> column(String csv, String series, String mark) {
        String prefix = (series.contains(",") ? "\"" + series + "\"" : series) + "," + mark + ",";
        return csv.lines().filter(l -> l.startsWith(prefix))
                .map(l -> Double.parseDouble(l.substring(prefix.length()).split(",")[1])).toList();
    }

    @Test
    void rangesCutInPlaceAndSayWhetherTheyDid() {
        double[] values = {-0.2, 0.5, 1.4, Double.NaN};
        assertThat(Range.UNIT.cut(values)).isTrue();
        assertThat(values).containsExactly(0, 0.5, 1, Double.NaN);
        assertThat(Range.UNIT.cut(new double[] {0, 1, Double.NaN})).isFalse();
        assertThat(Range.NON_NEGATIVE.cut(new double[] {1e9})).isFalse();
        assertThat(Range.NON_NEGATIVE.text()).isEqualTo("[0, \u221e)");
        assertThat(Measure.REPRESENTATION_ALIGNMENT.range()).isEqualTo(Range.UNIT);
        assertThat(Measure.WEIGHT_CHANGE.range()).isEqualTo(Range.NON_NEGATIVE);
    }
}
