package org.richlazy.ingest;

import java.util.Objects;

/**
 * One cell class of a {@link CellTypeTable}.
 *
 * @param name       class name, e.g. {@code "PV"} or {@code "L2/3_Exc"}
 * @param proportion fraction of the population in this class, in [0, 1]
 * @param sign       sign of the class's outgoing synapses
 */
public record CellClass(String name, double proportion, CellSign sign) {
    public CellClass {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sign, "sign");
        if (!(proportion >= 0 && proportion <= 1)) {
            throw new IllegalArgumentException("proportion of " + name + " is " + proportion + ", not in [0, 1]");
        }
    }
}
