package org.richlazy.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;

/**
 * The lines {@code richlazy inspect} prints for what was read: format, files, dataset paths,
 * size, edges, E/I/unknown split, weight range and unit, orientation, and every provenance step.
 * Effective ranks are the pipeline's (via transform), not computed here.
 */
public final class ConnectivitySummary {
    private ConnectivitySummary() {
    }

    /** One line per fact, no trailing newlines. */
    public static List<String> lines(Ingested ingested) {
        List<String> out = new ArrayList<>();
        Provenance p = ingested.provenance();
        out.add("format: " + p.format());
        out.add("files: " + String.join(", ", p.sourceFiles()));
        if (!p.datasetPaths().isEmpty()) {
            out.add("datasets: " + String.join(", ", p.datasetPaths()));
        }
        if (ingested instanceof Ingested.Matrix m) {
            matrix(m.connectome(), out);
        } else if (ingested instanceof Ingested.Table t) {
            table(t.table(), out);
        }
        out.add("orientation: " + p.orientation());
        out.add("provenance steps: " + p.steps().size());
        for (ProvenanceStep s : p.steps()) {
            out.add("  - " + s.action() + ": " + s.count() + " (" + s.reason() + ")");
        }
        return out;
    }

    private static void matrix(Connectome c, List<String> out) {
        out.add("neurons: " + c.size());
        out.add("edges: " + c.edgeCount() + " nonzero entries of W[post][pre]");
        out.add("cell signs: " + c.count(CellSign.EXCITATORY) + " excitatory, " + c.count(CellSign.INHIBITORY)
                + " inhibitory, " + c.count(CellSign.UNKNOWN) + " unknown");
        DoubleSummaryStatistics weights = new DoubleSummaryStatistics();
        c.forEachEdge((pre, post, w) -> weights.accept(w));
        out.add(c.edgeCount() == 0 ? "weights: none nonzero (" + c.weightUnit() + ")"
                : "weights: nonzero range [" + number(weights.getMin()) + ", " + number(weights.getMax()) + "] "
                        + c.weightUnit());
    }

    private static void table(CellTypeTable t, List<String> out) {
        out.add("cell classes: " + t.classes().size());
        for (CellClass c : t.classes()) {
            out.add("  - " + c.name() + ": proportion " + number(c.proportion()) + ", "
                    + c.sign().name().toLowerCase(Locale.ROOT));
        }
        out.add("connection probability: range " + range(t.probability()));
        out.add("mean strength: range " + range(t.meanStrength()) + " " + t.strengthUnit());
        out.add("log-normal fits: " + (t.logNormal().isPresent() ? "yes" : "no"));
        for (String n : t.notes()) {
            out.add("note: " + n);
        }
    }

    /** {@code [min, max]} over every entry of {@code m}. */
    private static String range(double[][] m) {
        DoubleSummaryStatistics all = Arrays.stream(m).flatMapToDouble(Arrays::stream).summaryStatistics();
        return "[" + number(all.getMin()) + ", " + number(all.getMax()) + "]";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
