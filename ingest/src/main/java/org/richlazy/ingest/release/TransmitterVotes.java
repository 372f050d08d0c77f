package org.richlazy.ingest.release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Synapses per presynaptic neuron and transmitter word, tallied from edge rows that carry a transmitter
 * (a FlyWire connection's {@code nt_type}, or the largest of its {@code *_avg} probabilities). A neuron's
 * transmitter is then the word with the most synapses ({@link #winner}); ties go to the word seen first.
 */
final class TransmitterVotes {
    private final List<String> words = new ArrayList<>();
    private double[][] byNeuron = new double[1024][];

    /** Adds {@code synapses} of word {@code word} (empty = none given, not counted) to neuron {@code pre}. */
    void add(int pre, String word, double synapses) {
        if (word.isEmpty()) {
            return;
        }
        int k = words.indexOf(word);
        if (k < 0) {
            words.add(word);
            k = words.size() - 1;
        }
        if (pre >= byNeuron.length) {
            byNeuron = Arrays.copyOf(byNeuron, Math.max(pre + 1, 2 * byNeuron.length));
        }
        double[] tally = byNeuron[pre];
        if (tally == null || tally.length <= k) {
            tally = tally == null ? new double[k + 1] : Arrays.copyOf(tally, k + 1);
            byNeuron[pre] = tally;
        }
        tally[k] += synapses;
    }

    /** The neuron's word with the most synapses, or null when none of its rows named one. */
    Winner winner(int pre) {
        double[] tally = pre < byNeuron.length ? byNeuron[pre] : null;
        if (tally == null) {
            return null;
        }
        int best = 0;
        double total = 0;
        for (int k = 0; k < tally.length; k++) {
            total += tally[k];
            if (tally[k] > tally[best]) {
                best = k;
            }
        }
        return new Winner(words.get(best), tally[best], total);
    }

    /**
     * @param word     the transmitter with the most synapses
     * @param synapses its synapses
     * @param total    the neuron's synapses that named any transmitter
     */
    record Winner(String word, double synapses, double total) {
    }
}
