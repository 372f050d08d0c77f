package org.richlazy.ingest.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.csv.DenseMatrixReader;
import org.richlazy.ingest.csv.DenseTextOptions;
import org.richlazy.ingest.table.Columns;
import org.richlazy.ingest.table.TableFile;
import org.richlazy.ingest.table.TableFiles;

/**
 * The Drosophila larva connectome of Winding et al. 2023 (Science), Supplementary Data S1: a dense
 * {@code *_connectivity_matrix.csv} ({@code all-all}, or the {@code aa}, {@code ad}, {@code da}, {@code dd}
 * axon/dendrite splits; skeleton ids in the header and the first column, rows presynaptic, synapse counts
 * written as {@code 1.0} or {@code 0}) read as {@code dense-text}, with {@code annotations.csv}
 * ({@code left_id, right_id, celltype, additional_annotations, level_7_cluster}: one row per left/right pair,
 * {@code no pair} for an unpaired neuron) found beside it or named by option {@code node-files}. Each neuron's
 * class is its {@code celltype}, its layer field its side ({@code left} or {@code right}). The release gives no
 * transmitters: every sign is unknown. A folder reads its {@code all-all_connectivity_matrix.csv}.
 */
public final class WindingReader implements ConnectivityReader<WindingOptions> {
    /** Format name. */
    public static final String FORMAT = "winding-2023";
    /** The matrix a release folder is read by. */
    public static final String ALL_ALL = "all-all_connectivity_matrix.csv";
    private static final String ANNOTATIONS = "annotations.csv";
    private static final String UNPAIRED = "no pair";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Class<WindingOptions> optionsType() {
        return WindingOptions.class;
    }

    @Override
    public Ingested read(Path path, WindingOptions options, LimitOptions limits) {
        Path matrixFile = Files.isDirectory(path) ? path.resolve(ALL_ALL) : path;
        Connectome read = ((Ingested.Matrix) new DenseMatrixReader().read(matrixFile, DenseTextOptions.labelled(),
                limits)).connectome();
        List<Path> annotations = options.nodeFiles() != null ? options.nodeFiles().stream().map(Path::of).toList()
                : Files.isRegularFile(matrixFile.resolveSibling(ANNOTATIONS)) ? List.of(matrixFile.resolveSibling(ANNOTATIONS))
                : List.of();
        String unit = options.weightUnit() != null ? options.weightUnit() : "synapse count";
        Provenance asRead = read.provenance();
        List<String> files = new ArrayList<>(asRead.sourceFiles());
        annotations.forEach(a -> files.add(a.toString()));
        Provenance prov = new Provenance(files, FORMAT, asRead.datasetPaths(), asRead.orientation(), asRead.steps());
        Connectome c = Connectome.sparse(read.neurons(), read::forEachEdge, unit, prov, read.denseLimit())
                .withStep("weight unit '" + unit + "'", 0, options.weightUnit() != null ? "option weight-unit"
                        : "the release's counts of synapses (written as 1.0)");
        if (annotations.isEmpty()) {
            return new Ingested.Matrix(c.withStep("no annotations.csv beside the matrix", 0,
                    "classes unknown; signs unknown (the release gives no transmitters)"));
        }
        Map<String, String[]> byId = new HashMap<>();
        long rows = 0;
        for (Path file : annotations) {
            rows += annotations(file, byId, ReadLimits.of(path.toString(), limits));
        }
        List<Neuron> described = new ArrayList<>();
        long annotated = 0;
        for (Neuron n : c.neurons()) {
            String[] a = byId.get(n.id());
            if (a != null) {
                annotated++;
            }
            described.add(a == null ? n : new Neuron(n.id(), a[0].isEmpty() ? null : a[0], n.sign(), a[1]));
        }
        Set<String> inMatrix = new HashSet<>();
        c.neurons().forEach(n -> inMatrix.add(n.id()));
        long unmatched = byId.keySet().stream().filter(id -> !inMatrix.contains(id)).count();
        Connectome out = c.withNeurons(described, "classes (celltype) and sides from " + annotations, annotated,
                rows + " annotation rows; " + (c.size() - annotated) + " neurons of the matrix without one (class unknown); "
                        + unmatched + " annotated ids not in the matrix; signs unknown (the release gives no transmitters)");
        return new Ingested.Matrix(out);
    }

    /** Whether a file name is one of the release's matrices ({@code <split>_connectivity_matrix.csv}). */
    public static boolean isMatrixName(String name) {
        return name.endsWith("_connectivity_matrix.csv");
    }

    /** Reads one annotations table into id to {celltype, side}; returns its rows. */
    private static long annotations(Path file, Map<String, String[]> byId, ReadLimits limits) {
        TableFile table = TableFiles.open(file, null, limits);
        int left = Columns.require(table, List.of("left_id"), "left skeleton id", null);
        int right = Columns.require(table, List.of("right_id"), "right skeleton id", null);
        int type = Columns.require(table, List.of("celltype"), "cell type", null);
        long[] rows = {0};
        table.forEachRow(row -> {
            rows[0]++;
            for (int[] side : new int[][] {{left, 0}, {right, 1}}) {
                String id = row.text(side[0]);
                if (id.isEmpty() || id.equalsIgnoreCase(UNPAIRED)) {
                    continue;
                }
                String[] before = byId.put(id, new String[] {row.text(type), side[1] == 0 ? "left" : "right"});
                if (before != null) {
                    throw new IngestException(table.name(), row.where(), "skeleton " + id + " annotated twice",
                            "each skeleton id in one row");
                }
            }
        });
        return rows[0];
    }
}
