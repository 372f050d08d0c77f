package org.richlazy.ingest.sonata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IoFailure;
import org.richlazy.ingest.hdf5.H5File;

/**
 * The four files of a SONATA network, found from the path the user gave (edges file, nodes file
 * or folder): {@code X_edges.h5} with {@code X_edge_types.csv}, {@code Y_nodes.h5} with
 * {@code Y_node_types.csv}, in one folder. A type table not named after its HDF5 file is accepted
 * when it is the only one of its kind in the folder.
 */
record SonataFiles(Path edges, List<Path> nodes, Path edgeTypes, String choice, String edgePopulation) {
    static final String EDGES = "edges.h5";
    static final String NODES = "nodes.h5";

    /**
     * The files of the network at {@code path}. A folder with several edges files (BMTK's {@code internal} network
     * beside its {@code external} virtual inputs) gives the one holding {@code edgePopulation} when it is named, else
     * the one with the only recurrent edge population (source and target in one node population); {@link #choice}
     * then lists every population with its nodes and edges.
     */
    static SonataFiles find(Path path, String edgePopulation) {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        Path edges;
        String choice = null;
        String chosenPopulation = edgePopulation;
        if (!Files.isDirectory(path) && hasRootGroup(path, "edges")) {
            edges = path;
        } else {
            List<Path> candidates = list(folder, EDGES);
            if (candidates.isEmpty()) {
                throw new IngestException(path.toString(), "", "no file ending in " + EDGES + " in " + folder,
                        "an edges file, or the edges file itself as the path");
            }
            if (candidates.size() == 1) {
                edges = candidates.get(0);
            } else {
                List<Population> populations = new ArrayList<>();
                candidates.forEach(c -> populations.addAll(Population.of(c)));
                List<Population> chosen = populations.stream().filter(p -> edgePopulation != null
                        ? p.name().equals(edgePopulation) : p.recurrent()).toList();
                String all = String.join("; ", populations.stream().map(Population::describe).toList());
                if (chosen.size() != 1) {
                    throw new IngestException(path.toString(), "", candidates.size() + " edges files holding "
                            + (edgePopulation != null ? chosen.size() + " populations named '" + edgePopulation + "'"
                            : chosen.size() + " recurrent edge populations") + " (" + all + ")",
                            "option edge-population naming the one to read, or the edges file itself as the path");
                }
                edges = chosen.get(0).file();
                chosenPopulation = chosen.get(0).name();
                choice = "read edge population '" + chosen.get(0).name() + "' of the " + populations.size()
                        + " in the folder (" + (edgePopulation != null ? "option edge-population" : "the only "
                        + "recurrent one") + "): " + all;
            }
        }
        List<Path> nodes = list(folder, NODES);
        if (nodes.isEmpty()) {
            throw new IngestException(path.toString(), "", "no file ending in " + NODES + " in " + folder,
                    "the nodes file beside the edges file");
        }
        if (choice != null) {
            choice += "; node populations: " + String.join(", ", nodes.stream().map(SonataFiles::nodeSizes).toList());
        }
        return new SonataFiles(edges, nodes, typesFor(edges, EDGES, "edge_types.csv"), choice, chosenPopulation);
    }

    /** The node populations of a nodes file with their sizes, e.g. {@code internal 300}. */
    private static String nodeSizes(Path file) {
        try (H5File h5 = H5File.open(file)) {
            return String.join(", ", H5File.childGroups(h5.group("/nodes")).keySet().stream()
                    .map(name -> name + " " + h5.dims("/nodes/" + name + "/node_type_id")[0]).toList());
        }
    }

    static boolean isNetworkFolder(Path folder) {
        return !list(folder, EDGES).isEmpty() && !list(folder, NODES).isEmpty();
    }

    /**
     * One edge population of a folder's edges files.
     *
     * @param file   its edges file
     * @param name   its name
     * @param source the node population of its sources ({@code node_population}), or null
     * @param target that of its targets, or null
     * @param edges  its number of edges
     */
    record Population(Path file, String name, String source, String target, long edges) {
        static List<Population> of(Path file) {
            try (H5File h5 = H5File.open(file)) {
                List<Population> found = new ArrayList<>();
                for (String name : H5File.childGroups(h5.group("/edges")).keySet()) {
                    String at = "/edges/" + name;
                    found.add(new Population(file, name,
                            H5File.stringAttribute(h5.dataset(at + "/source_node_id"), "node_population"),
                            H5File.stringAttribute(h5.dataset(at + "/target_node_id"), "node_population"),
                            h5.dims(at + "/source_node_id")[0]));
                }
                return found;
            }
        }

        /** Source and target in one node population. */
        boolean recurrent() {
            return source != null && source.equals(target);
        }

        String describe() {
            return name + " (" + source + " -> " + target + ", " + edges + " edges, " + file.getFileName() + ")";
        }
    }

    /** The type table of a nodes or edges file. */
    static Path typesFor(Path h5, String suffix, String typesSuffix) {
        String name = h5.getFileName().toString();
        Path folder = h5.toAbsolutePath().getParent();
        if (name.endsWith(suffix)) {
            Path sibling = folder.resolve(name.substring(0, name.length() - suffix.length()) + typesSuffix);
            if (Files.isRegularFile(sibling)) {
                return sibling;
            }
        }
        List<Path> candidates = list(folder, typesSuffix);
        if (candidates.size() != 1) {
            throw new IngestException(h5.toString(), "", candidates.size() + " files ending in " + typesSuffix
                    + " in " + folder, "the type table named after " + name);
        }
        return candidates.get(0);
    }

    static boolean hasRootGroup(Path file, String group) {
        if (!H5File.isHdf5(file)) {
            return false;
        }
        try (H5File h5 = H5File.open(file)) {
            return h5.exists("/" + group);
        }
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new IngestException(folder.toString(), "", "cannot list folder: " + IoFailure.describe(e),
                    "a readable folder", e);
        }
    }
}
