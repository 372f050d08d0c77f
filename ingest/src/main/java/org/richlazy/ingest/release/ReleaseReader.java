package org.richlazy.ingest.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.ingest.assemble.EdgeSums;
import org.richlazy.ingest.assemble.LabelsFile;
import org.richlazy.ingest.table.Columns;
import org.richlazy.ingest.table.TableFile;
import org.richlazy.ingest.table.TableFiles;

/**
 * Reads a published connectome release (an edge table with, optionally, node tables) into a sparse
 * {@link Connectome}, choosing the circuit on the sparse table before anything dense exists. The steps,
 * each recorded in provenance with its count:
 * <ol>
 *   <li>node tables are joined on the neuron id ({@link NodeAttributes});</li>
 *   <li>neurons are kept by option {@code filter} (node column to the values kept) and {@code ids-file};</li>
 *   <li>each neuron's sign comes from its transmitter (or class-system) word by the release's
 *       {@link SignMap}, with option {@code min-sign-score}; with {@code unknown-sign: drop} neurons of
 *       unknown sign are dropped;</li>
 *   <li>the edge table is streamed: rows outside option {@code neuropil} are left out, rows touching a
 *       neuron that is not kept are left out, and the rows of one (pre, post) pair are summed (a FlyWire
 *       pair has one row per neuropil);</li>
 *   <li>pairs whose summed synapses are below {@code min-synapses} are dropped (the threshold applies to
 *       the pair's total over the rows kept, not to each row);</li>
 *   <li>with {@code isolated: drop}, neurons left without any edge are dropped.</li>
 * </ol>
 *
 * <p>Orientation: the presynaptic column is {@code pre}, the postsynaptic {@code post}; an edge lands at
 * {@code W[post][pre]}. Neurons are in node-table order when there are node tables, else in order of
 * first appearance. The {@code max-neurons} limit applies to the dense matrix made later
 * ({@link Connectome#weightsCopy()}), not to what the release holds.
 */
abstract class ReleaseReader<O extends Record> implements ConnectivityReader<O> {
    /** The release this reader reads. */
    abstract ReleaseLayout layout();

    @Override
    public final String format() {
        return layout().format();
    }

    /** The options every release takes, out of this release's family. */
    abstract ReleaseOptions release(O options);

    /** Option {@code neuropil}: the regions whose rows are kept, or null for every row; only FlyWire and neuPrint. */
    List<String> neuropil(O options) {
        return null;
    }

    /** The weight columns to use; MICrONS overrides it for option {@code synapse-weight}. */
    List<String> weightColumns(O options) {
        return layout().weightColumns();
    }

    /**
     * The node tables read when option {@code node-files} is not given: the layout's node files found beside the
     * edge table.
     */
    List<Path> standardNodeFiles(Path edgeFile) {
        return ReleaseFiles.present(ReleaseFiles.folderOf(edgeFile), layout().nodeFiles());
    }

    /** The id column's usual names in {@code nodeFiles}, the first present used. */
    List<String> idColumns(List<Path> nodeFiles) {
        return layout().idColumns();
    }

    /**
     * The rows the release's own documentation states its files hold, by file name, and where it states them:
     * a file of that name read with another count is recorded (an incomplete download, or another version).
     */
    StatedRows statedRows() {
        return StatedRows.NONE;
    }

    /** The weight unit; MICrONS overrides it for option {@code synapse-weight}. */
    String unit(O options) {
        return layout().unit();
    }

