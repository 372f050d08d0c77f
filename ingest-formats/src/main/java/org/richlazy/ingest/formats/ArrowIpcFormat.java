package org.richlazy.ingest.formats;

import java.nio.file.Path;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.table.ColumnarFormat;
import org.richlazy.ingest.table.TableFile;

/** Feather v2 = the Arrow IPC file format: files starting with {@code ARROW1}. */
public final class ArrowIpcFormat implements ColumnarFormat {
    private static final byte[] MAGIC = {'A', 'R', 'R', 'O', 'W', '1'};

    @Override
    public String name() {
        return "Feather v2 / Arrow IPC";
    }

    @Override
    public byte[] magic() {
        return MAGIC.clone();
    }

    @Override
    public TableFile open(Path file, ReadLimits limits) {
        return ArrowTable.open(file, limits);
    }
}
