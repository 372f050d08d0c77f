package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.Ingested;
import org.richlazy.transform.matrix.Matrices;

/** The studied matrix's truncation to its best rank-r approximation ({@code transform.truncate}). */
class StudiedTruncationTest {
    private static final double G = 1.25;
    /** Singular values 3, 2, 1 with the standard basis as singular vectors: ||D||_F^2 = 14. */
    private static final double[][] D = {{3, 0, 0}, {0, 2, 0}, {0, 0, 1}};

    private static InitSet build(double[][] w, TransformSpec spec) {
        return TestTransform.STAGE.build(new Ingested.Matrix(TestConnectomes.of(w)), spec);
    }

    private static InitSet truncated(double[][] w, int r) {
        return build(w, TransformSpec.builder().truncate(r).baselines(List.of()).build());
    }

    /** {@code expected} times the recorded scaling factor, entry by entry. */
    private static void assertScaledCopyOf(InitialWeights iw, double[][] expected) {
        double factor = Double.parseDouble(iw.recipe().get("scaling.factor"));
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertThat(iw.matrix()[i][j]).as("[%d][%d]", i, j).isCloseTo(factor * expected[i][j], within(1e-12));
            }
        }
    }

    @Test
    void diagonalKeepsItsLargestEntries() {
        InitialWeights r1 = truncated(D, 1).studied();
        assertThat(r1.name()).isEqualTo("measured-rank-1");
        assertScaledCopyOf(r1, new double[][] {{3, 0, 0}, {0, 0, 0}, {0, 0, 0}});
        assertThat(Double.parseDouble(r1.recipe().get("truncate.kept-fraction"))).isCloseTo(9.0 / 14, within(1e-15));
        assertThat(r1.recipe().get("scaling.before")).isEqualTo("3.0");

        InitialWeights r2 = truncated(D, 2).studied();
        assertThat(r2.name()).isEqualTo("measured-rank-2");
        assertScaledCopyOf(r2, new double[][] {{3, 0, 0}, {0, 2, 0}, {0, 0, 0}});
        assertThat(Double.parseDouble(r2.recipe().get("truncate.kept-fraction"))).isCloseTo(13.0 / 14, within(1e-15));
        assertThat(r2.recipe()).containsEntry("truncate.rank", "2").containsEntry("kind", "measured");
        assertThat(r2.recipe().get("truncate")).startsWith("best rank-2 approximation");
        // recorded after the sign rule, before the scaling
        List<String> keys = List.copyOf(r2.recipe().keySet());
        assertThat(keys.indexOf("row-balance")).isLessThan(keys.indexOf("truncate"));
        assertThat(keys.indexOf("truncate.kept-fraction")).isLessThan(keys.indexOf("scaling"));
    }

    @Test
    void aRankOneOuterProductStaysItself() {
        double[] u = {1, -2, 0.5, 3};
        double[] v = {0.25, 1, -1, 2};
        double[][] w = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                w[i][j] = u[i] * v[j];
            }
        }
        InitialWeights r1 = truncated(w, 1).studied();
        assertScaledCopyOf(r1, w);
        assertThat(Double.parseDouble(r1.recipe().get("truncate.kept-fraction"))).isCloseTo(1, within(1e-12));
        // and full rank keeps every matrix as it is
        assertScaledCopyOf(truncated(D, 3).studied(), D);
    }

    @Test
    void theScaledTruncationHasTheTarget() {
        for (InitialWeights iw : truncated(D, 2).all()) {
            assertThat(Matrices.frobenius(iw.matrix())).isCloseTo(G * Math.sqrt(3), within(1e-12));
        }
        InitialWeights radius = build(D, TransformSpec.builder().truncate(2).scaling(ScalingRule.SPECTRAL_RADIUS)
                .baselines(List.of()).build()).studied();
        assertThat(Transform.spectrum(radius.matrix()).spectralRadius()).isCloseTo(G, within(1e-12));
        assertScaledCopyOf(radius, new double[][] {{3, 0, 0}, {0, 2, 0}, {0, 0, 0}});
    }

    @Test
    void baselinesMatchTheTruncatedMatrixAtTheSameNorm() {
        double[][] w = TestConnectomes.signedSparse(40, 3).weightsCopy();
        InitSet set = build(w, TransformSpec.builder().truncate(2)
                .baselines(List.of(BaselineKind.TRUNCATED_RANK, BaselineKind.SPECTRUM_MATCHED, BaselineKind.GAUSSIAN))
                .ranks(List.of(2)).build());
        assertThat(set.all().stream().map(InitialWeights::name))
                .containsExactly("measured-rank-2", "rank-2", "spectrum-matched", "gaussian");
        double[] studied = set.studied().spectrum().singularValues();
        assertThat(studied[2]).isLessThan(1e-10 * studied[0]);
        double[] matched = Transform.spectrum(set.baselines().get(1).matrix()).singularValues();
        assertThat(matched).containsExactly(studied, within(1e-9));
        for (InitialWeights iw : set.all()) {
            assertThat(iw.spectrum().frobeniusNorm()).as(iw.name()).isCloseTo(G * Math.sqrt(40), within(1e-9));
        }
        assertThat(set.baselines().get(0).recipe()).containsEntry("matched-to", "measured-rank-2");
    }

    @Test
    void aCellTypeTableIsTruncatedAfterSampling() {
        InitSet set = TestTransform.STAGE.build(new Ingested.Table(TestTables.mouseV1L23()),
                TransformSpec.builder().neurons(40).signs(Signs.DALE).truncate(3).baselines(List.of()).build());
        assertThat(set.studied().name()).isEqualTo("celltype-rank-3");
        assertThat(set.studied().recipe().keySet()).containsSubsequence("sampling", "signs", "truncate", "scaling");
    }

    @Test
    void ranksOutsideOneToNAndTheRandomSweepAreRefused() {
        assertThatThrownBy(() -> truncated(D, 0)).isInstanceOf(TransformException.class)
                .hasMessage("TransformSpec.truncate: rank 0 is outside [1, 3]; expected 1 <= rank <= N = 3");
        assertThatThrownBy(() -> truncated(D, 4)).isInstanceOf(TransformException.class)
                .hasMessageContaining("rank 4 is outside [1, 3]");
        assertThatThrownBy(() -> TestTransform.STAGE.randomSweep(10, TransformSpec.builder().truncate(2).ranks(List.of(1))
                .build()))
                .isInstanceOf(TransformException.class).hasMessageStartingWith("TransformSpec.truncate: = 2");
    }
}
