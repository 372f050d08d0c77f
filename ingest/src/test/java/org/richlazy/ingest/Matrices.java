package org.richlazy.ingest;

/** Sums and lookups over a Connectome for real-data assertions. */
public final class Matrices {
    private Matrices() {
    }

    public static double sum(Connectome c) {
        double s = 0;
        for (int i = 0; i < c.size(); i++) {
            for (int j = 0; j < c.size(); j++) {
                s += c.weight(i, j);
            }
        }
        return s;
    }

    public static int index(Connectome c, String id) {
        for (int i = 0; i < c.size(); i++) {
            if (c.neurons().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no neuron " + id);
    }

    /** The weight from neuron {@code pre} onto neuron {@code post}, by id. */
    public static double weight(Connectome c, String pre, String post) {
        return c.weight(index(c, post), index(c, pre));
    }

    public static Connectome connectome(Ingested in) {
        if (!(in instanceof Ingested.Matrix m)) {
            throw new AssertionError("expected a matrix, got " + in);
        }
        return m.connectome();
    }

    public static ProvenanceStep step(Connectome c, String actionStart) {
        return c.provenance().steps().stream().filter(s -> s.action().startsWith(actionStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + actionStart + "' in " + c.provenance().steps()));
    }
}
