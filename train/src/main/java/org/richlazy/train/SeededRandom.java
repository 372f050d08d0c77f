package org.richlazy.train;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The one random generator algorithm of this module, L64X128MixRandom, always seeded explicitly.
 * A run derives independent streams for its initial weights, probe set and training batches by
 * {@link RandomGenerator.SplittableGenerator#split() splitting} the generator of its seed.
 */
public final class SeededRandom {
    private static final String ALGORITHM = "L64X128MixRandom";
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = factory();

    private SeededRandom() {
    }

    /** A new L64X128MixRandom generator seeded with {@code seed}. */
    public static RandomGenerator.SplittableGenerator create(long seed) {
        return (RandomGenerator.SplittableGenerator) FACTORY.create(seed);
    }

    /**
     * The algorithm's factory, looked up through the system class loader: JDK 17 finds the algorithms
     * (module {@code jdk.random}) with a ServiceLoader on the calling thread's context class loader, and a
     * loader that does not delegate to the system one (Spark's child-first loader under
     * {@code spark.driver.userClassPathFirst}) finds none.
     */
    private static RandomGeneratorFactory<RandomGenerator> factory() {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            return RandomGeneratorFactory.of(ALGORITHM);
        } finally {
            thread.setContextClassLoader(context);
        }
    }
}
