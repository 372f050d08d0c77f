package org.richlazy.ingest;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The option keys, derived from the option families (docs/formats.md#options-ingestoptions): {@code format}, the
 * {@link LimitOptions} every format takes, and each reader's {@link ConnectivityReader#optionsType}. One key may
 * belong to several families ({@code orientation}); {@code property} means a different thing in each.
 */
public final class OptionKeys {
    private OptionKeys() {
    }

    /** Every key of every family of {@code readers} to the component types it binds to, in family order. */
    public static Map<String, List<Type>> all(Readers readers) {
        Map<String, List<Type>> all = new LinkedHashMap<>();
        all.put(IngestOptions.FORMAT, List.of(String.class));
        List<Class<? extends Record>> families = new ArrayList<>(List.of(LimitOptions.class));
        families.addAll(readers.families());
        for (Class<? extends Record> family : families) {
            OptionBinding.components(family).forEach((key, c) -> {
                List<Type> types = all.computeIfAbsent(key, k -> new ArrayList<>());
                if (!types.contains(c.getGenericType())) {
                    types.add(c.getGenericType());
                }
            });
        }
        return all;
    }

    /** The keys of the families of {@code readers} whose components name files ({@link FileOption}). */
    static Set<String> files(Readers readers) {
        Set<String> files = new LinkedHashSet<>();
        readers.families().forEach(family -> OptionBinding.components(family).forEach((key, c) -> {
            if (c.isAnnotationPresent(FileOption.class)) {
                files.add(key);
            }
        }));
        return files;
    }

    /** The keys of {@code reader}'s own family, sorted. */
    public static Set<String> of(ConnectivityReader<?> reader) {
        return new TreeSet<>(OptionBinding.components(reader.optionsType()).keySet());
    }

    /** Whether every format takes {@code key}: {@code format} and the limits. */
    static boolean forEveryFormat(String key) {
        return key.equals(IngestOptions.FORMAT) || OptionBinding.components(LimitOptions.class).containsKey(key);
    }

    /**
     * Refuses a key of {@code options} that {@code reader} does not take (naming the keys it takes), and a value its
     * family cannot bind.
     *
     * @throws IngestException naming the key as the user wrote it
     */
    static void requireTaken(String file, ConnectivityReader<?> reader, IngestOptions options) {
        Map<String, RecordComponent> own = OptionBinding.components(reader.optionsType());
        for (Map.Entry<String, Object> option : options.given().entrySet()) {
            String key = option.getKey();
            if (!forEveryFormat(key) && !own.containsKey(key)) {
                throw new IngestException(file, "option " + key, "option " + key + " = " + option.getValue()
                        + " is not used by format " + reader.format() + kebabHint(key), "only options of "
                        + reader.format() + ": " + of(reader));
            }
        }
    }

    /** For a key written in camelCase, the kebab-case key it stands for; else nothing. */
    public static String kebabHint(String key) {
        String kebab = OptionBinding.key(key);
        return kebab.equals(key) ? "" : " (keys are written in kebab-case: " + kebab + ")";
    }

    /**
     * {@code value} of {@code key} checked against the component types of {@code key} (those of {@code format}'s
     * family when a format of {@code readers} is given, else of every family that has the key).
     *
     * @throws IngestException from the first type, when no type takes the value
     */
    public static void requireValue(Readers readers, String file, String format, String key, Object value) {
        ConnectivityReader<?> reader = format == null ? null : readers.reader(format);
        List<Type> types = reader != null && OptionBinding.components(reader.optionsType()).containsKey(key)
                ? List.of(OptionBinding.components(reader.optionsType()).get(key).getGenericType())
                : all(readers).getOrDefault(key, List.of());
        IngestException first = null;
        for (Type type : types) {
            try {
                OptionBinding.value(type, key, value, file);
                return;
            } catch (IngestException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
