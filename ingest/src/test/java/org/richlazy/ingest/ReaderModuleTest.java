package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.csv.EdgeListReader;

class ReaderModuleTest {
    private static final String FORMATS = "dense-text, edge-list, numpy, neuroml, flyvis, celltype-csv, allen-v1-celltype, sonata, hdf5-matrix, "
            + "pandas-hdfstore, flywire, neuprint, microns, compiled-data, winding-2023, xlsx-matrix";

    @TempDir
    Path dir;

    @Test
    void bindsExactlyTheKnownFormatsInOrder() {
        assertThat(String.join(", ", TestReaders.READERS.formats())).isEqualTo(FORMATS);
        for (String format : TestReaders.READERS.formats()) {
            assertThat(TestReaders.READERS.reader(format).format()).isEqualTo(format);
        }
        assertThat(TestReaders.READERS.families()).hasSize(16);
    }

    @Test
    void anUnknownFormatIsOneLineListingTheKnownOnes() {
        Path file = TestData.write(dir.resolve("e.csv"), "source,target\na,b\n");
        assertThatThrownBy(() -> TestReaders.READERS.read(file, TestData.options(Map.of("format", "bogus"))))
                .isInstanceOf(IngestException.class)
                .hasMessage(file + ":option format: unknown format 'bogus'; expected one of " + FORMATS
                        + " (see docs/formats.md, section \"Choosing a format\")");
    }

    @Test
    void twoReadersOfOneFormatStopTheInjectorWithOneLine() {
        AbstractModule twice = new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder<ConnectivityReader<?>> readers = Multibinder.newSetBinder(binder(),
                        new TypeLiteral<ConnectivityReader<?>>() { });
                readers.addBinding().toInstance(new EdgeListReader());
                readers.addBinding().toInstance(new EdgeListReader());
            }
        };
        assertThatThrownBy(() -> Guice.createInjector(twice).getInstance(Readers.class))
                .hasMessageContaining("format 'edge-list' is read by both EdgeListReader and EdgeListReader; expected "
                        + "one binding per format in ReaderModule");
    }
}
