package org.richlazy.transform;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.richlazy.ingest.ReaderModule;
import org.richlazy.ingest.Readers;
import org.richlazy.transform.baseline.BaselineModule;
import org.richlazy.transform.baseline.Baselines;

/**
 * The transform stage with the baselines its {@link BaselineModule} binds, and the readers ({@link ReaderModule}) that
 * feed it, as the command line has them.
 */
final class TestTransform {
    private static final Injector INJECTOR = Guice.createInjector(new BaselineModule(), new ReaderModule());
    static final Baselines BASELINES = INJECTOR.getInstance(Baselines.class);
    static final Transform STAGE = INJECTOR.getInstance(Transform.class);
    static final Readers READERS = INJECTOR.getInstance(Readers.class);

    private TestTransform() {
    }
}
