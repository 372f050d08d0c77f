package org.richlazy.ingest.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Small HDF5 files written by the tests with jhdf (no outside tool needed). */
final class H5Fixtures {
    private H5Fixtures() {
    }

    static Path write(Path file, Consumer<WritableHdfFile> content) {
        try (WritableHdfFile w = HdfFile.write(file)) {
            content.accept(w);
        }
        return file;
    }
}
