package org.richlazy.ingest.hdf5;

import java.nio.file.Path;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Ingested;

/**
 * A reader of a format stored in HDF5. Its whole read runs through {@link H5File#guarded}, so a damaged
 * file is reported as a typed {@link org.richlazy.ingest.IngestException} naming it, whichever access of
 * the lazily parsing jhdf first touches the damage.
 */
public abstract class Hdf5Reader implements ConnectivityReader {

    @Override
    public final Ingested read(Path path, IngestOptions options) {
        return H5File.guarded(path, () -> readHdf5(path, options));
    }

    /** The read itself, on an undamaged file. */
    protected abstract Ingested readHdf5(Path path, IngestOptions options);
}
