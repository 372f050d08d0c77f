package org.richlazy.pipeline.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of a config tree by dotted key path, for the checks that run after
 * {@link ConfigSchema}: a value that is absent, empty or of the wrong type reads as {@code null}
 * (the schema has already reported a wrong type), so each check sees only usable values.
 */
final class ConfigTree {
    private final JsonNode root;

    ConfigTree(JsonNode root) {
        this.root = root;
    }

    /** The node at a dotted path of keys (no list indices), or null. */
    JsonNode node(String path) {
        JsonNode node = root;
        for (String key : path.split("\\.")) {
            node = node == null || !node.isObject() ? null : node.get(key);
        }
        return node == null || node.isNull() ? null : node;
    }

    boolean has(String path) {
        return node(path) != null;
    }

    String text(String path) {
        JsonNode n = node(path);
        return n != null && n.isValueNode() ? n.asText() : null;
    }

    Long whole(String path) {
        JsonNode n = node(path);
        return n != null && n.isIntegralNumber() && n.canConvertToLong() ? n.asLong() : null;
    }

    Double number(String path) {
        JsonNode n = node(path);
        return n != null && n.isNumber() ? n.asDouble() : null;
    }

    /** The text elements of a list (empty or wrongly typed elements left out), or null when it is not a list. */
    List<String> texts(String path) {
        JsonNode n = node(path);
        if (n == null || !n.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        n.forEach(e -> out.add(e.isValueNode() && !e.isNull() ? e.asText() : null));
        return out;
    }

    /** The whole-number elements of a list (others as null), or null when it is not a list. */
    List<Long> wholes(String path) {
        JsonNode n = node(path);
        if (n == null || !n.isArray()) {
            return null;
        }
        List<Long> out = new ArrayList<>();
        n.forEach(e -> out.add(e.isIntegralNumber() && e.canConvertToLong() ? e.asLong() : null));
        return out;
    }

    /**
     * The section at {@code path} bound to its record, leaving out each key whose value does not bind (a wrong type
     * or an unknown word, which the schema and the word checks report), so that the record's own checks see every
     * other value; an absent section binds to the defaults. Null when the section cannot be bound at all.
     */
    <T> T bound(String path, Class<T> type, ObjectMapper mapper) {
        ObjectNode section = node(path) instanceof ObjectNode given ? given.deepCopy() : mapper.createObjectNode();
        while (true) {
            try {
                return mapper.treeToValue(section, type);
            } catch (JsonMappingException e) {
                if (e.getPath().isEmpty() || section.remove(e.getPath().get(0).getFieldName()) == null) {
                    return null;
                }
            } catch (JsonProcessingException e) {
                return null;
            }
        }
    }
}
