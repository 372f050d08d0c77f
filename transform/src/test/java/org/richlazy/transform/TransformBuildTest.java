package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.transform.matrix.LowRank;
import org.richlazy.transform.matrix.Matrices;
import org.richlazy.transform.spectrum.Spectrum;

class TransformBuildTest {
    private static final double G = 1.25;
    private final Connectome connectome = TestConnectomes.signedSparse(80, 1);
    private final Ingested.Matrix source = new Ingested.Matrix(connectome);

    private static final List<BaselineKind> ALL = List.of(BaselineKind.GAUSSIAN, BaselineKind.TRUNCATED_RANK,
            BaselineKind.RANK_MATCHED, BaselineKind.SPECTRUM_MATCHED, BaselineKind.SHUFFLED);

    @Test
    void everyInitIsScaledToTheSameFrobeniusNormAndNamed() {
        InitSet set = TestTransform.STAGE.build(source, TransformSpec.builder().baselines(ALL).ranks(List.of(1, 10, 80)).seed(7L)
                .build());
        assertThat(set.all().stream().map(InitialWeights::name)).containsExactly("measured", "gaussian", "rank-1",
                "rank-10", "rank-80", "rank-matched", "spectrum-matched", "shuffled");
        for (InitialWeights iw : set.all()) {
            assertThat(Matrices.frobenius(iw.matrix())).as(iw.name()).isCloseTo(G * Math.sqrt(80), within(1e-9));
            assertThat(iw.spectrum().frobeniusNorm()).as(iw.name()).isCloseTo(G * Math.sqrt(80), within(1e-9));
            Spectrum direct = Transform.spectrum(iw.matrix());
            assertThat(iw.spectrum().singularValues()).as(iw.name()).containsExactly(direct.singularValues(), within(1e-9));
            assertThat(iw.spectrum().participationRatio()).isCloseTo(direct.participationRatio(), within(1e-9));
            assertThat(iw.recipe()).containsKeys("kind", "N", "scaling", "scaling.target", "scaling.factor", "seed",
                    "source.files", "source.format", "source.orientation", "source.unit", "source.step.1");
            assertThat(iw.recipe().get("seed")).isEqualTo(Long.toString(iw.seed()));
            assertThat(iw.recipe().get("source.step.1")).isEqualTo("transposed (6400): file rows are presynaptic");
        }
        assertThat(set.studied().seed()).isEqualTo(7);
        assertThat(set.baselines().stream().map(InitialWeights::seed).distinct().count())
                .as("one seed per baseline kind; the truncated ranks share theirs").isEqualTo(5);
        assertThat(set.source()).isSameAs(connectome);
    }

    @Test
    void sameSpecGivesIdenticalInitsAndAnotherSeedOtherBaselines() {
        TransformSpec spec = TransformSpec.builder().baselines(ALL).ranks(List.of(3)).seed(5L).build();
        InitSet a = TestTransform.STAGE.build(source, spec);
        InitSet b = TestTransform.STAGE.build(source, spec);
        InitSet c = TestTransform.STAGE.build(source, TransformSpec.builder().baselines(ALL).ranks(List.of(3)).seed(6L).build());
        for (int k = 0; k < a.all().size(); k++) {
            assertThat(Arrays.deepEquals(a.all().get(k).matrix(), b.all().get(k).matrix())).isTrue();
            assertThat(a.all().get(k).recipe()).isEqualTo(b.all().get(k).recipe());
        }
        assertThat(Arrays.deepEquals(a.studied().matrix(), c.studied().matrix())).isTrue();
        for (int k = 0; k < a.baselines().size(); k++) {
            assertThat(Arrays.deepEquals(a.baselines().get(k).matrix(), c.baselines().get(k).matrix()))
                    .as(a.baselines().get(k).name()).isFalse();
        }
    }

    @Test
    void truncatedRanksShareOneDrawAndHaveExactRank() {
        InitSet set = TestTransform.STAGE.build(source, TransformSpec.builder().baselines(List.of(BaselineKind.TRUNCATED_RANK))
                .ranks(List.of(1, 10, 80)).seed(3L).build());
        InitialWeights r1 = set.baselines().get(0);
        InitialWeights r10 = set.baselines().get(1);
        InitialWeights full = set.baselines().get(2);
        assertThat(numericalRank(r1)).isEqualTo(1);
        assertThat(numericalRank(r10)).isEqualTo(10);
        assertThat(numericalRank(full)).isEqualTo(80);
        // rank-10 is the top-10 truncation of the full draw, up to the common scaling
        double[][] expected = LowRank.truncations(full.matrix(), List.of(10)).get(10);
        double ratio = Matrices.frobenius(r10.matrix()) / Matrices.frobenius(expected);
        for (int i = 0; i < 80; i++) {
            for (int j = 0; j < 80; j++) {
                assertThat(r10.matrix()[i][j]).isCloseTo(ratio * expected[i][j], within(1e-10));
            }
        }
        assertThat(r10.recipe()).containsEntry("rank", "10").containsEntry("shared-draw",
                "one Gaussian draw for ranks [1, 10, 80]");
        assertThat(r1.seed()).isEqualTo(full.seed());
    }

