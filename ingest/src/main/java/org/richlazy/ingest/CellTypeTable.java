package org.richlazy.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Connectivity between cell classes, as synaptic-physiology and EM studies publish it.
 *
 * <p>All matrices are indexed {@code [post][pre]} over {@link #classes()}, like
 * {@link Connectome}: {@code probability[i][j]} is the probability that a neuron of class j
 * connects onto a neuron of class i. Published tables are usually the other way (row =
 * presynaptic); their readers transpose.
 *
 * @param classes       the classes with proportions and signs (proportions sum to 1)
 * @param probability   connection probability {@code [post][pre]}, each in [0, 1]
 * @param meanStrength  mean synaptic strength {@code [post][pre]}, non-negative (sign comes from the class)
 * @param logNormal     optional log-normal fit of strength per class pair (shape sigma and scale
 *                      e^mu as scipy's {@code lognorm}); a {@code NaN} entry means no fit for that pair
 * @param strengthUnit  unit of strength, e.g. {@code "mV"}
 * @param notes         substitutions or caveats the table carries (e.g. a pair filled from a broader class)
 * @param provenance    where the table came from
 */
public record CellTypeTable(List<CellClass> classes, double[][] probability, double[][] meanStrength,
                            Optional<LogNormalFit> logNormal, String strengthUnit, List<String> notes,
                            Provenance provenance) {

    /**
     * Log-normal strength fits, {@code [post][pre]}: strength ~ scale * exp(shape * Z), Z ~ N(0,1).
     *
     * @param shape sigma of the underlying normal
     * @param scale e^mu, the median strength
     */
    public record LogNormalFit(double[][] shape, double[][] scale) {
    }

    public CellTypeTable {
        classes = List.copyOf(classes);
        notes = List.copyOf(notes);
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(meanStrength, "meanStrength");
        Objects.requireNonNull(logNormal, "logNormal");
        Objects.requireNonNull(strengthUnit, "strengthUnit");
        Objects.requireNonNull(provenance, "provenance");
        int k = classes.size();
        requireSquare("probability", probability, k);
        requireSquare("meanStrength", meanStrength, k);
        logNormal.ifPresent(f -> {
            requireSquare("logNormal.shape", f.shape(), k);
            requireSquare("logNormal.scale", f.scale(), k);
        });
    }

    private static void requireSquare(String what, double[][] m, int k) {
        if (m.length != k) {
            throw new IllegalArgumentException(what + " has " + m.length + " rows for " + k + " classes");
        }
        for (double[] row : m) {
            if (row.length != k) {
                throw new IllegalArgumentException(what + " has a row of " + row.length + " for " + k + " classes");
            }
        }
    }

    /** Probability that a neuron of class {@code pre} connects onto one of class {@code post}. */
    public double probability(int post, int pre) {
        return probability[post][pre];
    }

    /** Mean strength of a connection from class {@code pre} onto class {@code post}. */
    public double meanStrength(int post, int pre) {
        return meanStrength[post][pre];
    }
}
