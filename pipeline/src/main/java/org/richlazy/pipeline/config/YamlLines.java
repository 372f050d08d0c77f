package org.richlazy.pipeline.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each key path of a YAML text starts ({@code training.seeds[1]} style), read
 * with the streaming parser because a parsed tree keeps no locations.
 */
final class YamlLines {
    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** No lines known (a config that is not a file, or only overrides). */
    static YamlLines none() {
        return new YamlLines(Map.of());
    }

    /** The lines of {@code text}; a text the parser rejects gives what was read before the fault. */
    static YamlLines of(JsonFactory yaml, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = yaml.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t.isStructStart()) {
                    JsonStreamContext at = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                    lines.putIfAbsent(path(at), p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // the binding reports malformed YAML with its own location
        }
        return new YamlLines(lines);
    }

    /** The line of {@code path}, else of its nearest ancestor that has one; -1 when none has. */
    int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = ConfigPaths.parent(p);
        }
        return -1;
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        return ConfigPaths.join(parts);
    }
}