    @Test
    void rankMatchedUsesRoundedParticipationRatioOrErEig() {
        InitSet pr = TestTransform.STAGE.build(source, TransformSpec.builder().baselines(List.of(BaselineKind.RANK_MATCHED))
                .seed(2L).build());
        Spectrum studied = pr.studied().spectrum();
        int r = (int) Math.round(studied.participationRatio());
        assertThat(numericalRank(pr.baselines().get(0))).isEqualTo(r);
        assertThat(pr.baselines().get(0).recipe()).containsEntry("rank", Integer.toString(r));

        TransformSpec eigSpec = TransformSpec.builder().baselines(List.of(BaselineKind.RANK_MATCHED))
                .rankMatch(RankMatch.ER_EIG).seed(2L).build();
        InitSet er = TestTransform.STAGE.build(source, eigSpec);
        int re = (int) Math.round(studied.erEig() * 80);
        assertThat(re).isNotEqualTo(r);
        assertThat(numericalRank(er.baselines().get(0))).isEqualTo(re);
    }

    @Test
    void spectrumMatchedHasTheStudiedSingularValuesAndUnrelatedSingularVectors() {
        InitSet set = TestTransform.STAGE.build(source, TransformSpec.builder().baselines(List.of(BaselineKind.SPECTRUM_MATCHED))
                .seed(4L).build());
        InitialWeights studied = set.studied();
        InitialWeights matched = set.baselines().get(0);
        double[] s = Transform.spectrum(studied.matrix()).singularValues();
        double[] m = Transform.spectrum(matched.matrix()).singularValues();
        assertThat(m).containsExactly(s, within(1e-10));
        // overlaps of the top-5 left and right singular vectors: for independent Haar directions
        // |<u, u'>| ~ 1/sqrt(N) = 0.11; identical directions would give 1
        double[][] us = singularVectors(studied.matrix(), true);
        double[][] um = singularVectors(matched.matrix(), true);
        double[][] vs = singularVectors(studied.matrix(), false);
        double[][] vm = singularVectors(matched.matrix(), false);
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                assertThat(Math.abs(dot(us[a], um[b]))).isLessThan(0.45);
                assertThat(Math.abs(dot(vs[a], vm[b]))).isLessThan(0.45);
            }
        }
        // and the eigenvalues differ: the studied matrix's outlier eigenvalue is not reproduced
        assertThat(matched.spectrum().spectralRadius()).isNotCloseTo(studied.spectrum().spectralRadius(), within(0.1));
    }

    @Test
    void shuffledKeepsTheEntriesAndTheirCount() {
        double[][] studied = TestTransform.STAGE.build(source, TransformSpec.builder().baselines(List.of()).build())
                .studied().matrix();
        InitSet all = TestTransform.STAGE.build(source, TransformSpec.builder().baselines(List.of(BaselineKind.SHUFFLED))
                .build());
        double[][] shuffled = all.baselines().get(0).matrix();
        assertThat(sortedEntries(shuffled)).containsExactly(sortedEntries(studied), within(1e-12));
        assertThat(Arrays.deepEquals(shuffled, studied)).isFalse();

        TransformSpec withinSign = TransformSpec.builder().baselines(List.of(BaselineKind.SHUFFLED))
                .shuffle(Shuffle.WITHIN_SIGN).build();
        double[][] ws = TestTransform.STAGE.build(source, withinSign).baselines().get(0).matrix();
        assertThat(sortedEntries(ws)).containsExactly(sortedEntries(studied), within(1e-12));
        for (int i = 0; i < 80; i++) {
            for (int j = 0; j < 80; j++) {
                assertThat(Math.signum(ws[i][j])).isEqualTo(Math.signum(studied[i][j]));
            }
        }
    }

    @Test
    void otherScalingRulesApplyToEveryInit() {
        InitSet radius = TestTransform.STAGE.build(source, TransformSpec.builder().scaling(ScalingRule.SPECTRAL_RADIUS)
                .baselines(ALL).ranks(List.of(5)).build());
        for (InitialWeights iw : radius.all()) {
            assertThat(Transform.spectrum(iw.matrix()).spectralRadius()).as(iw.name()).isCloseTo(G, within(1e-9));
        }
        InitSet smax = TestTransform.STAGE.build(source, TransformSpec.builder().scaling(ScalingRule.MAX_SINGULAR_VALUE)
                .baselines(ALL).ranks(List.of(5)).build());
        for (InitialWeights iw : smax.all()) {
            assertThat(Transform.spectrum(iw.matrix()).maxSingularValue()).as(iw.name()).isCloseTo(2 * G, within(1e-9));
        }
    }

    /**
     * The C. elegans edge list shipped with the examples (Cook et al. 2019, 448 cells) at N 300, no selection given:
     * the 300 best-connected neurons, in file order, the rule said in the recipe, the provenance and one line.
     */
    @Test
    void byDefaultALargerConnectomeKeepsItsBestConnectedNeurons() {
        Ingested.Matrix file = (Ingested.Matrix) TestTransform.READERS.read(Path.of("../examples/data/celegans-c302/herm_full_edgelist.csv"),
                IngestOptions.defaults());
        Connectome full = file.connectome();
        assertThat(full.size()).isEqualTo(448);
        InitSet set = TestTransform.STAGE.build(file, TransformSpec.builder().neurons(300).baselines(List.of()).build());

        assertThat(set.selection().rule()).isEqualTo(SelectionRule.TOP_DEGREE);
        assertThat(set.selection().line()).isEqualTo("selected 300 of 448 neurons by top-degree (the default when the"
                + " source holds more than transform.neurons: the most connections in and out); transform.selection:"
                + " first keeps file order");
        List<String> kept = set.source().neurons().stream().map(n -> n.id()).toList();
        Set<String> keptIds = Set.copyOf(kept);
        List<String> ids = full.neurons().stream().map(n -> n.id()).toList();
        int[] in = full.inDegrees();
        int[] out = full.outDegrees();
        int leastKept = IntStream.range(0, 448).filter(i -> keptIds.contains(ids.get(i))).map(i -> in[i] + out[i]).min()
                .orElseThrow();
        int mostDropped = IntStream.range(0, 448).filter(i -> !keptIds.contains(ids.get(i))).map(i -> in[i] + out[i])
                .max().orElseThrow();
        assertThat(kept).hasSize(300).isEqualTo(ids.stream().filter(keptIds::contains).toList());
        assertThat(leastKept).isGreaterThanOrEqualTo(mostDropped);
        assertThat(kept).isNotEqualTo(ids.subList(0, 300));
        assertThat(set.studied().recipe().get("selection")).startsWith("top-degree, the default: the 300 of 448 neurons")
                .contains("lowest kept degree 17;");
        assertThat(mostDropped).isEqualTo(17);
        assertThat(set.studied().recipe().get("selection.ids")).isEqualTo(kept.stream().collect(Collectors.joining(",")));
        assertThat(set.source().provenance().steps()).last()
                .satisfies(s -> assertThat(s.action()).isEqualTo("selected neurons (top-degree, the default)"));
    }

    @Test
    void selectionIsRecordedInTheRecipeAndTheSource() {
        InitSet set = TestTransform.STAGE.build(source, TransformSpec.builder().neurons(30).selection(SelectionRule.RANDOM)
                .baselines(List.of(BaselineKind.GAUSSIAN)).seed(8L).build());
        assertThat(set.studied().size()).isEqualTo(30);
        assertThat(set.baselines().get(0).size()).isEqualTo(30);
        assertThat(set.source().size()).isEqualTo(30);
        String ids = set.studied().recipe().get("selection.ids");
        assertThat(ids.split(",")).hasSize(30);
        List<String> kept = set.source().neurons().stream().map(n -> n.id()).toList();
        assertThat(String.join(",", kept)).isEqualTo(ids);
        assertThat(set.studied().recipe().get("selection")).startsWith("random: 30 of 80").contains("seed");
        assertThat(set.source().provenance().steps()).last()
                .satisfies(s -> assertThat(s.action()).isEqualTo("selected neurons (random)"));
        assertThat(set.studied().recipe()).containsKey("source.step.2");
        // the kept submatrix is the source's, scaled
        int a = Integer.parseInt(kept.get(3).substring(1));
        int b = Integer.parseInt(kept.get(7).substring(1));
        double factor = Double.parseDouble(set.studied().recipe().get("scaling.factor"));
        assertThat(set.studied().matrix()[3][7]).isCloseTo(factor * connectome.weight(a, b), within(1e-12));
    }

    @Test
    void cellTypeTableIsSampledAndNamedCelltype() {
        InitSet set = TestTransform.STAGE.build(new Ingested.Table(TestTables.mouseV1L23()),
                TransformSpec.builder().signs(Signs.DALE).baselines(List.of(BaselineKind.GAUSSIAN)).seed(3L).build());
        assertThat(set.studied().name()).isEqualTo("celltype");
        assertThat(set.studied().size()).isEqualTo(300);
        Map<String, String> recipe = set.studied().recipe();
        assertThat(recipe).containsKeys("sampling", "sampling.seed");
        assertThat(recipe.get("signs.changed")).isEqualTo("0");
        assertThat(recipe.get("source.files")).isEqualTo("test:mouseV1L23");
        assertThat(recipe.values()).anyMatch(v -> v.startsWith("assigned neurons to 4 classes (300)"));
        // sampling draws exactly N: nothing is selected
        assertThat(set.selection()).isEqualTo(new InitSet.Selection(SelectionRule.ALL, "sampled 300 neurons from the cell-type table;"
                + " selected all 300 of 300 neurons (the default when transform.neurons is unset or not below the"
                + " source's size)"));
        // the sampled table has one large E->E outlier eigenvalue: a low effective rank
        assertThat(set.studied().spectrum().erEig()).isLessThan(set.baselines().get(0).spectrum().erEig());
    }

    @Test
    void randomSweepStudiesOneGaussianDrawAndItsTruncations() {
        InitSet set = TestTransform.STAGE.randomSweep(60, TransformSpec.builder().ranks(List.of(1, 6, 60)).seed(2L).build());
        assertThat(set.studied().name()).isEqualTo("gaussian");
        assertThat(set.baselines().stream().map(InitialWeights::name)).containsExactly("rank-1", "rank-6", "rank-60");
        double[][] g = set.studied().matrix();
        double[][] full = set.baselines().get(2).matrix();
        for (int i = 0; i < 60; i++) {
            assertThat(full[i]).containsExactly(g[i], within(1e-10));
        }
        assertThat(set.source().provenance().format()).isEqualTo("synthetic-gaussian");
        assertThat(set.studied().recipe().get("source.files")).isEqualTo("(none)");
        assertThat(set.studied().recipe().get("source.step.1")).contains("Figure 1");
        assertThat(Matrices.frobenius(g)).isCloseTo(G * Math.sqrt(60), within(1e-9));
        assertThat(set.baselines().get(0).seed()).isEqualTo(set.studied().seed());
        assertThat(set.selection()).isEqualTo(new InitSet.Selection(SelectionRule.ALL, "drew 60 neurons (the random rank sweep);"
                + " nothing to select"));
    }

    @Test
    void randomSweepWithoutRanksIsTheDrawAlone() {
        InitSet set = TestTransform.STAGE.randomSweep(30, TransformSpec.builder().ranks(List.of()).seed(2L).build());
        InitSet swept = TestTransform.STAGE.randomSweep(30, TransformSpec.builder().ranks(List.of(3)).seed(2L).build());
        assertThat(set.all()).extracting(InitialWeights::name).containsExactly("gaussian");
        assertThat(Arrays.deepEquals(set.studied().matrix(), swept.studied().matrix())).isTrue();
        assertThat(set.studied().recipe()).doesNotContainKey("shared-draw");
    }

    @Test
    void badSpecsAreTypedErrors() {
        assertThatThrownBy(() -> TestTransform.STAGE.build(source, TransformSpec.builder()
                .baselines(List.of(BaselineKind.GAUSSIAN, BaselineKind.GAUSSIAN)).build()))
                .isInstanceOf(TransformException.class)
                .hasMessageContaining("made twice");
        assertThatThrownBy(() -> TestTransform.STAGE.build(source, TransformSpec.builder()
                .baselines(List.of(BaselineKind.TRUNCATED_RANK)).ranks(List.of(0)).build()))
                .isInstanceOf(TransformException.class)
                .hasMessageContaining("1 <= r <= N = 80");
        assertThatThrownBy(() -> TestTransform.STAGE.build(source, TransformSpec.builder().neurons(200).build()))
                .isInstanceOf(TransformException.class).hasMessageContaining("1 <= N <= 80");
    }

    private static int numericalRank(InitialWeights iw) {
        double[] s = Transform.spectrum(iw.matrix()).singularValues();
        int r = 0;
        for (double v : s) {
            if (v > 1e-8 * s[0]) {
                r++;
            }
        }
        return r;
    }

    private static double[] sortedEntries(double[][] m) {
        return Arrays.stream(m).flatMapToDouble(Arrays::stream).sorted().toArray();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Singular vectors (left or right) as rows, by descending singular value. */
    private static double[][] singularVectors(double[][] w, boolean left) {
        int n = w.length;
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, true, true, false);
        svd.decompose(new DMatrixRMaj(w));
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj s = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, s, v, false);
        DMatrixRMaj x = left ? u : v;
        double[][] out = new double[n][n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                out[k][i] = x.get(i, k);
            }
        }
        return out;
    }
}
