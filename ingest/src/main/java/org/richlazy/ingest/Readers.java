package org.richlazy.ingest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ingest stage: the readers by format name, as the {@link ReaderModule} binds them, and the reading of a
 * connectivity file into an {@link Ingested} by the one its format names.
 */
@Singleton
public final class Readers {
    private final Map<String, ConnectivityReader<?>> byFormat = new LinkedHashMap<>();

    /** @throws IllegalStateException when two readers are bound for one format name */
    @Inject
    Readers(Set<ConnectivityReader<?>> bound) {
        for (ConnectivityReader<?> reader : bound) {
            ConnectivityReader<?> other = byFormat.putIfAbsent(reader.format(), reader);
            if (other != null) {
                throw new IllegalStateException("format '" + reader.format() + "' is read by both "
                        + other.getClass().getSimpleName() + " and " + reader.getClass().getSimpleName()
                        + "; expected one binding per format in ReaderModule");
            }
        }
    }

    /** The format names {@link #read} accepts, in binding order. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /** The reader of {@code format}, or null for a name that is no format. */
    public ConnectivityReader<?> reader(String format) {
        return byFormat.get(format);
    }

    /** The readers' option families ({@link ConnectivityReader#optionsType}), in the order of {@link #formats}. */
    public List<Class<? extends Record>> families() {
        return byFormat.values().stream().<Class<? extends Record>>map(ConnectivityReader::optionsType).toList();
    }

    /** What a format error expects: one of every format name, and where the formats are described. */
    String formatChoice() {
        return "one of " + String.join(", ", formats()) + " (see docs/formats.md, section \"Choosing a format\")";
    }

    /**
     * Reads a connectivity file.
     *
     * @param path   the file (or, for multi-file formats, the file or folder that names the others)
     * @param format a format name to force, or empty to detect from extension and content
     * @throws IngestException on any bad input, naming file, location and expectation
     */
    public Ingested read(Path path, Optional<String> format) {
        return read(path, IngestOptions.defaults().withFormat(format.orElse(null)));
    }

    /**
     * Reads a connectivity file with options; {@link IngestOptions#format()} forces the format,
     * else it is detected from the extension and content ({@link FormatDetector}). A key the chosen format does
     * not take is refused ({@link OptionKeys}), then the format's options are bound and read by its reader.
     *
     * @throws IngestException on any bad input, naming file, location and expectation
     */
    public Ingested read(Path path, IngestOptions options) {
        RegularFiles.requireFileOrFolder(path);
        String file = path.toString();
        LimitOptions limits = options.limits(file);
        String format = options.format() != null ? options.format()
                : FormatDetector.detect(path, ReadLimits.of(file, limits), formatChoice());
        ConnectivityReader<?> reader = byFormat.get(format);
        if (reader == null) {
            throw new IngestException(file, "option format", "unknown format '" + format + "'", formatChoice());
        }
        OptionKeys.requireTaken(file, reader, options);
        return readWith(reader, path, options, limits);
    }

    private static <O extends Record> Ingested readWith(ConnectivityReader<O> reader, Path path, IngestOptions options,
                                                        LimitOptions limits) {
        return reader.read(path, options.family(reader.optionsType(), path.toString()), limits);
    }
}
