package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Provenance;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.train.TrainedRun;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.store.InitStore;

/**
 * A results folder written through the upstream contracts ({@link InitStore#write}, {@link RunStore#write})
 * read back by {@link ResultsLoader} and rendered by {@link Report}. Needs the transform and train
 * stores implemented.
 */
class ResultsLoaderTest {
    private static final int N = 40;

    @Test
    void rendersAFolderWrittenByTheStages(@TempDir Path dir) throws Exception {
        ReportData expected = writeFolder(dir);

        ReportData loaded = ResultsLoader.load(dir);
        assertThat(loaded.inits()).extracting(ReportData.Init::name)
                .containsExactly("celltype", "gaussian", "rank-matched");
        assertThat(loaded.studied().recipe().entries()).containsEntry("source.files", "celltype/v1-l23.csv")
                .containsEntry("source.format", "celltype-table").containsEntry("source.unit", "mV")
                .containsKey("source.step.1");
        assertThat(loaded.studiedMatrix().toDense()).isDeepEqualTo(expected.studiedMatrix().toDense());
        assertThat(loaded.date()).isEqualTo("2026-11-20T14:03:00Z");
        assertThat(loaded.runs()).hasSize(expected.runs().size());
        assertThat(loaded.studied().spectrum().singularValues())
                .containsExactly(expected.studied().spectrum().singularValues());

        assertThat(Fixtures.REPORT.verdicts(dir)).isEqualTo(Verdicts.sentences(expected, Fixtures.RULES))
                .anyMatch(s -> s.startsWith("celltype vs gaussian on 2af: inconclusive"));

        Path report = Fixtures.REPORT.render(dir);
        assertThat(report).isEqualTo(dir.resolve("report.html"));
        byte[] first = Files.readAllBytes(report);
        byte[] second = Files.readAllBytes(Fixtures.REPORT.render(dir));
        assertThat(second).isEqualTo(first);
        String html = new String(first, StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"verdict\"", "celltype vs gaussian on 2af: inconclusive", "2026-11-20T14:03:00Z")
                .doesNotContain("http", "src=", "@import", "url(");
    }

    private static ReportData writeFolder(Path dir) throws Exception {
        Files.writeString(dir.resolve("experiment.yaml"), Fixtures.CONFIG);
        Files.writeString(dir.resolve(RunInfo.FILE), "{\"version\": \"" + RunInfo.toolVersion()
                + "\", \"started\": \"2026-11-20T14:03:00Z\", \"java\": \"17\", \"os\": \"Linux\", \"cores\": 2}");
        double[][] studied = Fixtures.blockMatrix(N, 1.25, 7);
        List<String> classes = Fixtures.classNames(N, "E", "PV", "SST", "VIP");
        List<Neuron> neurons = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            neurons.add(new Neuron("n" + i, classes.get(i),
                    classes.get(i).equals("E") ? CellSign.EXCITATORY : CellSign.INHIBITORY, "L2/3"));
        }
        Connectome source = new Connectome(neurons, studied, "mV",
                Provenance.of(List.of("celltype/v1-l23.csv"), "celltype-table", "rows = presynaptic (transposed)"));
        List<ReportData.Init> inits = List.of(
                Fixtures.init("celltype", studied, Fixtures.studiedRecipe("celltype/v1-l23.csv", N), 7),
                Fixtures.init("gaussian", Fixtures.gaussian(N, 1.25, 8), Fixtures.baselineRecipe("gaussian"), 8),
                Fixtures.init("rank-matched", Fixtures.lowRank(N, 3, 1.25, 9),
                        Fixtures.rankRecipe("rank-matched", 3), 9));
        List<double[][]> matrices = List.of(studied, Fixtures.gaussian(N, 1.25, 8), Fixtures.lowRank(N, 3, 1.25, 9));
        List<InitialWeights> weights = new ArrayList<>();
        for (int i = 0; i < inits.size(); i++) {
            ReportData.Init init = inits.get(i);
            weights.add(new InitialWeights(init.name(), matrices.get(i), init.spectrum(), init.recipe().entries(), init.seed()));
        }
        InitStore.write(dir, new InitSet(source, weights.get(0), weights.subList(1, weights.size()),
                new InitSet.Selection(org.richlazy.transform.SelectionRule.ALL, "all " + N + " neurons")));

        ReportData small = Fixtures.smallExperiment();
        for (RunResult run : small.runs()) {
            double[][] w0 = matrices.get(List.of("celltype", "gaussian", "rank-matched").indexOf(run.init()));
            RunStore.write(dir, new TrainedRun(run, new org.richlazy.transform.matrix.DenseMatrix(w0), new org.richlazy.transform.matrix.DenseMatrix(w0)));
        }
        return new ReportData(Fixtures.CONFIG, RunInfo.toolVersion(), "2026-11-20T14:03:00Z", inits, studied,
                classes, small.runs());
    }
}
