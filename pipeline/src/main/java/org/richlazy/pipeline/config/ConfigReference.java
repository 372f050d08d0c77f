package org.richlazy.pipeline.config;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.OptionKeys;
import org.richlazy.ingest.OptionWord;
import org.richlazy.ingest.Orientation;
import org.richlazy.ingest.Readers;
import org.richlazy.ingest.assemble.GapJunctions;
import org.richlazy.ingest.celltype.CellTypeCsvOptions;
import org.richlazy.ingest.csv.DenseTextOptions;
import org.richlazy.ingest.csv.EdgeListOptions;
import org.richlazy.ingest.hdf5.SparseLayout;
import org.richlazy.ingest.release.MicronsOptions;
import org.richlazy.ingest.release.ReleaseOptions;
import org.richlazy.ingest.sonata.SonataOptions;
import org.richlazy.ingest.text.Delimiter;
import org.richlazy.train.Optimisation;
import org.richlazy.train.WeightLayout;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.train.task.TaskCatalog;
import org.richlazy.train.theory.TheorySpec;
import org.richlazy.transform.ConfigWord;
import org.richlazy.transform.TransformSpec;

/**
 * The config reference, {@code docs/config.md}: every key of the experiment config ({@link ExperimentConfig}) and the
 * theory config ({@link TheoryConfig}) with its type, default and allowed words, and what it does with a link to the
 * part of {@code docs/} that explains it. The keys, their types and their defaults come from the records the configs
 * bind to (the schema {@link ConfigSchema} checks against), the words from the lists the checks use; what each key
 * does is written here, once. {@code ConfigReferenceTest} fails when a key has no description here or the file is
 * not what {@link #markdown} renders. The task names are those of the {@link TaskCatalog} it is
 * given, the format names and reader option keys those of the {@link Readers}.
 */
public final class ConfigReference {
    /** Where the reference is, from the repository root. */
    public static final String FILE = "docs/config.md";

    private static final String README = "../README.md";
    private static final String MODEL = "science.md#model-transform---train";
    private static final String TASKS = "science.md#tasks";
    private static final String MEASURES = "science.md#laziness-measures";
    private static final String SEQUENCE = "science.md#forgetting";
    private static final String CONSTRAINTS = "science.md#training-under-constraints-and-to-a-target";
    private static final String SELECTING = "science.md#selecting-neurons-from-a-file";
    private static final String INITS = "science.md#initial-weights-and-baselines";
    private static final String THEORY = "science.md#the-two-layer-linear-theory";
    private static final String CONNECTOME_SCALE = "science.md#connectome-scale";
    private static final String OPTIONS = "formats.md#options-ingestoptions";
    private static final String RELEASES = "formats.md#connectome-releases-flywire-neuprint-microns-compiled-data";
    private static final String RANK_SWEEP = "reproduction.md#1-the-random-rank-sweep-paper-figure-1";
    private static final String SMNIST = "reproduction.md#11-sequential-mnist-on-real-digits";
    private static final String TASK_KEY = "training.tasks";
    private static final String FORMAT_KEY = "source.options.format";

    /**
     * What one key does.
     *
     * @param text         one or two sentences
     * @param link         the part of {@code docs/} that explains it, relative to {@code docs/}
     * @param words        the words a text value (or each element of a list) may be; empty for any value
     * @param defaultText  the default in words, where the record's own is none or depends on the machine or source
     */
    private record Entry(String text, String link, List<String> words, String defaultText) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static void key(String path, String link, String text) {
        key(path, link, text, List.of(), null);
    }

    private static void key(String path, String link, String text, List<String> words) {
        key(path, link, text, words, null);
    }

    private static void key(String path, String link, String text, List<String> words, String defaultText) {
        ENTRIES.put(path, new Entry(text, link, words, defaultText));
    }

