package org.richlazy.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Provenance;

/** Small connectomes built in the tests. */
public final class TestConnectomes {
    private TestConnectomes() {
    }

    /**
     * n neurons, the first 80% class "E" (excitatory), the rest class "I" (inhibitory); each
     * off-diagonal entry is nonzero with probability 0.2, magnitude 0.5 + |N(0,1)|, signed by the
     * presynaptic neuron; ids {@code c<i>}; one provenance step.
     */
    public static Connectome signedSparse(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int nE = (int) Math.round(0.8 * n);
        List<Neuron> neurons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            neurons.add(i < nE ? new Neuron("c" + i, "E", CellSign.EXCITATORY, "L2/3")
                    : new Neuron("c" + i, "I", CellSign.INHIBITORY, "L2/3"));
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && rng.nextDouble() < 0.2) {
                    w[i][j] = (j < nE ? 1 : -1) * (0.5 + Math.abs(rng.nextGaussian()));
                }
            }
        }
        Provenance p = Provenance.of(List.of("test/signed.csv"), "dense-csv", "rows = presynaptic (transposed)")
                .withStep("transposed", (long) n * n, "file rows are presynaptic");
        return new Connectome(neurons, w, "synapse count", p);
    }

    /** The given {@code W[post][pre]} with unsigned neurons {@code n0, n1, ...} and no provenance steps. */
    static Connectome of(double[][] w) {
        List<Neuron> neurons = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            neurons.add(new Neuron("n" + i, null, CellSign.UNKNOWN, null));
        }
        return new Connectome(neurons, w, "test unit", Provenance.of(List.of("test/matrix"), "test", "W[post][pre]"));
    }

    /** The constant of {@code type} written {@code word}; null for null. */
    static <E extends Enum<E> & ConfigWord> E word(Class<E> type, String word) {
        return word == null ? null : ConfigWord.of(type, word);
    }

}
