package org.richlazy.ingest.release;

import java.util.List;
import org.richlazy.ingest.FileOption;

/**
 * The options of format {@code winding-2023} (docs/formats.md#winding-2023-the-drosophila-larva-winding-et-al-2023);
 * every component nullable, null meaning the default.
 *
 * @param nodeFiles  annotation tables; null = the standard ones beside the matrix
 * @param weightUnit a unit that replaces the recorded {@code synapse count}
 */
public record WindingOptions(@FileOption List<String> nodeFiles, String weightUnit) {
}
