package org.richlazy.train.model;

import java.util.List;
import java.util.Locale;
import org.richlazy.train.TrainException;

/**
 * The connectome's own constraints on the recurrent weights during training, kept by a projection after every
 * optimiser step (the projected-gradient method; the optimiser's state is not touched):
 * <ul>
 *   <li>{@code dale}: Dale's law. A presynaptic neuron j whose column of {@code W_h(0)} is single-signed (its
 *       nonzero entries all of sign s_j) keeps that sign: every entry of the column is projected onto
 *       {@code s_j w >= 0}, i.e. set to 0 when training would flip it. A column with both signs (an init that
 *       is not Dale-signed, e.g. the Gaussian baseline) keeps each synapse's own sign instead, its zero entries
 *       free; an all-zero column is free.</li>
 *   <li>{@code mask}: only synapses present in {@code W_h(0)} change; entries that are 0 in it stay 0. For an
 *       entrywise optimiser (SGD with momentum, Adam) this is the same as masking the gradient: no entry's
 *       update depends on another's.</li>
 * </ul>
 * Each init is constrained by its own matrix (a baseline by its own signs and mask).
 */
public final class WeightConstraints {
    /** The constraint words of {@code training.constraints}. */
    public static final List<String> NAMES = List.of("dale", "mask");

    private static final byte FREE = 0;
    private static final byte NON_NEGATIVE = 1;
    private static final byte NON_POSITIVE = 2;
    private static final byte ZERO = 3;

    private final int n;
    private final byte[] rule;
    private final String description;

    private WeightConstraints(int n, byte[] rule, String description) {
        this.n = n;
        this.rule = rule;
        this.description = description;
    }

    /**
     * The constraints {@code names} (a subset of {@link #NAMES}) for a run starting from {@code w0}
     * ({@code [post][pre]}, row-major {@code N x N}).
     *
     * @throws TrainException for an unknown name
     */
    public static WeightConstraints of(List<String> names, double[] w0, int n) {
        for (String name : names) {
            if (!NAMES.contains(name)) {
                throw new TrainException("constraints", "unknown constraint '" + name + "'; expected one of "
                        + String.join(", ", NAMES));
            }
        }
        byte[] rule = new byte[n * n];
        StringBuilder d = new StringBuilder();
        if (names.contains("dale")) {
            int single = 0;
            int mixed = 0;
            for (int j = 0; j < n; j++) {
                boolean pos = false;
                boolean neg = false;
                for (int i = 0; i < n; i++) {
                    pos |= w0[i * n + j] > 0;
                    neg |= w0[i * n + j] < 0;
                }
                if (pos && neg) {
                    mixed++;
                }
                if (pos || neg) {
                    single += pos && neg ? 0 : 1;
                }
                for (int i = 0; i < n; i++) {
                    double w = w0[i * n + j];
                    boolean keepPositive = pos && neg ? w > 0 : pos;
                    boolean keepNegative = pos && neg ? w < 0 : neg;
                    rule[i * n + j] = keepPositive ? NON_NEGATIVE : keepNegative ? NON_POSITIVE : FREE;
                }
            }
            d.append(String.format(Locale.ROOT, "dale: %d of %d presynaptic neurons single-signed keep their sign",
                    single, n));
            if (mixed > 0) {
                d.append(String.format(Locale.ROOT, ", %d with both signs keep each synapse's sign", mixed));
            }
        }
        if (names.contains("mask")) {
            int present = 0;
            for (int k = 0; k < n * n; k++) {
                if (w0[k] == 0) {
                    rule[k] = ZERO;
                } else {
                    present++;
                }
            }
            d.append(d.length() > 0 ? "; " : "").append(String.format(Locale.ROOT,
                    "mask: the %d synapses present change (%.1f %% of entries), the others stay 0", present,
                    100.0 * present / ((double) n * n)));
        }
        return new WeightConstraints(n, rule, d.length() == 0 ? "none" : d.toString());
    }

    /** What is constrained, in words (recorded with the run). */
    public String description() {
        return description;
    }

    /** Projects {@code wH} ({@code N x N} row-major) onto the constraints, in place. */
    public void apply(double[] wH) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                wH[k] = project(rule[k], wH[k]);
            }
        }
    }

    /** The same for a float32 {@code wH} with row stride {@code stride}. */
    public void apply(float[] wH, int stride) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * stride + j;
                wH[k] = (float) project(rule[i * n + j], wH[k]);
            }
        }
    }

    /**
     * The same for the float32 values of a sparse matrix: {@code values[k]} is the entry at row-major index
     * {@code entries[k]} ({@code i N + j}) of the N x N matrix.
     */
    public void applyAt(float[] values, int[] entries) {
        for (int k = 0; k < values.length; k++) {
            values[k] = (float) project(rule[entries[k]], values[k]);
        }
    }

    private static double project(byte rule, double w) {
        return switch (rule) {
            case NON_NEGATIVE -> w < 0 ? 0 : w;
            case NON_POSITIVE -> w > 0 ? 0 : w;
            case ZERO -> 0;
            default -> w;
        };
    }
}
