package org.richlazy.ingest.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.table.Columns;
import org.richlazy.ingest.table.TableFile;
import org.richlazy.ingest.table.TableFiles;

/**
 * Tells a connectome release by its files: a folder by the release's standard edge-table names, a file by
 * the columns of its header (only the header is read):
 * {@code bodyId_pre} and {@code bodyId_post} (or FlyEM's flat {@code body_pre}, {@code body_post}): neuPrint;
 * {@code pre}, {@code post}, {@code count} and {@code norm} in a Feather or Parquet file: the compiled-data edge list
 * (a text table of these columns stays an edge list); a FlyWire id pair with {@code syn_count} (or
 * {@code Synapses}) and {@code neuropil}: FlyWire; {@code pre_pt_root_id} and {@code post_pt_root_id}
 * without {@code syn_count}: MICrONS.
 */
public final class ReleaseDetector {
    private static final List<ReleaseReader<?>> FOLDERS = List.of(new NeuprintReader(), new FlyWireReader(),
            new CompiledDataReader());

    private ReleaseDetector() {
    }

    /** The release format of a folder holding a release's standard edge table, or null. */
    public static String folder(Path folder) {
        for (ReleaseReader<?> reader : FOLDERS) {
            ReleaseLayout layout = reader.layout();
            if (!ReleaseFiles.present(folder, layout.edgeFiles()).isEmpty()
                    || !ReleaseFiles.present(folder, layout.regionEdgeFiles()).isEmpty()) {
                return layout.format();
            }
        }
        return null;
    }

    /**
     * The release format of a table file by its header, or null when its columns are no release's.
     *
     * @throws IngestException when the file cannot be opened as a table
     */
    public static String file(Path file, ReadLimits limits) {
        TableFile table = TableFiles.open(file, null, limits);
        if (has(table, "bodyId_pre") && has(table, "bodyId_post") || has(table, "body_pre") && has(table, "body_post")) {
            return NeuprintReader.FORMAT;
        }
        if (TableFiles.isColumnar(file) && has(table, "pre") && has(table, "post") && has(table, "count")
                && has(table, "norm")) {
            return CompiledDataReader.FORMAT;
        }
        boolean flywireIds = has(table, "pre_root_id") || has(table, "pre_pt_root_id") || has(table, "from");
        if (flywireIds && (has(table, "syn_count") || has(table, "synapses")) && has(table, "neuropil")) {
            return FlyWireReader.FORMAT;
        }
        if (has(table, "pre_pt_root_id") && has(table, "post_pt_root_id")) {
            return MicronsReader.FORMAT;
        }
        return null;
    }

    /** Whether the name ends like a columnar table file ({@code .feather}, {@code .arrow}, {@code .parquet}). */
    public static boolean isColumnarName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".feather") || lower.endsWith(".arrow") || lower.endsWith(".ipc")
                || lower.endsWith(".parquet") || lower.endsWith(".pq");
    }

    private static boolean has(TableFile table, String column) {
        return Columns.find(table, List.of(column)) >= 0;
    }
}
