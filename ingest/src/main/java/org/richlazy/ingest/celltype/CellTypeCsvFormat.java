package org.richlazy.ingest.celltype;

import java.nio.file.Files;
import java.nio.file.Path;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.text.TextSource;

/**
 * The simple cell-type layout on disk: a folder holding {@code classes.csv} and {@code pairs.csv},
 * or either file (the other is its sibling). Orientation: see {@link CellTypeCsvReader}.
 */
public final class CellTypeCsvFormat implements ConnectivityReader<CellTypeCsvOptions> {
    public static final String CLASSES = "classes.csv";
    public static final String PAIRS = "pairs.csv";

    @Override
    public Class<CellTypeCsvOptions> optionsType() {
        return CellTypeCsvOptions.class;
    }

    @Override
    public String format() {
        return CellTypeCsvReader.FORMAT;
    }

    @Override
    public Ingested read(Path path, CellTypeCsvOptions options, LimitOptions limitOptions) {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        Path classes = folder.resolve(CLASSES);
        Path pairs = folder.resolve(PAIRS);
        for (Path p : new Path[] {classes, pairs}) {
            if (!Files.isRegularFile(p)) {
                throw new IngestException(path.toString(), "", "no " + p.getFileName() + " in " + folder,
                        "a folder holding " + CLASSES + " and " + PAIRS);
            }
        }
        boolean missingAsZero = options.missingPairs() == CellTypeCsvOptions.MissingPairs.ZERO;
        ReadLimits limits = ReadLimits.of(path.toString(), limitOptions);
        return new Ingested.Table(CellTypeCsvReader.read(TextSource.of(classes, limits), TextSource.of(pairs, limits),
                options.weightUnit(), missingAsZero));
    }

    /** Whether a folder holds this layout. */
    public static boolean isLayout(Path folder) {
        return Files.isRegularFile(folder.resolve(CLASSES)) && Files.isRegularFile(folder.resolve(PAIRS));
    }
}