    static {
        key("name", README + "#an-experiment-config", "A short title, shown in the report.");
        key("out", "architecture.md#the-results-folder", "The results folder, relative to the working directory.");
        key("workers", "performance.md#performance", "Runs trained at once, one per core.", List.of(),
                "the machine's core count");
        key("source", "formats.md#choosing-a-format", "The studied connectivity: a built-in preset or a file.");
        key("source.preset", "science.md#built-in-preset", "A built-in source: the mouse V1 layer-2/3 cell-type table, "
                + "or the paper's random rank sweep (a Gaussian draw and its truncations to `transform.ranks`).",
                ConfigRules.PRESETS, "`mouse-v1-l23` when `path` is not given");
        key("source.path", "formats.md#choosing-a-format", "A connectivity file or folder, relative to the working "
                + "directory; instead of `preset`.");
        key("source.options", OPTIONS, "How to read the file; each key is optional and a missing one takes the "
                + "reader's default. Only with `path`.");
        ingestOptions();
        key("transform", INITS, "Selection, signs, scaling and baselines: from the source to initial weights.");
        key("transform.neurons", SELECTING, "N: a cell-type table is sampled to N neurons, a larger file is cut to N "
                + "by `selection`; the random sweep draws N.", List.of(),
                "a file: every neuron; a cell-type table or the random sweep: 300");
        key("transform.selection", SELECTING, "How a file with more than N neurons is cut to N: the most connected "
                + "in and out, file order, at random, or per-class quotas; `experiment.yaml` writes the rule applied.",
                ConfigRules.SELECTIONS, "`top-degree` when the file holds more than `neurons` neurons, else `all`");
        key("transform.signs", INITS, "Keep the signs as read, or sign every column by its presynaptic neuron's "
                + "E/I (Dale's law).", ConfigRules.SIGNS);
        key("transform.row-balance", INITS, "Subtract each row's mean so that every neuron's expected input is "
                + "zero (ours).");
        key("transform.strength", INITS, "A cell-type table's synapse strength: the class pair's mean, or a "
                + "log-normal draw from its fit.", ConfigRules.STRENGTHS);
        key("transform.truncate", INITS, "r: replace the studied matrix by its best rank-r approximation before "
                + "scaling (ours; the task-aligned low-rank init).");
        key("transform.scaling", INITS, "Scale every init so that this measure equals the paper Gaussian's: "
                + "Frobenius norm g sqrt(N), spectral radius g, or largest singular value 2g.", ConfigRules.SCALINGS);
        key("transform.gain", INITS, "g of the paper's Gaussian init g randn(N, N) / sqrt(N), the scaling target.");
        key("transform.baselines", INITS, "The random baselines built beside the studied matrix, each scaled the "
                + "same way.", ConfigRules.BASELINES);
        key("transform.ranks", RANK_SWEEP, "The ranks of `truncated-rank` inits and of the random rank sweep.");
        key("transform.rank-match", INITS, "The rank of `rank-matched`: round(participation ratio) or "
                + "round(erEig N).", ConfigRules.RANK_MATCHES);
        key("transform.shuffle", INITS, "What `shuffled` permutes: all entries, or within each sign.",
                ConfigRules.SHUFFLES);
        key("transform.seed", INITS, "The seed of every draw of this stage: sampling, selection, baselines.");
        key("transform.quotas", SELECTING, "For selection `quotas`: neurons per cell class, summing to N.");
        key("training", MODEL, "Tasks, seeds, optimiser and measures: one run per init, task and seed.");
        key(TASK_KEY, TASKS, "The tasks, each optionally with `+dale`, `+mask` (trained under those "
                + "constraints, e.g. `2af+dale`).");
        key("training.seeds", MODEL, "One run per seed; a seed drives the input and output weights, the batches "
                + "and the probe set.");
        key("training.iterations", MODEL, "Optimiser steps per run (paper 10,000).");
        key("training.batch-size", MODEL, "Trials per step (paper 32; sMNIST 200).");
        key("training.optimizer", MODEL, "SGD with momentum (PyTorch's convention, paper) or Adam (ours).",
                ConfigRules.OPTIMIZERS);
        key("training.learning-rate", MODEL, "The learning rate (paper 0.003).");
        key("training.momentum", MODEL, "SGD momentum, in [0, 1) (paper 0.9).");
        key("training.dt", MODEL, "Integration step in ms (paper 100).");
        key("training.tau", MODEL, "Neuron time constant in ms (paper 100); with `dt` and `leak` it gives the leak a, "
                + "which must be in (0, 1] (a = dt/tau for `euler`).");
        key("training.leak", MODEL, "The leak a: dt/tau (paper) or 1 - exp(-dt/tau) (ours).", ConfigRules.LEAKS);
        key("training.checkpoints", MEASURES, "Measure also every this many iterations (0: at the start and end "
                + "only).");
        key("training.curve-every", MEASURES, "The loss and accuracy curve records the mean over this many "
                + "iterations.");
        key("training.probe-batches", MEASURES, "Probe-set size in batches, drawn before training from the run "
                + "seed (paper 10).");
        key("training.divergence-loss", MODEL, "A loss above this absolute bound (or not finite) stops the run as "
                + "diverged.");
        key("training.divergence-growth", MODEL, "A loss more than this many times the run's reference loss (the "
                + "larger of its first loss and ln C) stops the run as diverged; above 1.");
        key("training.mnist-path", SMNIST, "For task `smnist`: the folder of the MNIST IDX files or of the JSON "
                + "digits `richlazy data mnist` installs.");
        key("training.precision", MODEL, "The arithmetic of training and measures: float32 (fast) or float64 "
                + "(the reference path).", ConfigRules.PRECISIONS);
        key("training.weights", CONNECTOME_SCALE, "How the recurrent weights are held: sparse (the init's synapses "
                + "only, trained under the mask constraint; float32; only baselines that keep sparsity), dense, or auto "
                + "(sparse above " + WeightLayout.AUTO_SPARSE_ABOVE + " neurons). Each result.json records the layout "
                + "used.", ConfigRules.WEIGHT_LAYOUTS);
        key("training.constraints", CONSTRAINTS, "Constraints kept during every run's training (a task's `+word` "
                + "adds one to that task).", WeightConstraints.NAMES);
        key("training.stop-at", CONSTRAINTS, "Stop each run when its training performance reaches a target; give "
                + "exactly one of `accuracy` and `loss`.", List.of(), "none: every run trains `iterations`");
        key("training.stop-at.accuracy", CONSTRAINTS, "The decision-step accuracy to reach, in (0, 1].");
        key("training.stop-at.loss", CONSTRAINTS, "The loss to reach, above 0.");
        key("training.stop-at.window", CONSTRAINTS, "Curve points averaged for the target.", List.of(), "`5`");
        key("training.sequence", SEQUENCE, "Tasks trained one after another on one network, in order: one more run "
                + "per init and seed, named by its entries joined by `-then-`. An entry is a task, `<task>@<degrees>` "
                + "(its inputs rotated by that angle, 0 to 180: 0 the same task, 90 orthogonal inputs) or "
                + "`smnist~<percent>` (that share of the pixel positions shuffled).", List.of(), "none");
        key("training.sequence-iterations", SEQUENCE, "Each phase's iterations, one per entry.", List.of(),
                "`training.iterations` each");
        key("training.sequence-heads", SEQUENCE, "One readout per task, trained in its phase only, or one shared by "
                + "all.", ConfigRules.SEQUENCE_HEADS);
        key("training.curvature-batches", MEASURES, "The first this many probe batches are the loss whose Hessian "
                + "gives `sharpness` and `hessian_trace` at the end of every run; at most `probe-batches`; 0: neither "
                + "is computed.", List.of(), "`2`, or `probe-batches` when that is smaller");
        key("training.trace-probes", MEASURES, "Rademacher vectors of the Hutchinson estimate of `hessian_trace` (its "
                + "standard error is written beside it); at least 2.");
        key("training.linearized", MEASURES, "Also train each run's first-order Taylor model and measure the gap "
                + "(a run takes about 2.6 times as long).");
        key("theory", THEORY, "The sweep of the two-layer linear theory (`richlazy theory`).");
        key("theory.sweep", THEORY, "KA against the effective rank of W(0), or against the feature anisotropy.",
                TheorySpec.SWEEPS);
        key("theory.inputs", THEORY, "d, the input dimension.");
        key("theory.hidden", THEORY, "h, the hidden width.");
        key("theory.sigma", THEORY, "The Frobenius norm of every W(0).");
        key("theory.ranks", THEORY, "The ranks of the random W(0) (rank sweep).");
        key("theory.kappas", THEORY, "The feature scales of the top half of the inputs (anisotropy sweep).");
        key("theory.inits", THEORY, "The W(0) kinds; `beta-aligned` belongs to the rank sweep, `aligned` and "
                + "`partially-aligned` to the anisotropy sweep.", Stream.concat(TheorySpec.RANK_INITS.stream(),
                TheorySpec.ANISOTROPY_INITS.stream()).distinct().toList(), "every init of the sweep");
        key("theory.draws", THEORY, "Random W(0) per rank or init.");
        key("theory.teachers", THEORY, "Teachers per W(0).");
        key("theory.seed", THEORY, "The seed of every draw.");
        key("theory.dt", THEORY, "Runge-Kutta step in units of 1 / lambda_max(Sigma), in (0, 0.5].");
        key("theory.tolerance", THEORY, "A run stops when its loss is below this times its initial loss.");
        key("theory.max-steps", THEORY, "Or after this many steps.");
    }

