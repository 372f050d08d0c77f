package org.richlazy.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IoFailure;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.text.Delimiter;

/**
 * Opens a table file by its content, not its name: the Arrow IPC signature {@code ARROW1} (Feather v2)
 * or the Parquet signature {@code PAR1} goes to the {@link ColumnarFormat} that accepts it, anything
 * else is read as delimited text (gzip or plain). Feather v1 ({@code FEA1}) is refused with the way out.
 */
public final class TableFiles {
    private static final byte[] FEATHER_V1 = {'F', 'E', 'A', '1'};
    private static final List<KnownBinary> BINARY = List.of(
            new KnownBinary("Feather v2 / Arrow IPC", new byte[] {'A', 'R', 'R', 'O', 'W', '1'}),
            new KnownBinary("Parquet", new byte[] {'P', 'A', 'R', '1'}));

    /** What to do when an optional reader is missing. */
    static final String OPTIONAL_READERS = "the optional readers on the class path: ./richlazy adds "
            + "ingest-formats/target/richlazy-formats.jar for every command but demo (building it on first use); with "
            + "java -jar, put that jar on the class path too";

    private record KnownBinary(String name, byte[] magic) {
    }

    private TableFiles() {
    }

    /**
     * Opens a table.
     *
     * @param delimiter for text: the delimiter, or null to detect it
     * @param limits    the {@link ReadLimits} it is read within
     * @throws IngestException if the file is missing or unreadable, is Feather v1, or is a columnar file
     *                         and no installed {@link ColumnarFormat} reads it
     */
    public static TableFile open(Path file, Delimiter delimiter, ReadLimits limits) {
        if (!Files.isRegularFile(file)) {
            throw new IngestException(file.toString(), "", "no such file", "an existing table file");
        }
        byte[] head = head(file);
        if (startsWith(head, FEATHER_V1)) {
            throw new IngestException(file.toString(), "", "a Feather version 1 file",
                    "Feather version 2 (Arrow IPC): re-save it with pyarrow.feather.write_feather(table, path) or "
                            + "pandas DataFrame.to_feather(path)");
        }
        for (ColumnarFormat format : ServiceLoader.load(ColumnarFormat.class, TableFiles.class.getClassLoader())) {
            if (format.accepts(head)) {
                return format.open(file, limits);
            }
        }
        for (KnownBinary known : BINARY) {
            if (startsWith(head, known.magic())) {
                throw new IngestException(file.toString(), "", "a " + known.name() + " file, and this build of "
                        + "richlazy has no " + known.name() + " reader (the optional ingest-formats module)",
                        OPTIONAL_READERS + "; or the table as CSV");
            }
        }
        return DelimitedTable.open(file, delimiter, limits);
    }

    /** Whether a file starts with a columnar signature ({@code ARROW1}, {@code PAR1} or Feather v1's {@code FEA1}). */
    public static boolean isColumnar(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = head(file);
        return startsWith(head, FEATHER_V1) || BINARY.stream().anyMatch(b -> startsWith(head, b.magic()));
    }

    /** The installed columnar formats' names. */
    public static List<String> columnarFormats() {
        List<String> names = new ArrayList<>();
        ServiceLoader.load(ColumnarFormat.class, TableFiles.class.getClassLoader()).forEach(f -> names.add(f.name()));
        return names;
    }

    static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new IngestException(file.toString(), "", "cannot read file: " + IoFailure.describe(e),
                    "a readable file", e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
