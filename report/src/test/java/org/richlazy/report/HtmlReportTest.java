package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.train.RunResult;
import org.richlazy.transform.Recipe;
import org.richlazy.transform.spectrum.Degrees;
import org.richlazy.transform.spectrum.Spectrum;
import org.richlazy.transform.store.InitSummary;

class HtmlReportTest {
    private static final String EVIL = "<script>alert(1)</script>";

    @Test
    void hasEverySectionAndFigure() {
        String html = Fixtures.HTML.render(Fixtures.smallExperiment());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("id=\"header\"", "id=\"verdict\"",
                "id=\"connectivity\"", "id=\"learning\"", "id=\"left-out\"", "id=\"methods\"",
                "class=\"heatmap\"", "Singular-value spectra", "Im \u03bb", "task-2af", "task-dms",
                "Measures at checkpoints", "celltype vs gaussian on 2af: inconclusive");
        // one diverged run is listed in its section
        assertThat(html).contains("<td>gaussian</td><td>dms</td><td>4</td><td>diverged at iteration 420</td>");
        // provenance keys of the studied init are shown
        assertThat(html).contains("source.files", "celltype/v1-l23.csv", "source.step.2", "2026-11-20T14:03:00Z");
    }

    @Test
    void everyNavigationEntryLeadsToItsSectionAndOnlyShownSectionsHaveOne() {
        ReportData data = Fixtures.largeExperiment();
        SectionContext context = SectionContext.of(data, Fixtures.RULES);
        String html = Fixtures.HTML.render(data);
        String nav = html.substring(html.indexOf("<nav>"), html.indexOf("</nav>"));
        for (Section section : Fixtures.SECTIONS) {
            section.link().ifPresent(link -> {
                boolean shown = section.html(context).isPresent();
                assertThat(nav.contains("href=\"#" + link.anchor() + "\"")).as(link.label()).isEqualTo(shown);
                assertThat(section.html(context).map(h -> h.startsWith("<section id=\"" + link.anchor() + "\"")))
                        .as(link.label()).isIn(java.util.Optional.empty(), java.util.Optional.of(true));
            });
        }
    }

    @Test
    void makesNoRequestOfAnyKind() {
        String html = Fixtures.HTML.render(Fixtures.smallExperiment()).toLowerCase(java.util.Locale.ROOT);
        assertThat(html).doesNotContain("http", "src=", "@import", "url(", "<script", "<link", "<iframe",
                "<img", "<object", "<embed", "xlink:href");
    }

    @Test
    void escapesEveryStringFromInputFilesAndConfig() {
        ReportData base = Fixtures.smallExperiment();
        Map<String, String> recipe = new LinkedHashMap<>(base.studied().recipe().entries());
        recipe.put("source.files", EVIL);
        recipe.put(EVIL, EVIL);
        InitSummary row = base.studied().summary();
        List<String> columns = new ArrayList<>(row.columns());
        columns.add("notes");
        InitSummary summary = new InitSummary(columns, EVIL, row.n(), row.figures(), row.structure(), row.prediction(),
                row.outliers(), row.seed(), EVIL, row.motifsByClass());
        List<ReportData.Init> inits = new ArrayList<>();
        inits.add(new ReportData.Init(EVIL, summary, base.studied().spectrum(), new Recipe(recipe), 7, base.studied().degrees()));
        inits.addAll(base.baselines());
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : base.runs()) {
            runs.add(r.init().equals("celltype") ? rename(r, EVIL, r.task())
                    : r.init().equals("gaussian") ? rename(r, r.init(), EVIL) : r);
        }
        runs.add(rename(Fixtures.run("celltype", EVIL, 1, 1, 0.5, 0.5), EVIL, EVIL));
        runs.add(Fixtures.diverged(EVIL, EVIL, 2, 5));
        List<String> classes = base.neuronClasses().stream().map(c -> c.equals("PV") ? EVIL : c).toList();
        ReportData evil = new ReportData(base.experimentConfig() + "note: " + EVIL + "\n", EVIL, EVIL, inits,
                base.studiedMatrix(), classes, runs);
        String html = Fixtures.HTML.render(evil);
        assertThat(html).doesNotContain("<script").doesNotContain("alert(1)</")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private static RunResult rename(RunResult r, String init, String task) {
        return r.toBuilder().init(init).task(task).build();
    }

