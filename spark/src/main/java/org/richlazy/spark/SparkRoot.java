package org.richlazy.spark;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.richlazy.pipeline.RichlazyModule;

/**
 * The composition root of a Spark JVM, driver or executor: made once per JVM from the {@link RichlazyModule} the
 * command line uses (docs/architecture.md#the-composition-root), so an executor trains with the same registries.
 * An engine and its serialised tasks are made outside any injector (ServiceLoader, Java serialisation), hence this.
 */
final class SparkRoot {
    private static final Injector INJECTOR = Guice.createInjector(new RichlazyModule());

    private SparkRoot() {
    }

    /** The instance of {@code type} the composition root makes. */
    static <T> T get(Class<T> type) {
        return INJECTOR.getInstance(type);
    }
}
