package org.richlazy.pipeline.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.ConnectivitySummary;
import org.richlazy.ingest.Ingest;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Readers;
import org.richlazy.pipeline.config.ConfigException;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.SourceSpec;
import org.richlazy.train.WeightLayout;
import org.richlazy.transform.matrix.SparseMatrix;
import org.richlazy.transform.spectrum.ClassMotifs;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.spectrum.OutlierPrediction;
import org.richlazy.transform.RegimeCheck;
import org.richlazy.transform.SelectionRule;
import org.richlazy.transform.spectrum.Spectrum;
import org.richlazy.transform.spectrum.StructureStatistics;
import org.richlazy.transform.Transform;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.SparseWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code richlazy inspect <file>}: what a connectivity file holds, and its effective ranks. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print what a connectivity file holds: neurons, edges, E/I counts, weight range and unit, "
                + "orientation, provenance, which neurons a run keeps, and the effective ranks (docs/science.md, \"Effective ranks\") of those. A "
                + "cell-type table is sampled to --neurons neurons with --seed first; a file is cut to --neurons by "
                + "--selection. Give '" + SourceSpec.MOUSE_V1_L23 + "' for the built-in preset.")
final class InspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A connectivity file, or the built-in preset's name.")
    String file;

    @Option(names = "--format", description = "Force the format instead of detecting it: ${COMPLETION-CANDIDATES}. "
            + "The same as --option format=NAME.", completionCandidates = Formats.class)
    String format;

    @Option(names = "--option", paramLabel = "KEY=VALUE",
            description = "A reader option as in a config's source.options, e.g. --option edge-type=chemical "
                    + "(see docs/formats.md). Repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--neurons", description = "N, as transform.neurons: a cell-type table is sampled to N neurons "
            + "(default 300); a file is cut to N by --selection (default: every neuron).")
    Integer neurons;

    @Option(names = "--selection", description = "How a file is cut to --neurons, as transform.selection: all, first, "
            + "random, top-degree (default: top-degree when the file holds more than N neurons, else all).")
    String selection;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for sampling a cell-type table and for "
            + "--selection random (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin(name = "debug")
    DebugOption debug;

    @Spec
    CommandSpec spec;

    private final ConfigLoader configs;
    private final Readers readers;
    private final Transform transform;

    @Inject
    InspectCommand(ConfigLoader configs, Readers readers, Transform transform) {
        this.configs = configs;
        this.readers = readers;
        this.transform = transform;
    }

    /** The format names, for the help text (made by picocli's factory, so from the bound readers). */
    static final class Formats implements Iterable<String> {
        private final Readers readers;

        @Inject
        Formats(Readers readers) {
            this.readers = readers;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return readers.formats().iterator();
        }
    }

    @Override
    public Integer call() {
        Ingested ingested = SourceSpec.MOUSE_V1_L23.equals(file) ? preset()
                : readers.read(Path.of(file), configs.ingestOptions(readerOptions()));
        PrintWriter out = spec.commandLine().getOut();
        ConnectivitySummary.lines(ingested).forEach(out::println);
        SelectionRule rule = selection == null ? null
                : OptionWords.parse(spec, "--selection", SelectionRule.class, selection);
        TransformSpec sampling = TransformSpec.builder().neurons(neurons).selection(rule).baselines(List.of()).seed(seed)
                .build();
        if (ingested instanceof Ingested.Matrix m) {
            int studied = neurons == null ? m.connectome().size() : neurons;
            int limit = m.connectome().denseLimit();
            if (studied > limit || studied > WeightLayout.AUTO_SPARSE_ABOVE) {
                out.printf("the dense summary (effective ranks from every eigenvalue, motifs, the dominant-eigenvalue "
                        + "predictions) is not computed: %d neurons, above %s; choose a sub-circuit of at most %d "
                        + "(--neurons, --option filter=..., neuropil, min-synapses, ids-file)%s%n", studied,
                        studied > limit ? "the max-neurons limit of " + limit + " for a dense matrix"
                                : WeightLayout.AUTO_SPARSE_ABOVE + ", where a run holds the weights on their synapses"
                                + " (training.weights auto)", Math.min(limit, WeightLayout.AUTO_SPARSE_ABOVE),
                        studied > limit ? " or raise --option max-neurons" : "");
                out.flush();
                Connectome circuit = m.connectome();
                if (neurons != null) {
                    try {
                        InitSet selected = transform.build(ingested, sampling, new SparseWeights(n -> true, "inspect"));
                        out.println(selected.selection().line());
                        circuit = selected.source();
                    } catch (TransformException e) {
                        throw e.in(file);
                    }
                }
                LargeSpectrumLines.of(SparseMatrix.of(circuit), seed).forEach(out::println);
                out.flush();
                return 0;
            }
        }
        InitSet set;
        try {
            set = transform.build(ingested, sampling);
        } catch (TransformException e) {
            throw e.in(file);
        }
        Spectrum s = set.studied().spectrum();
        if (ingested instanceof Ingested.Table) {
            out.printf("sampled:      N = %d, seed %d, %d connections%n", set.source().size(), seed,
                    set.source().edgeCount());
        }
        out.println(set.selection().line());
        out.printf("effective ranks (scale-free): erEig %s, erSV %.4f, participation ratio %.2f, "
                + "entropy rank %.2f, stable rank %.3f%n", s.hasErEig() ? String.format(Locale.ROOT, "%.4f", s.erEig())
                : Spectrum.ER_EIG_UNDEFINED, s.erSV(), s.participationRatio(), s.entropyRank(), s.stableRank());
        List<String> classes = set.source().neurons().stream().map(Neuron::cellClass).toList();
        StructureStatistics st = StructureStatistics.of(set.source().weightsCopy(), classes);
        out.printf(Locale.ROOT, "structure: density %.4f, reciprocity %.4f, %d self-connections; in-degree mean %.2f "
                + "sd %.2f, out-degree sd %.2f; nonzero weights mean %.4g sd %.4g %s%n", st.density(), st.reciprocity(),
                st.selfLoops(), st.inDegreeMean(), st.inDegreeSd(), st.outDegreeSd(), st.weightMean(), st.weightSd(),
                set.source().weightUnit());
        out.printf(Locale.ROOT, "motifs (frequency / independent connections - 1): reciprocal %.3f, convergent %.3f, "
                + "divergent %.3f, chain %.3f%n", st.reciprocal(), st.convergent(), st.divergent(), st.chain());
        OutlierPrediction o = OutlierPrediction.of(set.studied().matrix(), s, classes);
        out.printf(Locale.ROOT, "dominant eigenvalue (scaled init): measured %.4f; predicted from cell-type blocks %s, "
                + "with motifs %s; bulk radius %s, %d eigenvalues outside it%s%n", o.measured(), orUndefined(o.cellType()),
                orUndefined(o.withMotifs()), orUndefined(o.bulkRadius()), o.outliers().size(),
                !(o.measured() <= o.bulkRadius()) ? ""
                        : " (the dominant eigenvalue is inside the bulk: no real outlier for the predictions to describe)");
        o.undefined().forEach(reason -> out.println("  " + reason));
        RegimeCheck.warning(set).ifPresent(w -> out.println("regime: " + w));
        st.byClass().ifPresentOrElse(m -> printClassMotifs(out, m), () -> {
            long count = classes.contains(null) ? 0 : classes.stream().distinct().count();
            if (count > ClassMotifs.MAX_CLASSES) {
                out.printf("motifs by class pair: not computed (%d classes, more than %d)%n", count,
                        ClassMotifs.MAX_CLASSES);
            }
        });
        out.flush();
        return 0;
    }

    /** The built-in table, which is read without options (giving one is an error, not ignored). */
    private Ingested preset() {
        if (format != null || !options.isEmpty()) {
            throw new ConfigException("'" + SourceSpec.MOUSE_V1_L23 + "' is the built-in table and takes no reader "
                    + "options; expected --format and --option only with a file");
        }
        return new Ingested.Table(Ingest.mouseV1Layer23());
    }

    /**
     * Every {@code --option}, with {@code --format NAME} as the option {@code format}, so that both are checked
     * alike by the reader; the two naming different formats is an error.
     */
    private Map<String, String> readerOptions() {
        Map<String, String> all = new LinkedHashMap<>(options);
        if (format != null) {
            String other = all.put("format", format);
            if (other != null && !other.strip().equals(format.strip())) {
                throw new ConfigException("--format " + format + " and --option format=" + other
                        + " name different formats; expected the format given once");
            }
        }
        return all;
    }

    /** The per-class motifs as one line per class pair: reciprocal, convergent, divergent, chain (pre -> post). */
    /** {@code value} to 4 decimals, or "undefined" when it is NaN (the reason is printed below it). */
    private static String orUndefined(double value) {
        return Double.isNaN(value) ? "undefined" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static void printClassMotifs(PrintWriter out, ClassMotifs m) {
        out.println("motifs by class pair (frequency / independent connections with the class-pair probabilities - 1):");
        out.printf("  %-24s %10s %10s %10s %12s %12s%n", "a, b", "reciprocal", "convergent", "divergent", "chain a->b",
                "chain b->a");
        List<String> names = m.classes();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a; b < names.size(); b++) {
                out.printf(Locale.ROOT, "  %-24s %10.3f %10.3f %10.3f %12.3f %12.3f%n", names.get(a) + ", " + names.get(b),
                        m.reciprocal()[a][b], m.convergent()[a][b], m.divergent()[a][b], m.chain()[a][b], m.chain()[b][a]);
            }
        }
    }
}
