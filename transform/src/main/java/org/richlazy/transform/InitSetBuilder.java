package org.richlazy.transform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Provenance;
import org.richlazy.transform.baseline.Baseline;
import org.richlazy.transform.baseline.Baselines;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.RandomMatrices;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.matrix.SparseMatrix;
import org.richlazy.transform.spectrum.Spectrum;

/** Builds an {@link InitSet}; the steps are documented on {@link Transform#build} and {@link Transform#randomSweep}. */
final class InitSetBuilder {
    /** Default N for a cell-type table when {@link TransformSpec#neurons()} is null (the paper's N). */
    static final int DEFAULT_TABLE_NEURONS = 300;

    private InitSetBuilder() {
    }

    private record Finished(InitialWeights init, Spectrum before) {
    }

    static InitSet build(Ingested source, TransformSpec spec, Baselines byKind, SparseWeights sparseWeights) {
        long seed = spec.seed();
        Map<String, String> steps = new LinkedHashMap<>();
        Connectome full;
        String kind;
        if (source instanceof Ingested.Matrix m) {
            full = m.connectome();
            kind = "measured";
        } else if (source instanceof Ingested.Table t) {
            int n = spec.neurons() == null ? DEFAULT_TABLE_NEURONS : spec.neurons();
            long samplerSeed = Seeds.derive(seed, "celltype-sampler");
            full = CellTypeSampler.sample(t.table(), n, samplerSeed, spec.strength());
            kind = "celltype";
            steps.put("sampling", "CellTypeSampler: N = " + n + ", strength = " + spec.strength().word()
                    + ", largest-remainder class sizes, Bernoulli connections, no self-connections");
            steps.put("sampling.seed", Long.toString(samplerSeed));
        } else {
            throw new TransformException("source", "unsupported ingested kind " + source.getClass().getSimpleName(),
                    "a matrix or a cell-type table");
        }
        long selectionSeed = Seeds.derive(seed, "selection");
        NeuronSelection selection = NeuronSelection.choose(full, spec, selectionSeed);
        Connectome selected = selection.apply(full);
        steps.put("selection", selection.label() + ": " + selection.reason());
        if (selection.rule() != SelectionRule.ALL) {
            steps.put("selection.ids", selection.ids(full));
        }
        boolean sparse = sparseWeights.at().test(selected.size());
        if (sparse) {
            requireSparseSteps(spec, selected.size(), sparseWeights);
        }
        RecurrentMatrix signed = SignRule.apply(sparse ? SparseMatrix.of(selected)
                : new DenseMatrix(selected.weightsCopy()), selected.neurons(), spec, steps);
        ScalableSource.require(signed, selected);
        RecurrentMatrix prepared = spec.truncate() == null ? signed
                : new DenseMatrix(StudiedTruncation.apply(((DenseMatrix) signed).rows(), spec.truncate(), steps));
        String name = StudiedTruncation.name(kind, spec.truncate());

        ScalingRule rule = spec.scaling();
        Map<String, String> sourceKeys = SourceRecipe.of(selected);
        Map<String, String> head = new LinkedHashMap<>();
        head.put("kind", kind);
        head.put("N", Integer.toString(prepared.size()));
        if (sparse) {
            head.put("weights", "sparse: held on the " + prepared.sparse().entries() + " synapses (" + sparseWeights
                    .setting() + ")");
        }
        head.putAll(steps);
        Finished studied = finish(name, head, prepared, rule, spec, seed, sourceKeys);
        Baseline.Studied matchTo = new Baseline.Studied(name, prepared, studied.before(), selected.neurons());

        List<InitialWeights> baselines = new ArrayList<>();
        Set<String> names = new HashSet<>(List.of(name));
        for (BaselineKind baselineKind : spec.baselines()) {
            Baseline baseline = byKind.of(baselineKind);
            long baselineSeed = Seeds.derive(seed, baselineKind.word());
            for (Baseline.Draft d : baseline.drafts(matchTo, spec, baselineSeed)) {
                if (!names.add(d.name())) {
                    throw new TransformException("TransformSpec.baselines", "init name '" + d.name()
                            + "' made twice", "each baseline listed once");
                }
                RecurrentMatrix held = sparse ? d.matrix() : new DenseMatrix(d.matrix().toDense());
                baselines.add(baselineInit(new Baseline.Draft(d.name(), held, d.recipe()), name, rule, spec,
                        baselineSeed, sourceKeys));
            }
        }
        String line = kind.equals("celltype") ? "sampled " + full.size() + " neurons from the cell-type table; "
                + selection.line() : selection.line();
        return new InitSet(selected, studied.init(), baselines, new InitSet.Selection(selection.rule(), line));
    }

