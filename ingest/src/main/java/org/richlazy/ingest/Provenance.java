package org.richlazy.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a matrix came from and everything done to it on the way.
 *
 * @param sourceFiles  the files read (as given by the user, or {@code resource:...} for built-ins)
 * @param format       the format name, e.g. {@code "dense-csv"}, {@code "sonata"}, {@code "celltype-table"}
 * @param datasetPaths HDF5 dataset paths or CSV sections read; empty when not applicable
 * @param orientation  how the source is oriented, e.g. {@code "rows = presynaptic (transposed)"}
 * @param steps        every aggregation, drop, transpose or sign rule applied, in order
 */
public record Provenance(List<String> sourceFiles, String format, List<String> datasetPaths,
                         String orientation, List<ProvenanceStep> steps) {
    public Provenance {
        sourceFiles = List.copyOf(sourceFiles);
        Objects.requireNonNull(format, "format");
        datasetPaths = List.copyOf(datasetPaths);
        Objects.requireNonNull(orientation, "orientation");
        steps = List.copyOf(steps);
    }

    /** A provenance with no steps yet. */
    public static Provenance of(List<String> sourceFiles, String format, String orientation) {
        return new Provenance(sourceFiles, format, List.of(), orientation, List.of());
    }

    /** This provenance with one more step appended. */
    public Provenance withStep(String action, long count, String reason) {
        List<ProvenanceStep> more = new ArrayList<>(steps);
        more.add(new ProvenanceStep(action, count, reason));
        return new Provenance(sourceFiles, format, datasetPaths, orientation, more);
    }

    /** This provenance with the given dataset paths (HDF5 paths or CSV sections read). */
    public Provenance withDatasetPaths(List<String> paths) {
        return new Provenance(sourceFiles, format, paths, orientation, steps);
    }
}
