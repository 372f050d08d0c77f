package org.richlazy.transform;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.richlazy.transform.baseline.BaselineModule;
import org.richlazy.transform.baseline.Baselines;

/** The transform stage with the baselines its {@link BaselineModule} binds, as the command line has it. */
final class TestTransform {
    private static final Injector INJECTOR = Guice.createInjector(new BaselineModule());
    static final Baselines BASELINES = INJECTOR.getInstance(Baselines.class);
    static final Transform STAGE = INJECTOR.getInstance(Transform.class);

    private TestTransform() {
    }
}
