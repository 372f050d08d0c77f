package org.richlazy.ingest.assemble;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.text.Delimiter;
import org.richlazy.ingest.text.TextRow;
import org.richlazy.ingest.text.TextSource;
import org.richlazy.ingest.text.TextTable;

/**
 * A neuron list: one label per line (the first comma-separated cell of each line, trimmed;
 * {@code #} comments allowed). A first line whose first cell is {@code id}, {@code node_id},
 * {@code name}, {@code label}, {@code neuron}, {@code cell} or a release's id column ({@code root_id},
 * {@code pt_root_id}, {@code bodyId}, {@code body_id}, {@code skid}, {@code skeleton_id}) is a header and skipped.
 */
public final class LabelsFile {
    private static final Set<String> HEADER_WORDS = Set.of("id", "node_id", "name", "label", "neuron", "cell", "root_id",
            "pt_root_id", "bodyid", "body_id", "skid", "skeleton_id");

    private LabelsFile() {
    }

    /**
     * The labels in file order; duplicates are checked by {@link NeuronIndex#closed}.
     *
     * @throws org.richlazy.ingest.IngestException if the file is unreadable or empty
     */
    public static List<String> read(Path file, ReadLimits limits) {
        TextTable table = TextTable.read(TextSource.of(file, limits), Delimiter.COMMA, false);
        List<String> labels = new ArrayList<>();
        List<TextRow> rows = table.rows();
        int start = HEADER_WORDS.contains(rows.get(0).cell(0).strip().toLowerCase(Locale.ROOT)) ? 1 : 0;
        for (TextRow row : rows.subList(start, rows.size())) {
            labels.add(row.cell(0).strip());
        }
        return labels;
    }
}
