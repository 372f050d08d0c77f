package org.richlazy.pipeline;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The pipeline as the command line wires it ({@link RichlazyModule}), for the tests that need a part of it. */
public final class TestRoot {
    private static final Injector INJECTOR = Guice.createInjector(new RichlazyModule());

    private TestRoot() {
    }

    /** The instance of {@code type} the composition root makes. */
    public static <T> T get(Class<T> type) {
        return INJECTOR.getInstance(type);
    }
}
