package org.richlazy.ingest.release;

import org.richlazy.ingest.Provenance;

/** The provenance of a release being read, one step appended at a time. */
final class ProvenanceLog {
    private Provenance provenance;

    ProvenanceLog(Provenance start) {
        this.provenance = start;
    }

    /** Appends a step (see {@link Provenance#withStep}). */
    void add(String action, long count, String reason) {
        provenance = provenance.withStep(action, count, reason);
    }

    /** Appends a step only when {@code count} is positive. */
    void addIfAny(String action, long count, String reason) {
        if (count > 0) {
            add(action, count, reason);
        }
    }

    Provenance provenance() {
        return provenance;
    }
}
