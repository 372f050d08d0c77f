package org.richlazy.pipeline.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.OptionKeys;
import org.richlazy.ingest.Readers;

/**
 * Checks {@code source.options} (docs/formats.md#options-ingestoptions) when the config is loaded: every key must be
 * a key of some bound reader's option family ({@link OptionKeys}), and every value must bind to the key's type, a word
 * among the words its enum allows (against the family of {@code source.options.format} when that names a format).
 * Whether the format the source is read by takes each key is checked when it is read ({@link SourceCheck}).
 */
final class ReaderOptionsSchema {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final Readers readers;

    ReaderOptionsSchema(Readers readers) {
        this.readers = readers;
    }

    /** The option keys, sorted, as an unknown key's message lists them. */
    Set<String> keys() {
        return new TreeSet<>(OptionKeys.all(readers).keySet());
    }

    /** Records every unknown key and every value its key cannot take of {@code node}, at {@code path}. */
    void check(JsonNode node, String path, ConfigProblems problems) {
        if (!node.isObject()) {
            ConfigSchema.mismatch(node, path, "a section of 'key: value' lines", problems);
            return;
        }
        JsonNode format = node.get(IngestOptions.FORMAT);
        String formatName = format != null && format.isTextual() ? format.textValue().strip() : null;
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            String key = field.getKey();
            String at = ConfigPaths.key(path, key);
            if (!OptionKeys.all(readers).containsKey(key)) {
                problems.add(at, "unknown key '" + at + "'" + OptionKeys.kebabHint(key) + "; known keys here: "
                        + String.join(", ", keys()));
            } else if (!field.getValue().isNull()) {
                try {
                    OptionKeys.requireValue(readers, path, formatName, key, PLAIN.convertValue(field.getValue(), Object.class));
                } catch (IngestException e) {
                    ConfigSchema.mismatch(field.getValue(), at, e.expected(), problems);
                }
            }
        }
    }
}
