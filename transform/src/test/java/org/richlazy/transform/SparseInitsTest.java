package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Ingested;
import org.richlazy.transform.matrix.SparseMatrix;
import org.richlazy.transform.spectrum.StructureStatistics;

/**
 * Inits held on their synapses (docs/science.md#connectome-scale): the same numbers as the dense inits for every rung
 * whose draw is defined on the synapses in row order, the same invariants for the others, nothing dense, and the
 * steps that fill every entry refused.
 */
class SparseInitsTest {
    private static final SparseWeights ALWAYS = new SparseWeights(n -> true, "training.weights sparse");
    private final Connectome source = TestConnectomes.signedSparse(120, 3);
    private final List<BaselineKind> ladder = List.of(BaselineKind.SAME_MASK, BaselineKind.SAME_MASK_PERMUTED,
            BaselineKind.SIGN_PRESERVING, BaselineKind.DEGREE_PRESERVING, BaselineKind.CELLTYPE_BLOCK,
            BaselineKind.DENSITY_MATCHED, BaselineKind.SHUFFLED);

    private InitSet build(SparseWeights sparse, TransformSpec.Builder spec) {
        return TestTransform.STAGE.build(new Ingested.Matrix(source), spec.baselines(ladder).ranks(List.of()).build(),
                sparse);
    }

    @Test
    void sparseInitsHoldTheDenseInitsNumbersWhereTheDrawIsTheSame() {
        InitSet dense = build(SparseWeights.NEVER, TransformSpec.builder().seed(5L));
        InitSet sparse = build(ALWAYS, TransformSpec.builder().seed(5L));
        assertThat(sparse.studied().weights()).isInstanceOf(SparseMatrix.class);
        assertThat(sparse.studied().weights().toDense()).isDeepEqualTo(dense.studied().matrix());
        assertThat(sparse.studied().spectrum().complete()).as("N = 120: the full spectrum").isTrue();
        for (int k = 0; k < ladder.size(); k++) {
            InitialWeights s = sparse.baselines().get(k);
            InitialWeights d = dense.baselines().get(k);
            assertThat(s.weights()).as(s.name()).isInstanceOf(SparseMatrix.class);
            assertThat(s.recipe().get("scaling.factor")).as(s.name()).isEqualTo(d.recipe().get("scaling.factor"));
            assertThat(s.weights().toDense()).as(s.name() + ": one draw, held two ways").isDeepEqualTo(d.matrix());
            assertThat(s.weights().nonzeros()).as(s.name()).isEqualTo(d.weights().nonzeros());
        }
    }

    /**
     * Up to 2,000 neurons a sparse init's summary row is the dense one's, the outlier prediction and the structure
     * included (from the dense copy its complete spectrum is taken from); only the recipe says how it was held.
     */
    @Test
    void upToTwoThousandNeuronsTheSummaryOfASparseInitIsTheDenseOnes(@org.junit.jupiter.api.io.TempDir
                                                                     java.nio.file.Path dir) {
        InitSet dense = build(SparseWeights.NEVER, TransformSpec.builder().seed(5L));
        InitSet sparse = build(ALWAYS, TransformSpec.builder().seed(5L));
        org.richlazy.transform.store.InitStore.write(dir.resolve("dense"), dense);
        org.richlazy.transform.store.InitStore.write(dir.resolve("sparse"), sparse);
        var d = org.richlazy.transform.store.InitStore.readSummary(dir.resolve("dense"));
        var p = org.richlazy.transform.store.InitStore.readSummary(dir.resolve("sparse"));
        assertThat(p).hasSameSizeAs(d);
        for (int k = 0; k < d.size(); k++) {
            java.util.Map<String, Object> a = new java.util.LinkedHashMap<>(d.get(k).cells());
            java.util.Map<String, Object> b = new java.util.LinkedHashMap<>(p.get(k).cells());
            a.remove("recipe");
            b.remove("recipe");
            assertThat(b).as(d.get(k).name()).isEqualTo(a);
        }
        assertThat(org.richlazy.transform.store.InitStore.read(dir.resolve("sparse"), "measured").weights())
                .isInstanceOf(SparseMatrix.class);
    }

    @Test
    void theRewiredRungsKeepWhatTheyPromiseOnTheSynapses() {
        InitSet set = build(ALWAYS, TransformSpec.builder().seed(9L));
        SparseMatrix studied = (SparseMatrix) set.studied().weights();
        StructureStatistics s = StructureStatistics.of(studied, null);
        for (InitialWeights init : set.baselines()) {
            StructureStatistics b = StructureStatistics.of(init.weights(), null);
            String kind = init.recipe().get("kind");
            if (!kind.equals("celltype-block")) {
                assertThat(b.connections() + b.selfLoops()).as(kind + ": the number of synapses")
                        .isEqualTo(s.connections() + s.selfLoops());
            }
            if (kind.equals("degree-preserving")) {
                var in = org.richlazy.transform.spectrum.Degrees.of(init.weights());
                var studiedIn = org.richlazy.transform.spectrum.Degrees.of(studied);
                assertThat(in.in()).isEqualTo(studiedIn.in());
                assertThat(in.out()).isEqualTo(studiedIn.out());
            }
        }
        InitialWeights block = set.baselines().get(ladder.indexOf(BaselineKind.CELLTYPE_BLOCK));
        assertThat((double) StructureStatistics.of(block.weights(), null).connections())
                .as("block model: about the studied number of connections").isCloseTo(s.connections(),
                        within(5 * Math.sqrt(s.connections())));
    }

    @Test
    void theStepsThatFillEveryEntryAreRefusedBeforeAnyDraw() {
        assertThatThrownBy(() -> TestTransform.STAGE.build(new Ingested.Matrix(source), TransformSpec.builder()
                .baselines(List.of(BaselineKind.GAUSSIAN)).ranks(List.of()).build(), ALWAYS))
                .isInstanceOf(TransformException.class).hasMessageContaining("training.weights sparse")
                .hasMessageContaining("gaussian is dense by nature").hasMessageContaining("degree-preserving");
        assertThatThrownBy(() -> build(ALWAYS, TransformSpec.builder().rowBalance(true)))
                .isInstanceOf(TransformException.class).hasMessageContaining("row-balance");
    }
}
