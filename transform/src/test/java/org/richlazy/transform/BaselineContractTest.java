package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.richlazy.ingest.Connectome;
import org.richlazy.transform.baseline.Baseline;
import org.richlazy.transform.matrix.Matrices;

/** One suite run against every baseline kind. */
class BaselineContractTest {
    private static final int N = 40;
    private final Connectome source = TestConnectomes.signedSparse(N, 9);
    private final double[][] w = source.weightsCopy();
    private final Baseline.Studied studied = new Baseline.Studied("measured", w, Transform.spectrum(w), source.neurons());
    private final TransformSpec spec = TransformSpec.builder().ranks(List.of(1, 5, N)).build();

    @ParameterizedTest
    @EnumSource(BaselineKind.class)
    void draftsAreSquareFiniteSeededAndDescribed(BaselineKind kind) {
        Baseline b = TestTransform.BASELINES.of(kind);
        assertThat(b.kind()).isEqualTo(kind.word());
        List<Baseline.Draft> first = b.drafts(studied, spec, 42);
        List<Baseline.Draft> again = b.drafts(studied, spec, 42);
        List<Baseline.Draft> other = b.drafts(studied, spec, 43);
        assertThat(first).as("one draft, one per rank for truncated-rank").isNotEmpty()
                .hasSize(kind == BaselineKind.TRUNCATED_RANK ? spec.ranks().size() : 1);
        for (int k = 0; k < first.size(); k++) {
            Baseline.Draft d = first.get(k);
            assertThat(Matrices.requireSquareFinite(d.name(), d.matrix().toDense())).isEqualTo(N);
            assertThat(d.recipe()).containsEntry("kind", kind.word()).containsKey("baseline");
            assertThat(Arrays.deepEquals(d.matrix().toDense(), again.get(k).matrix().toDense())).as("same seed, same draft").isTrue();
            assertThat(Arrays.deepEquals(d.matrix().toDense(), other.get(k).matrix().toDense())).as("other seed, other draft").isFalse();
            assertThat(Arrays.deepEquals(d.matrix().toDense(), w)).as("not the studied matrix").isFalse();
        }
    }
}
