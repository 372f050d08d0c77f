package org.richlazy.ingest;

import com.google.inject.Guice;

/** The readers the {@link ReaderModule} binds, as the command line has them. */
public final class TestReaders {
    public static final Readers READERS = Guice.createInjector(new ReaderModule()).getInstance(Readers.class);

    private TestReaders() {
    }
}