    /** The reader options, {@code source.options.*} (see {@code docs/formats.md}). */
    private static void ingestOptions() {
        String o = "source.options.";
        String release = "Release formats: ";
        key(FORMAT_KEY, "formats.md#choosing-a-format", "Force a format instead of detecting it from the file.",
                List.of(), "detected");
        key(o + "missing-pairs", OPTIONS, "Cell-type CSV: a (pre, post) pair without a row is an error, or reads as "
                + "probability 0 and strength 0 (counted in the provenance).", OptionWord.words(CellTypeCsvOptions.MissingPairs.class), "`error`");
        key(o + "orientation", OPTIONS, "Dense and HDF5 matrices: row = presynaptic or postsynaptic; NumPy: "
                + "required.", OptionWord.words(Orientation.class), "`rows-pre` (an HDF5 file that declares its "
                + "orientation: as declared; NumPy: none, it must be given)");
        key(o + "array", OPTIONS, "NumPy .npz: the member read as a dense matrix, when the archive holds several "
                + "and is not a scipy.sparse matrix.", List.of(), "the only array");
        key(o + "delimiter", OPTIONS, "Text tables: the cell separator.", OptionWord.words(Delimiter.class),
                "detected");
        key(o + "header", OPTIONS, "Text tables: whether the first row holds column labels.", List.of(), "detected");
        key(o + "row-labels", OPTIONS, "Dense text: whether the first column holds row labels.", List.of(),
                "detected");
        key(o + "empty-cell", OPTIONS, "Dense text: an empty cell is 0 (counted) or an error.",
                OptionWord.words(DenseTextOptions.EmptyCell.class), "`zero`");
        key(o + "labels-file", OPTIONS, "A file of neuron names, one per line.");
        key(o + "source-column", OPTIONS, "Edge lists: the presynaptic column.", List.of(), "detected by name");
        key(o + "target-column", OPTIONS, "Edge lists: the postsynaptic column.", List.of(), "detected by name");
        key(o + "weight-column", OPTIONS, "Edge lists: the weight column (none: every edge weighs 1).", List.of(),
                "detected by name");
        key(o + "type-column", OPTIONS, "Edge lists: the synapse-type column.", List.of(), "detected by name");
        key(o + "edge-type", OPTIONS, "Edge lists: the synapse type kept (`all`: every type, summed); pandas "
                + "HDFStore: the top-level group.", List.of(), "`all`; pandas HDFStore: the only matrix");
        key(o + "electrical", OPTIONS, "Edge lists and NeuroML: gap junctions as listed, or with the reverse of one "
                + "listed one way added.", OptionWord.words(GapJunctions.Rule.class), "`as-listed`");
        key(o + "property", OPTIONS, "SONATA: the weight rule (`syn_weight`, `nsyns`, `syn_weight*nsyns`); pandas "
                + "HDFStore: the edge-property column; Allen cell types: the PSP measure (`90th`, `resting`).",
                List.of(), "`syn_weight`; the store's default column; `90th`");
        key(o + "dataset", OPTIONS, "HDF5: the path of the matrix (dense dataset or sparse group).", List.of(),
                "the only candidate");
        key(o + "subtract", "formats.md#a-trained-networks-weights-as-the-source", "HDF5 matrix: a second matrix of "
                + "the same file subtracted from `dataset` (e.g. a run's `W_h_initial`).");
        key(o + "sparse-layout", OPTIONS, "HDF5 sparse group without an encoding attribute.",
                OptionWord.words(SparseLayout.class), "from the attributes");
        key(o + "node-population", OPTIONS, "SONATA: the node population.", List.of(), "the only one");
        key(o + "edge-population", OPTIONS, "SONATA: the edge population.", List.of(), "the only one");
        key(o + "sign-rule", OPTIONS, "SONATA: weights as given when any is negative, else signed by the source "
                + "node type's `ei` (`auto`); or always one of the two.", OptionWord.words(SonataOptions.SignRule.class),
                "`auto`");
        key(o + "weight-unit", OPTIONS, "A unit that replaces the reader's recorded one.", List.of(),
                "the reader's unit");
        key(o + "classes-file", OPTIONS, "Allen cell types: a `classes.csv` with the class proportions the tables "
                + "lack.", List.of(), "equal proportions (recorded)");
        key(o + "max-neurons", "formats.md#size-limits-and-damaged-files", "The largest N made dense, and the "
                + "largest a file may declare.", List.of(), "system property `richlazy.max-neurons`, else `50000`");
        key(o + "max-line-bytes", "formats.md#read-limits", "The longest line of a text file, and the longest "
                + "cell of an xlsx workbook, in bytes.", List.of(), "`16777216` (16 MiB)");
        key(o + "max-decompressed-bytes", "formats.md#read-limits", "The most bytes a gzip file or xlsx workbook "
                + "may expand to.", List.of(), "`4294967296` (4 GiB)");
        key(o + "max-expansion", "formats.md#read-limits", "The most decompressed bytes per compressed byte read "
                + "so far (beyond 1 MiB); a compression bomb expands about 1,000 fold.", List.of(), "`200`");
        key(o + "node-files", RELEASES, release + "node tables joined on the neuron id (`[]`: none).", List.of(),
                "the release's tables beside the edge table");
        key(o + "node-id-column", RELEASES, release + "the id column of the node tables.", List.of(),
                "the release's names");
        key(o + "filter", RELEASES, release + "node-table column to the values kept, e.g. "
                + "`{super_class: [central]}`.", List.of(), "every neuron");
        key(o + "ids-file", RELEASES, release + "a file of neuron ids, one per line; only those are kept.",
                List.of(), "every neuron");
        key(o + "neuropil", RELEASES, "FlyWire neuropils or neuPrint ROIs whose rows are kept.", List.of(),
                "every row");
        key(o + "min-synapses", RELEASES, release + "the least synapses a pair keeps, summed over its kept rows.",
                List.of(), "`0`");
        key(o + "class-column", RELEASES, release + "the node column that gives the cell class.", List.of(),
                "the release's");
        key(o + "sign-map", RELEASES, release + "transmitter word to `excitatory`, `inhibitory` or `unknown`, laid "
                + "over the release's map.", List.of(), "the release's map");
        key(o + "min-sign-score", RELEASES, release + "a neuron whose transmitter score is below this gets an "
                + "unknown sign.", List.of(), "none");
        key(o + "unknown-sign", RELEASES, release + "keep or drop the neurons of unknown sign (before selection).",
                OptionWord.words(ReleaseOptions.KeepOrDrop.class), "`keep`");
        key(o + "unlisted-ids", RELEASES, release + "an edge naming a neuron no node table lists is an error or is "
                + "dropped and counted.", OptionWord.words(ReleaseOptions.UnlistedIds.class), "`error`");
        key(o + "isolated", RELEASES, release + "keep or drop neurons left without an edge.", OptionWord.words(ReleaseOptions.KeepOrDrop.class),
                "`keep`");
        key(o + "synapse-weight", RELEASES, "MICrONS: a pair's weight is its synapse count or summed size.",
                OptionWord.words(MicronsOptions.SynapseWeight.class), "`count`");
        key(o + "sheet", "formats.md#spreadsheets-xlsx-matrix-and-edge-lists-in-xlsx", "Spreadsheets: the sheet "
                + "to read.", List.of(), "the only (or first matrix) sheet");
    }

