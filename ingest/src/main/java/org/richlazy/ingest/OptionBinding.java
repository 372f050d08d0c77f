package org.richlazy.ingest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds an option family (a record such as {@link LimitOptions} or a reader's {@link ConnectivityReader#optionsType})
 * from the flat map of kebab-case keys a user writes (docs/formats.md#options-ingestoptions). The keys of a family are
 * its record components in kebab-case ({@code signRule} is {@code sign-rule}); a component whose type is itself a
 * record is a group of keys of the same flat map. Values are converted to the component's type: text, an
 * {@link OptionWord} enum, true/false, a whole number, a number, a list of text or a map of text.
 */
public final class OptionBinding {
    private OptionBinding() {
    }

    /**
     * The key a user writes for the component named {@code component}: its name in kebab-case ({@code signRule} is
     * {@code sign-rule}). Messages name options by this key, never by the Java name.
     */
    public static String key(String component) {
        return component.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /** The keys of {@code family} to the components they bind to, groups flattened, in declaration order. */
    public static Map<String, RecordComponent> components(Class<? extends Record> family) {
        Map<String, RecordComponent> all = new LinkedHashMap<>();
        for (RecordComponent c : family.getRecordComponents()) {
            if (c.getType().isRecord()) {
                all.putAll(components(c.getType().asSubclass(Record.class)));
            } else {
                all.put(key(c.getName()), c);
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /** Puts every non-null component of {@code family} (groups flattened) under its key into {@code given}. */
    static void unbind(Record family, Map<String, Object> given) {
        for (RecordComponent c : family.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(family);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read option " + c.getName(), e);
            }
            if (value instanceof Record group) {
                unbind(group, given);
            } else if (value != null) {
                given.put(key(c.getName()), value);
            }
        }
    }

    /**
     * The family bound from {@code given}; keys it does not have are left for {@link IngestOptions} to judge.
     *
     * @throws IngestException naming the key as written and what was expected, for a value of the wrong type or
     *                         a word not among the allowed
     */
    public static <O extends Record> O bind(Class<O> family, Map<String, Object> given, String file) {
        RecordComponent[] components = family.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            values[i] = c.getType().isRecord() ? bind(c.getType().asSubclass(Record.class), given, file)
                    : value(c.getGenericType(), key(c.getName()), given.get(key(c.getName())), file);
        }
        try {
            return family.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make option family " + family.getSimpleName(), e);
        }
    }

    /**
     * {@code value} of option {@code key} as {@code type}; null stays null.
     *
     * @throws IngestException naming the key and what was expected
     */
    public static Object value(Type type, String key, Object value, String file) {
        if (value == null) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (List.class.isAssignableFrom(raw)) {
            if (!(value instanceof List<?> list)) {
                throw wrong(file, key, value, "a list, e.g. [a, b]");
            }
            List<Object> out = new ArrayList<>();
            for (Object element : list) {
                out.add(value(argument(type, 0), key, element, file));
            }
            return List.copyOf(out);
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof Map<?, ?> map)) {
                throw wrong(file, key, value, "a section of 'name: value' lines");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), value(argument(type, 1), key + "." + k, v, file)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            throw wrong(file, key, value, expectation(raw));
        }
        return scalar(raw, key, value, file);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object scalar(Class<?> raw, String key, Object value, String file) {
        if (raw.isEnum() && OptionWord.class.isAssignableFrom(raw)) {
            if (raw.isInstance(value)) {
                return value;
            }
            Object word = OptionWord.find((Class) raw, String.valueOf(value));
            if (word == null) {
                throw new IngestException(file, "option " + key, "value '" + value + "'",
                        "one of " + OptionWord.words((Class) raw));
            }
            return word;
        }
        if (raw == String.class) {
            return String.valueOf(value);
        }
        if (raw == Boolean.class && value instanceof Boolean) {
            return value;
        }
        if (raw == Double.class && value instanceof Number n) {
            return n.doubleValue();
        }
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger b && b.bitLength() < Long.SIZE;
        if (raw == Long.class && whole) {
            return ((Number) value).longValue();
        }
        if (raw == Integer.class && whole && ((Number) value).longValue() == ((Number) value).intValue()) {
            return ((Number) value).intValue();
        }
        throw wrong(file, key, value, expectation(raw));
    }

    private static IngestException wrong(String file, String key, Object value, String expected) {
        return new IngestException(file, "option " + key, "option " + key + " = " + value, expected);
    }

    /** What a value of this type looks like, in the words of the error messages. */
    private static String expectation(Class<?> type) {
        if (type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Double.class) {
            return "a number";
        }
        return type == Boolean.class ? "true or false" : "a single text value";
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
