package org.richlazy.ingest.formats;

import com.google.inject.Guice;
import org.richlazy.ingest.ReaderModule;
import org.richlazy.ingest.Readers;

/** The readers the {@link ReaderModule} binds, with this module's table formats on the class path. */
final class TestReaders {
    static final Readers READERS = Guice.createInjector(new ReaderModule()).getInstance(Readers.class);

    private TestReaders() {
    }
}
