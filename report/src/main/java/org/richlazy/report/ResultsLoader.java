package org.richlazy.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.Recipe;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.spectrum.Degrees;
import org.richlazy.transform.store.InitStore;
import org.richlazy.transform.store.InitSummary;

/**
 * Builds {@link ReportData} from a results folder (docs/architecture.md#the-results-folder) through the stage
 * contracts only: {@link InitStore#readSummary}, {@link InitStore#read}, {@link RunStore#readAll}, and
 * the text of {@code <out>/experiment.yaml}.
 *
 * <ul>
 *   <li>The studied init is the first row of {@code inits/summary.csv} (InitSet order: studied, then
 *       baselines).</li>
 *   <li>The date and the tool version are those of {@code run-info.json} ({@link RunInfo}), written
 *       when the experiment first started; without it the report says the results record no date
 *       (it never uses the clock) and shows the version of the tool rendering it.</li>
 *   <li>Neuron classes come from {@code inits/neurons.csv} ({@link InitStore#readNeuronClasses}); the
 *       heatmap marks class boundaries when every neuron has one.</li>
 * </ul>
 */
public final class ResultsLoader {
    static final String CONFIG_FILE = "experiment.yaml";

    private ResultsLoader() {
    }

    /** Reads everything the report shows. */
    public static ReportData load(Path resultsDir) {
        Path config = resultsDir.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(config)) {
            throw new ReportException("no " + CONFIG_FILE + " in results folder " + resultsDir
                    + "; expected the resolved experiment config the run writes there");
        }
        String yaml;
        try {
            yaml = Files.readString(config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot read " + config + ": " + e.getMessage(), e);
        }
        List<InitSummary> summary = InitStore.readSummary(resultsDir);
        if (summary.isEmpty()) {
            throw new ReportException("inits/summary.csv in " + resultsDir + " lists no init; expected the studied"
                    + " init and its baselines");
        }
        List<ReportData.Init> inits = new ArrayList<>();
        RecurrentMatrix studiedMatrix = null;
        for (int i = 0; i < summary.size(); i++) {
            String name = summary.get(i).name();
            if (name == null || name.isBlank()) {
                throw new ReportException("row " + (i + 1) + " of inits/summary.csv in " + resultsDir
                        + " has no name; expected a 'name' column naming inits/<name>.h5");
            }
            InitialWeights w = InitStore.read(resultsDir, name);
            inits.add(new ReportData.Init(name, summary.get(i), w.spectrum(), new Recipe(w.recipe()), w.seed(),
                    Degrees.of(w.weights()), WeightHistogram.of(w.weights())));
            if (i == 0) {
                studiedMatrix = w.weights();
            }
        }
        RunInfo info = RunInfo.readOrNull(resultsDir);
        List<String> classes = InitStore.readNeuronClasses(resultsDir);
        List<RunResult> runs = RunStore.readAll(resultsDir);
        return new ReportData(yaml, info == null ? RunInfo.toolVersion() : info.version(),
                info == null ? null : info.started(), inits, studiedMatrix, classes, runs,
                ClassChange.of(resultsDir, classes, runs));
    }
}
