package org.richlazy.pipeline.config;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.richlazy.ingest.IngestOptions;

/**
 * Checks a config tree against the records it binds to ({@link ExperimentConfig} and its section
 * records): every key must name a record component (in kebab-case; the components of a group written flat in its
 * section, {@link #keyComponents}), every value must have the
 * component's type (whole number, number, true/false, text, list, section). Every mismatch is
 * recorded, not only the first; an empty value ({@code null}) means "the default" and is allowed. The reader
 * options, one flat section whose keys come from the readers' option families, are checked by
 * {@link ReaderOptionsSchema}.
 */
final class ConfigSchema {
    /** Record component names to config keys: {@code learningRate} to {@code learning-rate}. */
    static final PropertyNamingStrategies.NamingBase KEBAB =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE;

    private ConfigSchema() {
    }

    /**
     * Records every unknown key and wrongly typed value of {@code root} (bound to {@code type}), the reader options
     * checked by {@code readerOptions}.
     */
    static void check(JsonNode root, Class<? extends Record> type, ReaderOptionsSchema readerOptions,
                      ConfigProblems problems) {
        section(root, "", type, readerOptions, problems);
    }

    /**
     * The components whose names are the keys of a section bound to {@code record}, in order: its own, with each
     * group marked {@code @JsonUnwrapped} replaced by the group's components, since a group's keys are written flat
     * in the section (as {@code training.tau} is {@code TrainingSpec.dynamics().tau()}).
     */
    static List<RecordComponent> keyComponents(Class<?> record) {
        List<RecordComponent> keys = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                keys.addAll(keyComponents(c.getType()));
            } else {
                keys.add(c);
            }
        }
        return keys;
    }

    private static void section(JsonNode node, String path, Class<?> record, ReaderOptionsSchema readerOptions,
                                ConfigProblems problems) {
        Map<String, Type> components = new LinkedHashMap<>();
        for (RecordComponent c : keyComponents(record)) {
            components.put(KEBAB.translate(c.getName()), c.getGenericType());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = ConfigPaths.key(path, field.getKey());
            Type type = components.get(field.getKey());
            if (type == null) {
                problems.add(at, "unknown key '" + at + "'; known keys here: "
                        + components.keySet().stream().sorted().collect(Collectors.joining(", ")));
            } else {
                value(field.getValue(), at, type, readerOptions, problems);
            }
        }
    }

    private static void value(JsonNode node, String path, Type type, ReaderOptionsSchema readerOptions,
                              ConfigProblems problems) {
        if (node.isNull()) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == IngestOptions.class) {
            readerOptions.check(node, path, problems);
        } else if (raw.isRecord()) {
            if (node.isObject()) {
                section(node, path, raw, readerOptions, problems);
            } else {
                mismatch(node, path, "a section of 'key: value' lines", problems);
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                mismatch(node, path, expectation(raw), problems);
                return;
            }
            Type element = argument(type, 0);
            for (int i = 0; i < node.size(); i++) {
                String at = ConfigPaths.element(path, i);
                if (node.get(i).isNull()) {
                    problems.bad(at, "is empty", expectation(raw(element)));
                } else {
                    value(node.get(i), at, element, readerOptions, problems);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!node.isObject()) {
                mismatch(node, path, "a section of 'name: value' lines", problems);
                return;
            }
            Type valueType = argument(type, 1);
            node.fields().forEachRemaining(e -> value(e.getValue(), ConfigPaths.key(path, e.getKey()), valueType,
                    readerOptions, problems));
        } else if (!scalarFits(node, raw)) {
            mismatch(node, path, expectation(raw), problems);
        }
    }

    private static boolean scalarFits(JsonNode node, Class<?> raw) {
        if (raw == Integer.class) {
            return node.isIntegralNumber() && node.canConvertToInt();
        }
        if (raw == Long.class) {
            return node.isIntegralNumber() && node.canConvertToLong();
        }
        if (raw == Double.class) {
            return node.isNumber();
        }
        if (raw == Boolean.class) {
            return node.isBoolean();
        }
        return node.isValueNode();
    }

    static void mismatch(JsonNode node, String path, String expected, ConfigProblems problems) {
        String given = node.isContainerNode() ? (node.isArray() ? "a list" : "a section") : "'" + node.asText() + "'";
        problems.add(path, "bad value for '" + path + "': " + given + "; expected " + expected);
    }

    /** What a value of this type looks like, in the words of the error messages. */
    static String expectation(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a single text value";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list, e.g. [a, b]";
        }
        return "a section of 'key: value' lines";
    }

    /** The class of a component type, without its type arguments. */
    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }

    /** The {@code index}-th type argument of a parameterised component type ({@code List<E>}, {@code Map<K, V>}). */
    static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