    /**
     * Refuses, before anything is drawn, what would fill the N x N entries of a matrix held sparse: a dense-by-nature
     * baseline, row balance, truncation.
     */
    private static void requireSparseSteps(TransformSpec spec, int n, SparseWeights sparseWeights) {
        for (BaselineKind kind : spec.baselines()) {
            if (!kind.keepsSparsity()) {
                throw new TransformException(sparseWeights.setting(), "holds N = " + n + " sparse, and baseline "
                        + kind.refusedWhenSparse((long) n), "those baselines, or training.weights dense");
            }
        }
        if (spec.truncate() != null) {
            throw new TransformException("transform.truncate", spec.truncate() + " with " + sparseWeights.setting()
                    + " holding N = " + n + " sparse", "no truncation (a rank-r matrix fills every entry), or "
                    + "training.weights dense");
        }
    }

    static InitSet randomSweep(int n, TransformSpec spec, Baselines byKind) {
        if (n < 1) {
            throw new TransformException("random sweep N", "N = " + n, "N >= 1");
        }
        if (spec.truncate() != null) {
            throw new TransformException("TransformSpec.truncate", "= " + spec.truncate() + " in the random rank sweep",
                    "no truncation: the sweep's ranks are TransformSpec.ranks");
        }
        long drawSeed = Seeds.derive(spec.seed(), "truncated-rank");
        double[][] draw = RandomMatrices.gaussian(n, spec.gain(), new SplittableRandom(drawSeed));
        List<Neuron> neurons = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            neurons.add(new Neuron("n#" + i, null, CellSign.UNKNOWN, null));
        }
        Provenance p = Provenance.of(List.of(), "synthetic-gaussian", "W[post][pre] (generated, no file)")
                .withStep("drew an i.i.d. Gaussian matrix", (long) n * n, "g * randn(N, N) / sqrt(N) with g = "
                        + spec.gain() + ", seed " + drawSeed + ": the paper's Figure 1 random rank sweep, no measured source");
        Connectome source = new Connectome(neurons, draw, "RNN weight (synthetic)", p);
        InitSet.Selection all = new InitSet.Selection(SelectionRule.ALL, "drew " + n + " neurons (the random rank sweep); nothing"
                + " to select");

        ScalingRule rule = spec.scaling();
        Map<String, String> sourceKeys = SourceRecipe.of(source);
        Map<String, String> head = new LinkedHashMap<>();
        head.put("kind", "gaussian");
        head.put("N", Integer.toString(n));
        head.put("baseline", "g * randn(N, N) / sqrt(N), g = " + spec.gain() + ", entries row by row");
        if (spec.ranks().isEmpty()) {
            Finished alone = finish("gaussian", head, new DenseMatrix(draw), rule, spec, drawSeed, sourceKeys);
            return new InitSet(source, alone.init(), List.of(), all);
        }
        head.put("shared-draw", "the rank-r inits truncate this same draw");
        Finished studied = finish("gaussian", head, new DenseMatrix(draw), rule, spec, drawSeed, sourceKeys);
        Baseline.Studied matchTo = new Baseline.Studied("gaussian", new DenseMatrix(draw), studied.before(), neurons);

        List<InitialWeights> baselines = new ArrayList<>();
        for (Baseline.Draft d : byKind.of(BaselineKind.TRUNCATED_RANK).drafts(matchTo, spec, drawSeed)) {
            baselines.add(baselineInit(d, "gaussian", rule, spec, drawSeed, sourceKeys));
        }
        return new InitSet(source, studied.init(), baselines, all);
    }

    private static InitialWeights baselineInit(Baseline.Draft d, String matchedTo, ScalingRule rule,
                                               TransformSpec spec, long seed, Map<String, String> sourceKeys) {
        Map<String, String> head = new LinkedHashMap<>();
        head.put("kind", d.recipe().get("kind"));
        head.put("N", Integer.toString(d.matrix().size()));
        head.putAll(d.recipe());
        head.put("matched-to", matchedTo);
        return finish(d.name(), head, d.matrix(), rule, spec, seed, sourceKeys).init();
    }

    private static Finished finish(String name, Map<String, String> head, RecurrentMatrix matrix, ScalingRule rule,
                                   TransformSpec spec, long seed, Map<String, String> sourceKeys) {
        Map<String, String> recipe = new LinkedHashMap<>(head);
        ScalingRule.Scaled scaled = rule.apply(name, matrix, spec.gain(), Seeds.derive(seed, "spectrum." + name),
                recipe);
        recipe.put("seed", Long.toString(seed));
        recipe.putAll(sourceKeys);
        return new Finished(new InitialWeights(name, scaled.matrix(), scaled.spectrum(), recipe, seed), scaled.before());
    }
}
