package org.richlazy.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.richlazy.train.Dynamics;
import org.richlazy.train.RunResult;
import org.richlazy.train.model.Leak;
import org.richlazy.transform.ConfigWord;
import org.richlazy.transform.Recipe;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.spectrum.Degrees;
import org.richlazy.transform.spectrum.Spectrum;
import org.richlazy.transform.store.InitSummary;

/**
 * Everything the report shows, in memory: built by {@link ResultsLoader} from a results folder, or
 * directly by a test.
 *
 * @param experimentConfig the text of {@code experiment.yaml} as written by the run (shown verbatim, escaped)
 * @param toolVersion      the version of the tool that renders the report
 * @param date             the date recorded in the results, or {@code null} when they record none
 * @param inits            the studied init first, then each baseline, in summary order
 * @param studiedMatrix    W_h(0) of the studied init, {@code [post][pre]}, for the heatmap (held as the results hold it:
 *                         sparse weights on their synapses, docs/science.md#connectome-scale)
 * @param neuronClasses    the cell class of each neuron of the studied matrix, or an empty list when unknown
 * @param runs             every run read, sorted by folder name
 * @param classChange      where each completed run changed its weights, by postsynaptic class (none without classes)
 */
public record ReportData(String experimentConfig, String toolVersion, String date, List<Init> inits,
                         RecurrentMatrix studiedMatrix, List<String> neuronClasses, List<RunResult> runs,
                         ClassChange classChange) {
    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * One init as the results folder describes it.
     *
     * @param name     init name
     * @param summary  its row of {@code inits/summary.csv}
     * @param spectrum its spectrum and effective ranks
     * @param recipe   how it was made, including the {@code source.*} provenance keys
     * @param seed     the seed of its random draws
     * @param degrees  the in- and out-degrees of its W_h(0)
     * @param weights  the distribution of its nonzero weights ({@link WeightHistogram#NONE} when not read)
     */
    public record Init(String name, InitSummary summary, Spectrum spectrum, Recipe recipe,
                       long seed, Degrees degrees, WeightHistogram weights) {
        public Init {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(spectrum, "spectrum");
            Objects.requireNonNull(degrees, "degrees");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(recipe, "recipe");
            Objects.requireNonNull(weights, "weights");
        }

        /** The same without its weight distribution. */
        public Init(String name, InitSummary summary, Spectrum spectrum, Recipe recipe, long seed, Degrees degrees) {
            this(name, summary, spectrum, recipe, seed, degrees, WeightHistogram.NONE);
        }
    }

    public ReportData {
        Objects.requireNonNull(experimentConfig, "experimentConfig");
        Objects.requireNonNull(toolVersion, "toolVersion");
        inits = List.copyOf(inits);
        neuronClasses = List.copyOf(neuronClasses);
        runs = List.copyOf(runs);
        Objects.requireNonNull(classChange, "classChange");
        if (inits.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least the studied init, got none");
        }
        int n = studiedMatrix.size();
        if (studiedMatrix instanceof DenseMatrix d) {
            for (int i = 0; i < n; i++) {
                if (d.rows()[i].length != n) {
                    throw new IllegalArgumentException("studied matrix row " + i + " has " + d.rows()[i].length
                            + " columns, expected " + n);
                }
            }
        }
        if (!neuronClasses.isEmpty() && neuronClasses.size() != n) {
            throw new IllegalArgumentException(neuronClasses.size() + " neuron classes for a studied matrix of "
                    + n + " neurons");
        }
    }

    /** The same without the change by class. */
    public ReportData(String experimentConfig, String toolVersion, String date, List<Init> inits,
                      RecurrentMatrix studiedMatrix, List<String> neuronClasses, List<RunResult> runs) {
        this(experimentConfig, toolVersion, date, inits, studiedMatrix, neuronClasses, runs, ClassChange.NONE);
    }

    /** The same with a dense studied matrix. */
    public ReportData(String experimentConfig, String toolVersion, String date, List<Init> inits,
                      double[][] studiedMatrix, List<String> neuronClasses, List<RunResult> runs) {
        this(experimentConfig, toolVersion, date, inits, new DenseMatrix(studiedMatrix), neuronClasses, runs);
    }

    /** The studied init (the first). */
    public Init studied() {
        return inits.get(0);
    }

    /** The baselines, in order. */
    public List<Init> baselines() {
        return inits.subList(1, inits.size());
    }

    /** Task names in order of first appearance among the runs. */
    public List<String> tasks() {
        return distinct(runs.stream().map(RunResult::task).toList());
    }

    /**
     * Init names: those of {@link #inits()} in order, then any init that has runs but no summary row
     * (the report shows its runs and says it has no spectrum).
     */
    public List<String> initNames() {
        List<String> names = new ArrayList<>(inits.stream().map(Init::name).toList());
        names.addAll(runs.stream().map(RunResult::init).toList());
        return distinct(names);
    }

    /** The runs of one init on one task, in run order. */
    public List<RunResult> runs(String init, String task) {
        return runs.stream().filter(r -> r.init().equals(init) && r.task().equals(task)).toList();
    }

    /** The runs of every init on {@code task}. */
    public List<RunResult> runsOf(String task) {
        return runs.stream().filter(r -> r.task().equals(task)).toList();
    }

    /** The resolved config as a tree; a folder's experiment.yaml that is not YAML is refused. */
    JsonNode config() {
        try {
            JsonNode tree = YAML.readTree(experimentConfig);
            return tree == null ? YAML.createObjectNode() : tree;
        } catch (IOException e) {
            throw new ReportException(ResultsLoader.CONFIG_FILE + " is not readable YAML (" + e.getMessage()
                    + "); expected the resolved config the run writes", e);
        }
    }

    /** The experiment's {@code name:} in experiment.yaml, the title of its report; empty when it gives none. */
    public Optional<String> experimentName() {
        String name = config().path("name").asText("");
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }

    /**
     * The leak a of the runs' update {@code h_t = relu((1-a) h_{t-1} + a (W_in x_t + W_h h_{t-1}))}
     * (docs/science.md#model-transform---train), from the {@code training} section of experiment.yaml ({@code dt},
     * {@code tau}, {@code leak}), each missing key at its default ({@link Dynamics#alpha()}).
     */
    public double leak() {
        JsonNode training = config().path("training");
        JsonNode leak = training.path("leak");
        return new Dynamics(number(training.path("dt")), number(training.path("tau")),
                leak.isMissingNode() ? null : ConfigWord.of(Leak.class, leak.asText())).alpha();
    }

    private static Double number(JsonNode value) {
        return value.isMissingNode() ? null : value.asDouble();
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }
}