    @Test
    void sameDataGivesSameBytes(@TempDir Path dir) throws Exception {
        ReportData data = Fixtures.smallExperiment();
        byte[] first = Files.readAllBytes(Fixtures.REPORT.write(dir, data));
        byte[] second = Files.readAllBytes(Fixtures.REPORT.write(dir, Fixtures.smallExperiment()));
        assertThat(second).isEqualTo(first);
        assertThat(dir.resolve("report.html.tmp")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void circularLawRadiusIsGaussianNormOverRootN() {
        ReportData data = Fixtures.smallExperiment();
        ReportData.Init g = ConnectivitySection.gaussianBaseline(data);
        assertThat(g.name()).isEqualTo("gaussian");
        assertThat(ConnectivitySection.circularLawRadius(data))
                .isEqualTo(g.spectrum().frobeniusNorm() / Math.sqrt(120));
        // an N = 120 Gaussian with g = 1.25 has ||G||_F / sqrt(N) close to 1.25
        assertThat(ConnectivitySection.circularLawRadius(data)).isBetween(1.2, 1.3);
    }

    @Test
    void everyFiguresCsvDownloadHasItsOwnFileName() {
        String html = Fixtures.HTML.render(Fixtures.withActivity(Fixtures.smallExperiment(), r -> false, r -> false));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("download=\"([^\"]+)\"").matcher(html);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(names).hasSizeGreaterThan(10).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[\\p{Ll}\\p{N}]+(-[\\p{Ll}\\p{N}]+)*\\.csv"), "a lower-case slug");
        assertThat(FigureData.fileName("Loss (log scale), 2af")).isEqualTo("loss-log-scale-2af.csv");
        assertThat(FigureData.fileName("  KA: \u03ba = 3 ")).isEqualTo("ka-\u03ba-3.csv");
        assertThat(FigureData.fileName("()")).isEqualTo("figure.csv");
    }

    @Test
    void oneInitOneTaskOneSeedStillReads() {
        double[][] w = Fixtures.gaussian(8, 1.25, 3);
        ReportData data = new ReportData("seed: 3\n", "0.1.0", null,
                List.of(Fixtures.init("measured", w, Fixtures.baselineRecipe("measured"), 3)), w, List.of(),
                List.of(Fixtures.run("measured", "2af", 3, 1.2, 0.5, 0.6)));
        String html = Fixtures.HTML.render(data);
        assertThat(html).contains("No comparison", "task-2af", "The one run counts", "not recorded")
                .doesNotContain("NaN", "Infinity");
        assertThat(Verdicts.sentences(data, Fixtures.RULES)).isEmpty();
    }

    @Test
    void rankDeficientSpectraAreLabelled() {
        String html = Fixtures.HTML.render(Fixtures.smallExperiment());
        // rank-matched is rank 4 with N = 120: 116 numerical zeros
        assertThat(html).contains("rank-matched: 116 values below 10<sup>-12</sup> s<sub>max</sub> are numerical"
                + " zeros, not drawn (rank 4)");
    }

    @Test
    void aFeedForwardRankOneCircuitWithSubnormalSingularValuesRenders() {
        // as a selection of the hemibrain Kenyon cells onto APL: one target, so rank 1, every eigenvalue 0,
        // and the SVD leaves subnormal singular values (5e-324) for the numerical zeros
        double[] sv = {21.56, 1.65, 5e-324, 0};
        double[] zeros = new double[4];
        Spectrum s = new Spectrum(sv, zeros, zeros, Double.NaN, 0.27, 1.01, 1.7, 1.006, 0, 21.56, 21.62, 4);
        Map<String, String> recipe = Fixtures.studiedRecipe("KC2APL_Connectivity.csv", 4);
        double[][] w = new double[4][4];
        w[0][1] = 21.56;
        ReportData.Init measured = new ReportData.Init("measured", Fixtures.summaryRow("measured", s, 1), s,
                new Recipe(recipe), 1, Degrees.of(w));
        ReportData data = new ReportData("seed: 1\n", "0.1.0", null, List.of(measured), w, List.of(),
                List.of(Fixtures.run("measured", "2af", 1, 1.2, 0.5, 0.6)));
        String html = Fixtures.HTML.render(data);
        assertThat(html).contains("measured: 1 values below 10<sup>-12</sup> s<sub>max</sub> are numerical zeros, not drawn")
                .contains(Spectrum.ER_EIG_UNDEFINED).doesNotContain(">NaN<");
    }

    @Test
    void thePredictedDominantEigenvalueIsMarkedWhereTheSummaryHoldsIt() {
        ReportData small = Fixtures.smallExperiment();
        List<ReportData.Init> inits = new ArrayList<>();
        for (ReportData.Init init : small.inits()) {
            InitSummary row = init.summary();
            InitSummary summary = new InitSummary(row.columns(), row.name(), row.n(), row.figures(), row.structure(),
                    new InitSummary.Prediction(Double.NaN, Double.NaN, 1.4, 1.1), row.outliers(), row.seed(),
                    row.notes(), row.motifsByClass());
            inits.add(new ReportData.Init(init.name(), summary, init.spectrum(), init.recipe(), init.seed(), init.degrees()));
        }
        ReportData data = new ReportData(Fixtures.CONFIG, "0.1.0", null, inits, small.studiedMatrix(),
                small.neuronClasses(), small.runs());
        assertThat(Fixtures.HTML.render(data)).contains("predicted dominant eigenvalue (cell types and motifs) 1.4; bulk radius 1.1");
        assertThat(Fixtures.HTML.render(small)).doesNotContain("predicted dominant eigenvalue (cell types");
    }
}