    private ConfigReference() {
    }

    /** One key of a config: its dotted path, Java type and the default its record gives (null: none). */
    private record Key(String path, Type type, Object value) {
    }

    /** Every key path of both configs, sections included, in the records' order; reader options those of {@code readers}. */
    static List<String> keys(Readers readers) {
        return Stream.concat(keys(ExperimentConfig.class, readers).stream(), keys(TheoryConfig.class, readers).stream())
                .map(Key::path).toList();
    }

    /** The key paths described here, in order. */
    static List<String> described() {
        return List.copyOf(ENTRIES.keySet());
    }

    private static List<Key> keys(Class<? extends Record> config, Readers readers) {
        List<Key> all = new ArrayList<>();
        walk(config, "", readers, all);
        return all;
    }

    private static void walk(Class<?> record, String parent, Readers readers, List<Key> into) {
        for (RecordComponent c : ConfigSchema.keyComponents(record)) {
            String path = ConfigPaths.key(parent, ConfigSchema.KEBAB.translate(c.getName()));
            Object defaults = defaults(c.getDeclaringRecord());
            Object value;
            try {
                value = defaults == null ? null : c.getAccessor().invoke(defaults);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            into.add(new Key(path, c.getGenericType(), value));
            if (c.getType() == IngestOptions.class) {
                OptionKeys.all(readers).forEach((key, types) -> into.add(new Key(ConfigPaths.key(path, key), types.get(0), null)));
            } else if (c.getType().isRecord()) {
                walk(c.getType(), path, readers, into);
            }
        }
    }

    /** The record with every component left out, or null when it needs some (e.g. exactly one of two). */
    private static Object defaults(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return record.getDeclaredConstructor(types).newInstance(new Object[components.length]);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /**
     * {@code docs/config.md}; {@code tasks} gives the words of {@code training.tasks}, {@code readers} those of
     * {@code source.options.format} and the keys of {@code source.options}.
     */
    public static String markdown(TaskCatalog tasks, Readers readers) {
        StringBuilder md = new StringBuilder();
        md.append("# Config reference\n\n")
                .append("Every key of an experiment config (`richlazy run`, `richlazy demo`) and of a theory config ")
                .append("(`richlazy theory`). Keys are kebab-case and every key is optional: one left out takes the ")
                .append("default below, and `<out>/experiment.yaml` is the config with every default written out. The ")
                .append("examples in `examples/` are complete configs. A key given twice in one section, a null value ")
                .append("(`~`, `null` or nothing after the colon, in the file or in `--set`) and a file with no settings ")
                .append("(empty, only comments, only the document marker `---` or `{}`) are errors naming the line and key, ")
                .append("never a silent default. A ")
                .append("config is a regular file of at most 4 MiB (4194304 bytes); a larger one, a FIFO or a device ")
                .append("such as `/dev/zero` is refused before it is read.\n\n")
                .append("This file is generated from the records the configs bind to and the descriptions in ")
                .append("`pipeline/src/main/java/org/richlazy/pipeline/config/ConfigReference.java`; ")
                .append("`ConfigReferenceTest` fails when a key is not described there or this file is out of date. ")
                .append("Regenerate it from the repository root with\n\n```bash\n")
                .append("./mvnw -o -q -B -pl pipeline -am test -Dtest=ConfigReferenceTest ")
                .append("-Dsurefire.failIfNoSpecifiedTests=false -Drichlazy.config-reference=write\n```\n\n")
                .append("Types: *whole number*, *number*, *true/false*, *text*, a *list* of them (`[a, b]`), a ")
                .append("*map* of names to them (`{name: value}`), a *section* of keys.\n")
                .append("\n## Upper bounds\n\nBesides the ranges each key states, three numbers have an upper bound, ")
                .append("since a larger value is a typing slip rather than an experiment: `training.learning-rate` at ")
                .append("most ").append(fmt(Optimisation.MAX_LEARNING_RATE)).append(" (the paper uses 0.003; above 10 every ")
                .append("step overshoots by orders of magnitude), `transform.gain` at most ").append(fmt(TransformSpec.MAX_GAIN))
                .append(" (the paper's g is 1.25) and `training.iterations` at most 10^9.\n");
        config(md, "Experiment config", ExperimentConfig.class, tasks, readers);
        config(md, "Theory config", TheoryConfig.class, tasks, readers);
        return md.toString();
    }

    private static String fmt(double bound) {
        return Long.toString((long) bound);
    }

    private static void config(StringBuilder md, String title, Class<? extends Record> config, TaskCatalog tasks,
                               Readers readers) {
        md.append("\n## ").append(title).append("\n");
        Map<String, List<Key>> sections = new LinkedHashMap<>();
        sections.put("", new ArrayList<>());
        for (Key key : keys(config, readers)) {
            if (ConfigSchema.raw(key.type()).isRecord()) {
                sections.put(key.path(), new ArrayList<>());
            }
            sections.get(ConfigPaths.parent(key.path())).add(key);
        }
        for (Map.Entry<String, List<Key>> section : sections.entrySet()) {
            if (section.getKey().isEmpty()) {
                md.append("\n### Top level\n");
            } else {
                Entry e = entry(section.getKey());
                md.append("\n### `").append(section.getKey()).append("`\n\n").append(e.text()).append(" See ")
                        .append(link(e.link())).append(".\n");
            }
            md.append("\n| key | type | default | allowed | what it does |\n|---|---|---|---|---|\n");
            for (Key key : section.getValue()) {
                Entry e = entry(key.path());
                md.append("| `").append(key.path()).append("` | ").append(type(key.type())).append(" | ")
                        .append(defaultOf(key, e)).append(" | ")
                        .append(words(key.path(), e, tasks, readers).stream().map(w -> "`" + w + "`")
                                .collect(Collectors.joining(", ")))
                        .append(" | ").append(e.text()).append(" (").append(link(e.link())).append(") |\n");
            }
        }
    }

    /**
     * The words {@code path} accepts: the catalog's task names for {@code training.tasks}, the readers' format names
     * for {@code source.options.format}, else its entry's.
     */
    private static List<String> words(String path, Entry e, TaskCatalog tasks, Readers readers) {
        return switch (path) {
            case TASK_KEY -> tasks.names();
            case FORMAT_KEY -> readers.formats();
            default -> e.words();
        };
    }

    private static Entry entry(String path) {
        Entry e = ENTRIES.get(path);
        if (e == null) {
            throw new IllegalStateException("config key '" + path + "' is not described in ConfigReference");
        }
        return e;
    }

    private static String link(String target) {
        String page = target.substring(0, target.indexOf('#')).replace(README, "README.md");
        return "[" + page + "](" + target + ")";
    }

    private static String defaultOf(Key key, Entry e) {
        if (e.defaultText() != null) {
            return e.defaultText();
        }
        if (ConfigSchema.raw(key.type()).isRecord()) {
            return "";
        }
        return key.value() == null ? "none" : "`" + value(key.value()) + "`";
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            // as YAML reads it back: plain digits, or a mantissa with a point and an exponent (1.0e-8)
            return Math.abs(d) >= 1e-4 ? new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString()
                    : Double.toString(d).toLowerCase(Locale.ROOT);
        }
        if (v instanceof Collection<?> list) {
            return list.stream().map(ConfigReference::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(m -> m.getKey() + ": " + value(m.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof ConfigWord word) {
            return word.word();
        }
        return String.valueOf(v);
    }

    private static String type(Type type) {
        Class<?> raw = ConfigSchema.raw(type);
        if (raw.isRecord()) {
            return "section";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return "list of " + type(ConfigSchema.argument(type, 0));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "map of " + type(ConfigSchema.argument(type, 1));
        }
        if (raw == Integer.class || raw == Long.class) {
            return "whole number";
        }
        if (raw == Double.class) {
            return "number";
        }
        return raw == Boolean.class ? "true/false" : "text";
    }
}
