package org.richlazy.ingest;

import java.util.Objects;

/**
 * One thing a reader or transform did to the data on purpose: an aggregation, a drop, a
 * transpose, a sign rule. Recorded so that nothing happens silently.
 *
 * @param action what was done, e.g. {@code "summed duplicate edges"}
 * @param count  how many items it touched (rows, edges, entries); 0 when not countable
 * @param reason why, in words a user understands
 */
public record ProvenanceStep(String action, long count, String reason) {
    public ProvenanceStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
