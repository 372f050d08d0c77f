package org.richlazy.ingest.sonata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
record SonataFiles(Path edges, List<Path> nodes, Path edgeTypes) {
    static final String EDGES = "edges.h5";
    static final String NODES = "nodes.h5";

    static SonataFiles find(Path path) {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        Path edges;
        if (!Files.isDirectory(path) && hasRootGroup(path, "edges")) {
            edges = path;
        } else {
            List<Path> candidates = list(folder, EDGES);
            if (candidates.size() != 1) {
                throw new IngestException(path.toString(), "", candidates.size() + " files ending in " + EDGES
                        + " in " + folder + " " + candidates, "one edges file, or the edges file itself as the path");
            }
            edges = candidates.get(0);
        }
        List<Path> nodes = list(folder, NODES);
        if (nodes.isEmpty()) {
            throw new IngestException(path.toString(), "", "no file ending in " + NODES + " in " + folder,
                    "the nodes file beside the edges file");
        }
        return new SonataFiles(edges, nodes, typesFor(edges, EDGES, "edge_types.csv"));
    }

    static boolean isNetworkFolder(Path folder) {
        return list(folder, EDGES).size() == 1 && !list(folder, NODES).isEmpty();
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
