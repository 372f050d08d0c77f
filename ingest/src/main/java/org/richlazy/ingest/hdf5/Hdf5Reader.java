package org.richlazy.ingest.hdf5;

import java.nio.file.Path;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;

/**
 * A reader of a format stored in HDF5. Its whole read runs through {@link H5File#guarded}, so a damaged
 * file is reported as a typed {@link org.richlazy.ingest.IngestException} naming it, whichever access of
 * the lazily parsing jhdf first touches the damage.
 */
public abstract class Hdf5Reader<O extends Record> implements ConnectivityReader<O> {

    @Override
    public final Ingested read(Path path, O options, LimitOptions limits) {
        return H5File.guarded(path, () -> readHdf5(path, options, limits));
    }

    /** The read itself, on an undamaged file. */
    protected abstract Ingested readHdf5(Path path, O options, LimitOptions limits);
}
