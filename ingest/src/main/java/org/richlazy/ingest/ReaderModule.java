package org.richlazy.ingest;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import org.richlazy.ingest.celltype.AllenCellTypeReader;
import org.richlazy.ingest.celltype.CellTypeCsvFormat;
import org.richlazy.ingest.csv.DenseMatrixReader;
import org.richlazy.ingest.csv.EdgeListReader;
import org.richlazy.ingest.hdf5.Hdf5MatrixReader;
import org.richlazy.ingest.hdf5.PandasHdfStoreReader;
import org.richlazy.ingest.release.CompiledDataReader;
import org.richlazy.ingest.release.FlyWireReader;
import org.richlazy.ingest.release.MicronsReader;
import org.richlazy.ingest.release.NeuprintReader;
import org.richlazy.ingest.release.WindingReader;
import org.richlazy.ingest.sonata.SonataReader;
import org.richlazy.ingest.spreadsheet.SheetMatrixReader;

/**
 * The ingest stage's bindings: its readers, one binding each (docs/extending.md#a-reader-a-new-file-format), read
 * through {@link Readers}. The order of the bindings is the order the format names are listed in (errors,
 * {@code --help}, docs/config.md): Guice's set of a {@link Multibinder} iterates in binding order. The Feather, Parquet
 * and xlsx tables of the optional {@code ingest-formats} jar are not readers but table formats the readers open
 * ({@link org.richlazy.ingest.table.TableFiles}, {@link org.richlazy.ingest.table.Spreadsheets}), found with
 * {@link java.util.ServiceLoader}.
 */
public final class ReaderModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<ConnectivityReader<?>> readers = Multibinder.newSetBinder(binder(),
                new TypeLiteral<ConnectivityReader<?>>() { });
        readers.addBinding().to(DenseMatrixReader.class);
        readers.addBinding().to(EdgeListReader.class);
        readers.addBinding().to(org.richlazy.ingest.numpy.NumpyReader.class);
        readers.addBinding().to(org.richlazy.ingest.neuroml.NeuromlReader.class);
        readers.addBinding().to(org.richlazy.ingest.flyvis.FlyvisReader.class);
        readers.addBinding().to(CellTypeCsvFormat.class);
        readers.addBinding().to(AllenCellTypeReader.class);
        readers.addBinding().to(SonataReader.class);
        readers.addBinding().to(Hdf5MatrixReader.class);
        readers.addBinding().to(PandasHdfStoreReader.class);
        readers.addBinding().to(FlyWireReader.class);
        readers.addBinding().to(NeuprintReader.class);
        readers.addBinding().to(MicronsReader.class);
        readers.addBinding().to(CompiledDataReader.class);
        readers.addBinding().to(WindingReader.class);
        readers.addBinding().to(SheetMatrixReader.class);
    }
}
