package org.richlazy.transform.baseline;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.richlazy.transform.BaselineKind;

/**
 * The transform stage's bindings: the baseline of each {@link BaselineKind}, one binding each
 * (docs/extending.md#a-baseline). {@link Baselines} refuses a kind left unbound or bound to a baseline of another
 * kind when the injector is made.
 */
public final class BaselineModule extends AbstractModule {
    @Override
    protected void configure() {
        MapBinder<BaselineKind, Baseline> baselines = MapBinder.newMapBinder(binder(), BaselineKind.class,
                Baseline.class);
        baselines.addBinding(BaselineKind.GAUSSIAN).to(GaussianBaseline.class);
        baselines.addBinding(BaselineKind.TRUNCATED_RANK).to(TruncatedRankBaseline.class);
        baselines.addBinding(BaselineKind.RANK_MATCHED).to(RankMatchedBaseline.class);
        baselines.addBinding(BaselineKind.SPECTRUM_MATCHED).to(SpectrumMatchedBaseline.class);
        baselines.addBinding(BaselineKind.DENSITY_MATCHED).to(DensityMatchedBaseline.class);
        baselines.addBinding(BaselineKind.SHUFFLED).to(ShuffledBaseline.class);
        baselines.addBinding(BaselineKind.SAME_MASK).toInstance(new SameMaskBaseline(false));
        baselines.addBinding(BaselineKind.SAME_MASK_PERMUTED).toInstance(new SameMaskBaseline(true));
        baselines.addBinding(BaselineKind.SIGN_PRESERVING).to(SignPreservingBaseline.class);
        baselines.addBinding(BaselineKind.DEGREE_PRESERVING).to(DegreePreservingBaseline.class);
        baselines.addBinding(BaselineKind.CELLTYPE_BLOCK).to(CellTypeBlockBaseline.class);
    }
}
