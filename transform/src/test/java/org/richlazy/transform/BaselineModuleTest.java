package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.multibindings.MapBinder;
import org.junit.jupiter.api.Test;
import org.richlazy.transform.baseline.Baseline;
import org.richlazy.transform.baseline.Baselines;

class BaselineModuleTest {
    @Test
    void bindsOneBaselineOfItsOwnKindForEveryKind() {
        assertThat(TestTransform.BASELINES.kinds()).containsExactly(BaselineKind.values());
        for (BaselineKind kind : BaselineKind.values()) {
            assertThat(TestTransform.BASELINES.of(kind).kind()).isEqualTo(kind.word());
        }
    }

    @Test
    void anUnknownWordIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> ConfigWord.of(BaselineKind.class, "gaussain"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown BaselineKind 'gaussain'; known: gaussian, truncated-rank, rank-matched, "
                        + "spectrum-matched, density-matched, shuffled, same-mask, same-mask-permuted, sign-preserving, "
                        + "degree-preserving, celltype-block");
    }

    @Test
    void aKindLeftUnboundStopsTheInjectorWithOneLine() {
        AbstractModule gaussianOnly = new AbstractModule() {
            @Override
            protected void configure() {
                MapBinder.newMapBinder(binder(), BaselineKind.class, Baseline.class)
                        .addBinding(BaselineKind.GAUSSIAN).toInstance(TestTransform.BASELINES.of(BaselineKind.GAUSSIAN));
            }
        };
        assertThatThrownBy(() -> Guice.createInjector(gaussianOnly).getInstance(Baselines.class))
                .hasMessageContaining("baseline kind 'truncated-rank' is bound to nothing; expected one binding of "
                        + "its own in BaselineModule");
    }
}
