package org.richlazy.train;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The one random generator algorithm of this module, L64X128MixRandom, always seeded explicitly.
 * A run derives independent streams for its initial weights, probe set and training batches by
 * {@link RandomGenerator.SplittableGenerator#split() splitting} the generator of its seed.
 */
public final class SeededRandom {
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of("L64X128MixRandom");

    private SeededRandom() {
    }

    /** A new L64X128MixRandom generator seeded with {@code seed}. */
    public static RandomGenerator.SplittableGenerator create(long seed) {
        return (RandomGenerator.SplittableGenerator) FACTORY.create(seed);
    }
}
