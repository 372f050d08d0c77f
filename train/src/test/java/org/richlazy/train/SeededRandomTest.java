package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SeededRandomTest {
    /**
     * A fresh copy of the class, initialised on a thread whose context class loader does not delegate to
     * the system loader (as under Spark's child-first loader), draws the same numbers as this one.
     */
    @Test
    void findsItsAlgorithmUnderAContextLoaderThatDoesNotDelegateToTheSystemLoader() throws Exception {
        URL classes = SeededRandom.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
             URLClassLoader context = new URLClassLoader(new URL[0], null)) {
            Thread.currentThread().setContextClassLoader(context);
            Class<?> copy = Class.forName(SeededRandom.class.getName(), true, isolated);
            assertThat(copy).isNotSameAs(SeededRandom.class);
            RandomGenerator drawn = (RandomGenerator) copy.getMethod("create", long.class).invoke(null, 7L);
            assertThat(drawn.nextLong()).isEqualTo(SeededRandom.create(7).nextLong());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
