package org.richlazy.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.richlazy.ingest.celltype.AllenCellTypeReader;
import org.richlazy.ingest.celltype.CellTypeCsvFormat;
import org.richlazy.ingest.celltype.CellTypeCsvReader;
import org.richlazy.ingest.csv.TextFormatSniffer;
import org.richlazy.ingest.flyvis.FlyvisReader;
import org.richlazy.ingest.hdf5.H5File;
import org.richlazy.ingest.hdf5.Hdf5MatrixReader;
import org.richlazy.ingest.hdf5.PandasHdfStoreReader;
import org.richlazy.ingest.neuroml.NeuromlReader;
import org.richlazy.ingest.numpy.NumpyReader;
import org.richlazy.ingest.release.ReleaseDetector;
import org.richlazy.ingest.release.WindingReader;
import org.richlazy.ingest.sonata.SonataReader;
import org.richlazy.ingest.spreadsheet.SheetKind;
import org.richlazy.ingest.table.Spreadsheets;
import org.richlazy.ingest.table.TableFiles;

/**
 * Picks a format from a path's extension and content, so that {@code --format} is needed only
 * to override. The rules, in order, are listed in {@code docs/formats.md}.
 */
final class FormatDetector {
    private static final List<String> TEXT_EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".dat", ".ssv");

    private static final List<String> HDF5_EXTENSIONS = List.of(".h5", ".hdf5", ".hdf", ".h5ad", ".he5");

    /** Extensions of files that no reader reads, to the name of their format in the error that says so. */
    private static final Map<String, String> NOT_READ = Map.of(".json", "JSON other than the flyvis connectome "
            + "description");

    private FormatDetector() {
    }

    /**
     * The format of {@code path}.
     *
     * @param formatChoice what an undetectable file expects instead: a format named ({@link Readers#formatChoice})
     */
    static String detect(Path path, ReadLimits limits, String formatChoice) {
        if (Files.isDirectory(path)) {
            if (CellTypeCsvFormat.isLayout(path)) {
                return CellTypeCsvReader.FORMAT;
            }
            if (AllenCellTypeReader.isLayout(path)) {
                return AllenCellTypeReader.FORMAT;
            }
            if (SonataReader.isNetworkFolder(path)) {
                return SonataReader.FORMAT;
            }
            if (Files.isRegularFile(path.resolve(WindingReader.ALL_ALL))) {
                return WindingReader.FORMAT;
            }
            String release = ReleaseDetector.folder(path);
            if (release != null) {
                return release;
            }
            throw new IngestException(path.toString(), "", "cannot tell the format of this folder",
                    "a folder holding classes.csv + pairs.csv, the Allen cell-type files, one SONATA network, "
                            + "a neuPrint export (traced-total-connections.csv, or the male CNS connectome-weights-*.feather), "
                            + "a FlyWire release (connections.csv.gz), a compiled-data edge list (*_edgelist_simple_v3.feather), "
                            + "or option format naming " + formatChoice);
        }
        String name = path.getFileName().toString();
        if (name.equals(CellTypeCsvFormat.CLASSES) || name.equals(CellTypeCsvFormat.PAIRS)) {
            return CellTypeCsvReader.FORMAT;
        }
        if (AllenCellTypeReader.isLayoutFile(name) && AllenCellTypeReader.isLayout(path.toAbsolutePath().getParent())) {
            return AllenCellTypeReader.FORMAT;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (NumpyReader.isNumpyName(name)) {
            return NumpyReader.FORMAT;
        }
        if (NeuromlReader.isXmlName(name)) {
            return NeuromlReader.FORMAT;
        }
        if (lower.endsWith(".json") && FlyvisReader.isDescription(path)) {
            return FlyvisReader.FORMAT;
        }
        for (Map.Entry<String, String> unread : NOT_READ.entrySet()) {
            if (lower.endsWith(unread.getKey())) {
                throw new IngestException(path.toString(), "", unread.getValue() + " is not a format richlazy reads",
                        "the connectivity converted to an edge-list CSV (one row per edge: source,target,weight; "
                                + "see docs/formats.md, section \"edge-list\") or to a square matrix in an HDF5 file "
                                + "(section \"hdf5-matrix\")");
            }
        }
        if ((lower.endsWith("node_types.csv") || lower.endsWith("edge_types.csv"))
                && SonataReader.isNetworkFolder(path.toAbsolutePath().getParent())) {
            return SonataReader.FORMAT;
        }
        if (H5File.isHdf5(path)) {
            return detectHdf5(path);
        }
        if (HDF5_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            throw new IngestException(path.toString(), "", "not an HDF5 file (no HDF5 signature at offset 0)",
                    "an HDF5 file, as the extension says");
        }
        if (WindingReader.isMatrixName(name)) {
            return WindingReader.FORMAT;
        }
        if (lower.endsWith(".xlsx") || Spreadsheets.isSpreadsheet(path)) {
            return SheetKind.detect(path, limits);
        }
        if (ReleaseDetector.isColumnarName(name) || TableFiles.isColumnar(path)) {
            String release = ReleaseDetector.file(path, limits);
            if (release == null) {
                throw new IngestException(path.toString(), "", "cannot tell which connectome release this table is "
                        + "(columns " + TableFiles.open(path, null, limits).columns() + ")",
                        "the columns of a FlyWire, neuPrint, MICrONS or compiled-data table, or option format naming "
                                + formatChoice);
            }
            return release;
        }
        String text = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        for (String ext : TEXT_EXTENSIONS) {
            if (text.endsWith(ext)) {
                String release = ReleaseDetector.file(path, limits);
                return release != null ? release : TextFormatSniffer.sniff(path, limits);
            }
        }
        throw new IngestException(path.toString(), "", "cannot tell the format of this file",
                "an extension among " + TEXT_EXTENSIONS + " (optionally .gz), " + String.join(", ", HDF5_EXTENSIONS)
                        + ", .xlsx, .feather, .arrow, .parquet, .npy, .npz, or option format naming " + formatChoice);
    }

    /** SONATA when the root has /edges or /nodes; a pandas HDFStore with conntility matrix groups; otherwise a matrix. */
    private static String detectHdf5(Path path) {
        return H5File.guarded(path, () -> {
            try (H5File h5 = H5File.open(path)) {
                if (h5.exists("/edges") || h5.exists("/nodes")) {
                    return SonataReader.FORMAT;
                }
                if (PandasHdfStoreReader.isStore(h5)) {
                    return PandasHdfStoreReader.FORMAT;
                }
                if (NeuromlReader.isNetwork(h5)) {
                    return NeuromlReader.FORMAT;
                }
            }
            return Hdf5MatrixReader.FORMAT;
        });
    }
}
