package org.richlazy.ingest.neuroml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.ingest.assemble.EdgeSums;
import org.richlazy.ingest.assemble.GapJunctions;

/**
 * One NeuroML2 network assembled into one matrix, whichever file form it came in (docs/formats.md#neuroml-neuroml2-networks):
 * populations become blocks of neurons in the order they are declared, at recorded offsets, each neuron
 * {@code <population>[<i>]} of class {@code component}; connections add into {@code W[post][pre]}, a chemical one
 * negated when its synapse names an inhibitory transmitter or synapse ({@link #signOf}); gap junctions are read as
 * listed, one direction each, unsigned. A neuron's sign is that of every chemical projection it sends, unknown when
 * they differ or name none.
 */
final class NetworkAssembly {
    private final String file;
    private final Map<String, int[]> blocks = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> components = new ArrayList<>();
    private final EdgeSums sums = new EdgeSums();
    private final EdgeSums electricalSums = new EdgeSums();
    private final GapJunctions.Rule electricalRule;
    private final List<String[]> steps = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();
    private CellSign[] sends;
    private boolean[] mixed;

    private final LimitOptions limits;

    NetworkAssembly(String file, GapJunctions.Rule electricalRule, LimitOptions limits) {
        this.file = file;
        this.electricalRule = electricalRule;
        this.limits = limits;
    }

    /** Declares a population of {@code size} cells of type {@code component}, within the neuron limit. */
    void population(String id, String component, int size, String where) {
        if (blocks.containsKey(id)) {
            throw new IngestException(file, where, "population '" + id + "' declared twice", "distinct population ids");
        }
        if (size < 0) {
            throw new IngestException(file, where, "size " + size, "a population of 0 or more cells");
        }
        SizeLimits.requireMatrix(file, where, (long) ids.size() + size, limits);
        blocks.put(id, new int[] {ids.size(), size});
        for (int i = 0; i < size; i++) {
            ids.add(id + "[" + i + "]");
            components.add(component);
        }
    }

    /** Checks that a population was declared, once every one is. */
    void requireWithin(String where) {
        if (blocks.isEmpty()) {
            throw new IngestException(file, where, "no population", "at least one population");
        }
        sends = new CellSign[ids.size()];
        mixed = new boolean[ids.size()];
    }

    /** A projection's connections, added one by one. */
    final class Projection {
        private final int[] pre;
        private final int[] post;
        private final CellSign sign;
        private final boolean electrical;
        private final String where;
        private long connections;
        private long negated;

        private Projection(int[] pre, int[] post, CellSign sign, boolean electrical, String where) {
            this.pre = pre;
            this.post = post;
            this.sign = sign;
            this.electrical = electrical;
            this.where = where;
        }

        /** Adds a connection from cell {@code from} of the presynaptic population onto cell {@code to}. */
        void connect(double from, double to, double weight, String at) {
            int i = pre[0] + index(from, pre[1], at, "presynaptic cell");
            int j = post[0] + index(to, post[1], at, "postsynaptic cell");
            if (!Double.isFinite(weight)) {
                throw new IngestException(file, at, "weight " + weight, "a finite weight");
            }
            double w = weight;
            if (!electrical && sign == CellSign.INHIBITORY) {
                w = -w;
                negated++;
            }
            sums.add(i, j, w);
            if (electrical) {
                electricalSums.add(i, j, w);
            } else {
                mixed[i] |= sends[i] != null && sends[i] != sign;
                sends[i] = sign;
            }
            connections++;
        }

        /** Records what was read. */
        void done(String description) {
            step(description, connections, "every connection of " + where);
            if (negated > 0) {
                step("negated the weights of the inhibitory synapses of " + where, negated, "the synapse's name names "
                        + "an inhibitory transmitter or synapse");
            }
        }

        private int index(double v, int size, String at, String what) {
            if (v < 0 || v >= size || v != Math.rint(v)) {
                throw new IngestException(file, at, what + " " + v, "a cell index in [0, " + size + ")");
            }
            return (int) v;
        }
    }

    /** A projection between two declared populations; {@code synapse} decides its sign unless it is electrical. */
    Projection projection(String prePopulation, String postPopulation, String synapse, boolean electrical,
                          String where) {
        return new Projection(block(prePopulation, where), block(postPopulation, where),
                electrical ? CellSign.UNKNOWN : signOf(synapse), electrical, where);
    }

    private int[] block(String population, String where) {
        int[] b = population == null ? null : blocks.get(population);
        if (b == null) {
            throw new IngestException(file, where, "population '" + population + "'", "one of " + blocks.keySet());
        }
        return b;
    }

    /** A provenance step to record. */
    void step(String action, long count, String reason) {
        steps.add(new String[] {action, reason});
        counts.add(count);
    }

    /** The sign a synapse's name names: transmitters first (GABA, glycine; AMPA, NMDA, glutamate), then inh/exc. */
    static CellSign signOf(String synapse) {
        String s = synapse == null ? "" : synapse.toLowerCase(Locale.ROOT);
        if (s.contains("gaba") || s.contains("glycin")) {
            return CellSign.INHIBITORY;
        }
        if (s.contains("ampa") || s.contains("nmda") || s.contains("glut")) {
            return CellSign.EXCITATORY;
        }
        if (s.contains("inh")) {
            return CellSign.INHIBITORY;
        }
        if (s.contains("exc")) {
            return CellSign.EXCITATORY;
        }
        return CellSign.UNKNOWN;
    }

    /** The assembled connectome. */
    Connectome connectome(Provenance start, String unit) {
        StringBuilder offsets = new StringBuilder();
        blocks.forEach((id, b) -> offsets.append(offsets.length() == 0 ? "" : ", ").append(id).append(" at ")
                .append(b[0]).append(" (").append(b[1]).append(")"));
        Provenance prov = start.withStep("assembled populations into one matrix: " + offsets, ids.size(),
                "every population, in declaration order, at its offset");
        for (int k = 0; k < steps.size(); k++) {
            prov = prov.withStep(steps.get(k)[0], counts.get(k), steps.get(k)[1]);
        }
        if (electricalSums.pairs() > 0) {
            List<double[]> reverse = new ArrayList<>();
            prov = GapJunctions.check(electricalSums, electricalRule, prov, reverse);
            reverse.forEach(e -> sums.add((int) e[0], (int) e[1], e[2]));
        }
        if (sums.duplicates() > 0) {
            prov = prov.withStep("summed repeated (pre, post) connections", sums.duplicates(),
                    "several contacts, or chemical and electrical ones, of one pair: the weights add");
        }
        List<Neuron> neurons = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            CellSign s = sends[i] == null || mixed[i] ? CellSign.UNKNOWN : sends[i];
            neurons.add(new Neuron(ids.get(i), components.get(i), s, null,
                    s == CellSign.UNKNOWN ? null : "the synapse type of its projections"));
        }
        return Connectome.sparse(neurons, sums, unit, prov, SizeLimits.maxNeurons(file, limits));
    }
}
