package org.richlazy.transform.spectrum;

/**
 * In- and out-degrees of a connectivity matrix {@code W[post][pre]}: {@code in[i] = #{j != i : W_ij != 0}}
 * (the neurons that connect onto i) and {@code out[j] = #{i != j : W_ij != 0}} (the neurons j connects onto).
 * Self-connections are not counted.
 *
 * @param in  each neuron's in-degree
 * @param out each neuron's out-degree
 */
public record Degrees(int[] in, int[] out) {

    /** The degrees of a square {@code W[post][pre]}. */
    public static Degrees of(double[][] w) {
        return of(new org.richlazy.transform.matrix.DenseMatrix(w));
    }

    /** The same for a dense or sparse matrix, from its nonzero entries. */
    public static Degrees of(org.richlazy.transform.matrix.RecurrentMatrix w) {
        int n = w.size();
        int[] in = new int[n];
        int[] out = new int[n];
        w.forEachNonzero((i, j, v) -> {
            if (i != j) {
                in[i]++;
                out[j]++;
            }
        });
        return new Degrees(in, out);
    }
}
