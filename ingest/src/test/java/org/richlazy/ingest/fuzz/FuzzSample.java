package org.richlazy.ingest.fuzz;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IngestOptions;

/**
 * One real file to damage: its folder (copied per case, the other files linked), whether it is
 * read on its own or as its folder (a SONATA network, the Allen cell-type folder), the format its
 * undamaged original is read with, and for HDF5 files every dataset dimension (where an absurd
 * size is planted).
 *
 * @param file       the original file
 * @param readFolder whether the reader is given the folder rather than the file
 * @param options    the options the original reads with (format forced when detection works)
 * @param hdf5       whether the file is HDF5
 * @param dims       the dimensions of every dataset of an HDF5 file; empty for text
 */
record FuzzSample(Path file, boolean readFolder, IngestOptions options, boolean hdf5, List<Long> dims) {

    /** Every file under {@code root} except the Markdown notes, in path order. */
    static List<FuzzSample> all(Path root) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FuzzSample> samples = new ArrayList<>();
        for (Path f : files) {
            boolean folder = readsFine(f.getParent(), IngestOptions.defaults());
            String format = formatOf(folder ? f.getParent() : f);
            boolean hdf5 = f.toString().endsWith(".h5");
            samples.add(new FuzzSample(f, folder, IngestOptions.defaults().withFormat(format), hdf5,
                    hdf5 ? dimensions(f) : List.of()));
        }
        return samples;
    }

    /** The path handed to the reader inside a copy of the file's folder at {@code copy}. */
    Path readPath(Path copy) {
        return readFolder ? copy : copy.resolve(file.getFileName());
    }

    private static boolean readsFine(Path path, IngestOptions options) {
        try {
            TestReaders.READERS.read(path, options);
            return true;
        } catch (IngestException e) {
            return false;
        }
    }

    /** The format the reader reports for the undamaged original, or null to let detection run. */
    private static String formatOf(Path path) {
        try {
            return TestReaders.READERS.read(path, IngestOptions.defaults()).provenance().format();
        } catch (IngestException e) {
            return null;
        }
    }

    private static List<Long> dimensions(Path file) {
        List<Long> dims = new ArrayList<>();
        try (HdfFile hdf = new HdfFile(file)) {
            collect(hdf, dims);
        } catch (RuntimeException e) {
            return List.of();
        }
        return dims.stream().filter(d -> d > 1).distinct().sorted().toList();
    }

    private static void collect(Group group, List<Long> dims) {
        for (Node n : group) {
            if (n instanceof Group g) {
                collect(g, dims);
            } else if (n instanceof Dataset d) {
                for (int dim : d.getDimensions()) {
                    dims.add((long) dim);
                }
            }
        }
    }
}