    @Override
    public Ingested read(Path path, O family, LimitOptions limitOptions) {
        ReleaseLayout layout = layout();
        ReleaseOptions options = release(family);
        List<String> neuropil = neuropil(family);
        String given = path.toString();
        Path edgeFile = Files.isDirectory(path) ? edgeFileIn(path, neuropil) : path;
        List<Path> nodeFiles = nodeFiles(edgeFile, options);
        ReadLimits limits = ReadLimits.of(given, limitOptions);
        TableFile edges = TableFiles.open(edgeFile, options.delimiter(), limits);
        EdgeColumns cols = EdgeColumns.of(edges, layout, weightColumns(family), neuropil);

        List<String> files = new ArrayList<>(List.of(edges.name()));
        nodeFiles.forEach(f -> files.add(f.toString()));
        ProvenanceLog log = new ProvenanceLog(Provenance.of(files, layout.format(), "edge rows: "
                + edges.columns().get(cols.pre()) + " = presynaptic, " + edges.columns().get(cols.post())
                + " = postsynaptic; stored W[post][pre]"));
        log.add("read " + layout.title() + " edge table " + edges.name() + " (" + edges.kind() + ")", 0,
                Files.isDirectory(path) ? "the release's edge table in folder " + given : "source path");
        if (options.nodeFiles() == null && !nodeFiles.isEmpty()) {
            log.add("joined node tables found beside the edge table: " + nodeFiles, nodeFiles.size(),
                    "the release's standard node tables (option node-files names others, [] none)");
        }
        NodeAttributes nodes = NodeAttributes.read(nodeFiles, idColumns(nodeFiles), options.nodeIdColumn(), limits, log);
        NeuronFilter filter = NeuronFilter.of(given, nodes, options, limits, log);
        EdgePass pass = EdgePass.run(edges, cols, layout, nodes, filter, options, neuropil, log);
        statedRows().compare(edgeFile, pass.rows(), log);
        nodeFiles.forEach(f -> statedRows().compare(f, nodes.rowsRead(f), log));
        CircuitNeurons circuit = CircuitNeurons.build(given, layout, nodes, filter, pass, options, log);
        if (circuit.neurons().isEmpty()) {
            throw new IngestException(given, "option filter", "no neuron is left after " + log.provenance().steps()
                    .stream().filter(s -> s.action().startsWith("kept") || s.action().startsWith("dropped")
                            || s.action().startsWith("left out")).map(s -> s.action() + ": " + s.count()).toList(),
                    "options that keep at least one neuron (filter values are compared as text: write \"TRUE\", "
                            + "quoted, for a column holding the text TRUE)");
        }

        double min = options.minSynapses() == null ? 0 : options.minSynapses();
        String unit = options.weightUnit() != null ? options.weightUnit() : unit(family);
        if (options.weightUnit() != null) {
            log.add("weight unit set to '" + options.weightUnit() + "'", 0, "option weight-unit");
        }
        int[] index = circuit.matrixIndex();
        Connectome.Entries entries = consumer -> pass.sums().forEach((p, q, w) -> {
            if (w >= min && index[p] >= 0 && index[q] >= 0) {
                consumer.accept(index[p], index[q], w);
            }
        });
        return new Ingested.Matrix(Connectome.sparse(circuit.neurons(), entries, unit, log.provenance(),
                SizeLimits.maxNeurons(given, limitOptions)));
    }

    private Path edgeFileIn(Path folder, List<String> neuropil) {
        List<String> names = neuropil != null && !layout().regionEdgeFiles().isEmpty()
                ? layout().regionEdgeFiles() : layout().edgeFiles();
        List<Path> present = ReleaseFiles.present(folder, names);
        if (present.size() != 1) {
            throw new IngestException(folder.toString(), "", present.isEmpty()
                    ? "no " + layout().title() + " edge table in this folder"
                    : "several edge tables in this folder: " + present.stream().map(p -> p.getFileName().toString()).toList(),
                    "one of " + names + " in the folder, or the edge table itself as the path");
        }
        return present.get(0);
    }

    private List<Path> nodeFiles(Path edgeFile, ReleaseOptions options) {
        if (options.nodeFiles() != null) {
            return options.nodeFiles().stream().map(Path::of).toList();
        }
        return standardNodeFiles(edgeFile);
    }

    /**
     * The edge table's columns.
     *
     * @param weight      synapses per row, or -1 (each row one synapse)
     * @param region      neuropil / ROI, or -1
     * @param transmitter the row's transmitter word, or -1
     * @param probability transmitter probability columns to their word (empty when none)
     */
    record EdgeColumns(int pre, int post, int weight, int region, int transmitter, Map<Integer, String> probability) {
        static EdgeColumns of(TableFile edges, ReleaseLayout layout, List<String> weightColumns, List<String> neuropil) {
            int pre = Columns.require(edges, layout.preColumns(), "presynaptic id", null);
            int post = Columns.require(edges, layout.postColumns(), "postsynaptic id", null);
            int weight = weightColumns.isEmpty() ? -1 : Columns.require(edges, weightColumns, "synapse count", null);
            int region = layout.regionColumns().isEmpty() ? -1 : Columns.find(edges, layout.regionColumns());
            if (neuropil != null && region < 0) {
                throw new IngestException(edges.name(), "option neuropil", "neuropil " + neuropil
                        + " given but the edge table has no region column (columns are " + edges.columns() + ")",
                        "an edge table with a column named one of " + layout.regionColumns());
            }
            int transmitter = Columns.find(edges, layout.rowTransmitters());
            Map<Integer, String> probability = new LinkedHashMap<>();
            layout.rowProbabilities().forEach((column, word) -> {
                int c = Columns.find(edges, List.of(column));
                if (c >= 0) {
                    probability.put(c, word);
                }
            });
            return new EdgeColumns(pre, post, weight, region, transmitter, probability);
        }
    }

    /** Reads option {@code ids-file}: the ids to keep, in file order. */
    static List<String> idsFile(ReleaseOptions options, ReadLimits limits) {
        return options.idsFile() == null ? null : LabelsFile.read(Path.of(options.idsFile()), limits);
    }

    /** Option {@code unlisted-ids}: whether an edge naming a neuron no node table lists is dropped. */
    static boolean dropUnlisted(ReleaseOptions options) {
        return options.unlistedIds() == ReleaseOptions.UnlistedIds.DROP;
    }
}
