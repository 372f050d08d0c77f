package org.richlazy.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.richlazy.ingest.celltype.AllenCellTypeReader;
import org.richlazy.ingest.celltype.CellTypeCsvFormat;
import org.richlazy.ingest.celltype.CellTypeCsvReader;
import org.richlazy.ingest.csv.DenseMatrixReader;
import org.richlazy.ingest.csv.EdgeListReader;
import org.richlazy.ingest.hdf5.Hdf5MatrixReader;
import org.richlazy.ingest.hdf5.PandasHdfStoreReader;
import org.richlazy.ingest.release.FlyWireReader;
import org.richlazy.ingest.release.MicronsReader;
import org.richlazy.ingest.release.NeuprintReader;
import org.richlazy.ingest.release.WindingReader;
import org.richlazy.ingest.sonata.SonataReader;
import org.richlazy.ingest.spreadsheet.SheetMatrixReader;
import org.richlazy.ingest.text.TextSource;

/** The ingest stage: reads a connectivity file into an {@link Ingested}. */
public final class Ingest {
    private static final String PRESET_FOLDER = "/org/richlazy/ingest/presets/mouse-v1-l23/";
    private static final Map<String, ConnectivityReader<?>> READERS = readers(
            new DenseMatrixReader(), new EdgeListReader(), new CellTypeCsvFormat(),
            new AllenCellTypeReader(), new SonataReader(), new Hdf5MatrixReader(),
            new PandasHdfStoreReader(), new FlyWireReader(), new NeuprintReader(), new MicronsReader(), new WindingReader(), new SheetMatrixReader());

    private Ingest() {
    }

    private static Map<String, ConnectivityReader<?>> readers(ConnectivityReader<?>... all) {
        Map<String, ConnectivityReader<?>> map = new LinkedHashMap<>();
        for (ConnectivityReader<?> r : all) {
            map.put(r.format(), r);
        }
        return map;
    }

    /** The format names {@link #read} accepts. */
    public static List<String> formats() {
        return List.copyOf(READERS.keySet());
    }

    /** Every reader, in the order of {@link #formats}. */
    static java.util.Collection<ConnectivityReader<?>> readers() {
        return READERS.values();
    }

    /** The reader of {@code format}, or null for a name that is no format. */
    static ConnectivityReader<?> reader(String format) {
        return READERS.get(format);
    }

    /** What a format error expects: one of every format name, and where the formats are described. */
    static String formatChoice() {
        return "one of " + String.join(", ", formats()) + " (see docs/formats.md, section \"Choosing a format\")";
    }

    /**
     * Reads a connectivity file.
     *
     * @param path   the file (or, for multi-file formats, the file or folder that names the others)
     * @param format a format name to force, or empty to detect from extension and content
     * @throws IngestException on any bad input, naming file, location and expectation
     */
    public static Ingested read(Path path, Optional<String> format) {
        return read(path, IngestOptions.defaults().withFormat(format.orElse(null)));
    }

    /**
     * Reads a connectivity file with options; {@link IngestOptions#format()} forces the format,
     * else it is detected from the extension and content ({@link FormatDetector}). A key the chosen format does
     * not take is refused ({@link OptionKeys}), then the format's options are bound and read by its reader.
     *
     * @throws IngestException on any bad input, naming file, location and expectation
     */
    public static Ingested read(Path path, IngestOptions options) {
        RegularFiles.requireFileOrFolder(path);
        String file = path.toString();
        LimitOptions limits = options.limits(file);
        String format = options.format() != null ? options.format()
                : FormatDetector.detect(path, ReadLimits.of(file, limits));
        ConnectivityReader<?> reader = READERS.get(format);
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

    /**
     * The built-in mouse V1 layer-2/3 four-class table (docs/science.md#built-in-preset): published proportions
     * (Allen V1
     * model seed table), Allen V1DD peak connection probabilities, Campagnola et al. 2022 mean PSP
     * amplitudes ("90th" measure, mV), with the VIP -> E substitution recorded in
     * {@link CellTypeTable#notes()}. Read from the class-path resources
     * {@code presets/mouse-v1-l23/classes.csv} and {@code pairs.csv} in the simple cell-type layout.
     */
    public static CellTypeTable mouseV1Layer23() {
        return CellTypeCsvReader.read(
                TextSource.resource(Ingest.class, PRESET_FOLDER + CellTypeCsvFormat.CLASSES),
                TextSource.resource(Ingest.class, PRESET_FOLDER + CellTypeCsvFormat.PAIRS), null, false);
    }
}
