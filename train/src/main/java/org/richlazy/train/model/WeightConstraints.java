package org.richlazy.train.model;

import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
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
        return of(names, n, n * n, k -> k % n, k -> w0[k]);
    }

    /**
     * The same for a matrix held on its synapses ({@code training.weights sparse}, docs/science.md#connectome-scale):
     * synapse k of W_h(0) has presynaptic neuron {@code pre[k]} and weight {@code w0[k]}; the rules are per synapse
     * and {@link #apply(float[])} projects the synapses' values. Every other entry is 0 and stays 0 anyway, so
     * {@code mask} adds nothing to the projection but is described as for dense weights.
     *
     * @throws TrainException for an unknown name
     */
    public static WeightConstraints onSynapses(List<String> names, int n, int[] pre, float[] w0) {
        return of(names, n, pre.length, k -> pre[k], k -> w0[k]);
    }

    /**
     * The rules of {@code entries} entries of an N x N matrix, entry k in column {@code column(k)} with weight
     * {@code value(k)}; the entries not listed are 0.
     */
    private static WeightConstraints of(List<String> names, int n, int entries, IntUnaryOperator column,
                                        IntToDoubleFunction value) {
        for (String name : names) {
            if (!NAMES.contains(name)) {
                throw new TrainException("constraints", "unknown constraint '" + name + "'; expected one of "
                        + String.join(", ", NAMES));
            }
        }
        byte[] rule = new byte[entries];
        StringBuilder d = new StringBuilder();
        if (names.contains("dale")) {
            boolean[] pos = new boolean[n];
            boolean[] neg = new boolean[n];
            for (int k = 0; k < entries; k++) {
                pos[column.applyAsInt(k)] |= value.applyAsDouble(k) > 0;
                neg[column.applyAsInt(k)] |= value.applyAsDouble(k) < 0;
            }
            int single = 0;
            int mixed = 0;
            for (int j = 0; j < n; j++) {
                mixed += pos[j] && neg[j] ? 1 : 0;
                single += pos[j] != neg[j] ? 1 : 0;
            }
            for (int k = 0; k < entries; k++) {
                int j = column.applyAsInt(k);
                double w = value.applyAsDouble(k);
                boolean keepPositive = pos[j] && neg[j] ? w > 0 : pos[j];
                boolean keepNegative = pos[j] && neg[j] ? w < 0 : neg[j];
                rule[k] = keepPositive ? NON_NEGATIVE : keepNegative ? NON_POSITIVE : FREE;
            }
            d.append(String.format(Locale.ROOT, "dale: %d of %d presynaptic neurons single-signed keep their sign",
                    single, n));
            if (mixed > 0) {
                d.append(String.format(Locale.ROOT, ", %d with both signs keep each synapse's sign", mixed));
            }
        }
        if (names.contains("mask")) {
            long present = 0;
            for (int k = 0; k < entries; k++) {
                if (value.applyAsDouble(k) == 0) {
                    rule[k] = ZERO;
                } else {
                    present++;
                }
            }
            d.append(d.length() > 0 ? "; " : "").append(String.format(Locale.ROOT,
                    "mask: the %d synapses present change (%s %% of entries), the others stay 0", present,
                    percent(100.0 * present / ((double) n * n))));
        }
        return new WeightConstraints(n, rule, d.length() == 0 ? "none" : d.toString());
    }

    /** A share in percent to one decimal, or to two significant digits below 0.1 % (a connectome's 0.013 %). */
    private static String percent(double p) {
        return p >= 0.1 || p == 0 ? String.format(Locale.ROOT, "%.1f", p) : String.format(Locale.ROOT, "%.2g", p);
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

    /** The same for the float32 values of the synapses of {@link #onSynapses}, one per synapse. */
    public void apply(float[] values) {
        for (int k = 0; k < values.length; k++) {
            values[k] = (float) project(rule[k], values[k]);
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
