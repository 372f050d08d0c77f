package org.richlazy.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The reader options as a user gives them: one flat map of kebab-case keys ({@code source.options} of a config,
 * {@code --option key=value}; docs/formats.md#options-ingestoptions), bound from YAML or JSON as it stands. What a
 * key means, and which keys a format takes, is decided by the option families: {@code format}, the
 * {@link LimitOptions} every format takes, and the record each reader declares ({@link ConnectivityReader#optionsType});
 * {@link Readers#read} binds the chosen reader's family and refuses a key it does not have ({@link OptionKeys}).
 *
 * @param given the keys given to their values (text, number, true/false, list or map; a word of an
 *              {@link OptionWord} is kept as its word)
 */
public record IngestOptions(@JsonValue Map<String, Object> given) {
    /** The key that forces a format (docs/formats.md#choosing-a-format); absent = detect. */
    public static final String FORMAT = "format";

    public IngestOptions {
        Map<String, Object> copy = new LinkedHashMap<>();
        given.forEach((k, v) -> copy.put(k, v instanceof OptionWord w ? w.word() : v));
        given = Collections.unmodifiableMap(copy);
    }

    /** Options bound from a YAML or JSON object (keys as the user wrote them). */
    @JsonCreator
    public static IngestOptions of(Map<String, Object> given) {
        return new IngestOptions(given);
    }

    /** The options set in option families: each non-null component under its key. */
    public static IngestOptions of(Record... families) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (Record family : families) {
            OptionBinding.unbind(family, given);
        }
        return new IngestOptions(given);
    }

    /** No option: every default, the format detected. */
    public static IngestOptions defaults() {
        return new IngestOptions(Map.of());
    }

    /** The forced format, or null to detect it from extension and content. */
    public String format() {
        Object format = given.get(FORMAT);
        return format == null ? null : format.toString().strip();
    }

    /** These options with {@code key} set to {@code value} (null: left out). */
    public IngestOptions with(String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(given);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new IngestOptions(changed);
    }

    /** These options with the format forced (null = detect). */
    public IngestOptions withFormat(String format) {
        return with(FORMAT, format);
    }

    /**
     * These options with every file they name (the keys of {@link FileOption} components: {@code labels-file},
     * {@code classes-file}, {@code node-files}, {@code ids-file} of the families of {@code readers}) passed through
     * {@code resolve}, e.g. made absolute.
     */
    public IngestOptions withFiles(Readers readers, UnaryOperator<String> resolve) {
        Map<String, Object> changed = new LinkedHashMap<>(given);
        for (String key : OptionKeys.files(readers)) {
            changed.computeIfPresent(key, (k, v) -> v instanceof List<?> list
                    ? list.stream().map(f -> resolve.apply(String.valueOf(f))).toList() : resolve.apply(String.valueOf(v)));
        }
        return new IngestOptions(changed);
    }

    /** The limits every format takes, bound from these options (see {@link OptionBinding#bind}). */
    public LimitOptions limits(String file) {
        return OptionBinding.bind(LimitOptions.class, given, file);
    }

    /** The option family {@code type} bound from these options (see {@link OptionBinding#bind}). */
    public <O extends Record> O family(Class<O> type, String file) {
        return OptionBinding.bind(type, given, file);
    }
}
