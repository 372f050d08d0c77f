package org.richlazy.ingest.formats;

import java.nio.file.Path;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.table.ColumnarFormat;
import org.richlazy.ingest.table.TableFile;

/** Parquet: files starting with {@code PAR1}. */
public final class ParquetFormat implements ColumnarFormat {
    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

    @Override
    public String name() {
        return "Parquet";
    }

    @Override
    public byte[] magic() {
        return MAGIC.clone();
    }

    @Override
    public TableFile open(Path file, ReadLimits limits) {
        return ParquetTable.open(file, limits);
    }
}
