package org.richlazy.ingest;

import java.nio.file.Path;

/**
 * One file format. Implementations state the orientation of their format in their Javadoc and
 * in {@link Provenance#orientation()}, and record every aggregation or drop as a
 * {@link ProvenanceStep}.
 *
 * @param <O> the format's option family: a record whose components, in kebab-case, are the keys the format takes
 *            besides {@code format} and the {@link LimitOptions} (docs/formats.md#options-ingestoptions); every
 *            component nullable, null meaning the documented default
 */
public interface ConnectivityReader<O extends Record> {

    /** The format name users pass as {@code --format}, e.g. {@code "edge-list"}. */
    String format();

    /**
     * The record of this format's options; setting a key it does not have is an error rather than silently
     * ignored ({@link OptionKeys}).
     */
    Class<O> optionsType();

    /**
     * Reads a file (or folder, for multi-file formats).
     *
     * @param options this format's options, bound from the user's
     * @param limits  the limits every format takes
     * @throws IngestException on bad input, naming file, line or dataset, and expectation
     */
    Ingested read(Path path, O options, LimitOptions limits);
}
