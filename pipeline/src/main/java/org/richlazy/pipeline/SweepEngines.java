package org.richlazy.pipeline;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** Finds a {@link SweepEngine} by name among those on the classpath ({@link ServiceLoader}). */
public final class SweepEngines {
    /** Engines that live in an optional module, and how to get them. */
    private static final Map<String, String> OPTIONAL = Map.of("spark",
            "it is in the optional richlazy-spark module: run through ./richlazy, which builds it and adds Spark "
                    + "when --engine spark is given, or submit spark/target/richlazy-spark.jar with spark-submit "
                    + "(see docs/spark.md)");

    private SweepEngines() {
    }

    /**
     * The engine called {@code name}, on the cluster {@code master} when that is not null.
     *
     * @throws IllegalArgumentException when no engine of that name is on the classpath (the message says
     *                                  how to get it), or the engine refuses the master
     */
    public static SweepEngine named(String name, String master) {
        TreeSet<String> found = new TreeSet<>();
        for (SweepEngine engine : ServiceLoader.load(SweepEngine.class)) {
            if (engine.name().equals(name)) {
                return master == null ? engine : engine.on(master);
            }
            found.add(engine.name());
        }
        String how = OPTIONAL.get(name);
        if (how != null) {
            throw new IllegalArgumentException("engine '" + name + "' is not on the classpath; " + how);
        }
        throw new IllegalArgumentException("unknown engine '" + name + "'; engines on the classpath: "
                + String.join(", ", found));
    }
}
