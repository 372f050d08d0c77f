package org.richlazy.pipeline.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.OptionKeys;
import org.richlazy.ingest.Readers;
import org.richlazy.pipeline.AtomicFile;
import org.richlazy.pipeline.SourceFiles;
import org.richlazy.train.task.TaskCatalog;
import java.util.stream.Collectors;

/**
 * Reads an experiment YAML into an {@link ExperimentConfig} and writes the resolved one back.
 * Keys are kebab-case ({@code learning-rate}). The YAML is read as a tree first and every unknown
 * key, wrong type ({@link ConfigSchema}) and impossible value ({@link ConfigRules}; with
 * {@link #readForRun}, also against the source file: {@link SourceCheck}) is collected; they are
 * thrown together as one {@link ConfigException}, one line each naming the file, line and key path.
 * Only a config without problems is bound to {@link ExperimentConfig}.
 */
public final class ConfigLoader {
    /** The largest config file read: 4 MiB (a config is a few kilobytes; docs/config.md). */
    static final long MAX_CONFIG_BYTES = 4L << 20;
    private final ObjectMapper mapper;
    /** Writes a resolved config without its unset (null) keys, which reading refuses. */
    private final ObjectMapper writer;
    private final SourceFiles sources;
    private final TaskCatalog tasks;
    private final ReaderOptionsSchema readerOptions;

    /**
     * A loader whose source checks read through {@code sources}, handing the file to the ingest stage, whose task
     * checks ask {@code tasks} and whose reader-option checks know the option families of {@code readers}.
     */
    @Inject
    public ConfigLoader(SourceFiles sources, TaskCatalog tasks, Readers readers) {
        this.sources = sources;
        this.tasks = tasks;
        this.readerOptions = new ReaderOptionsSchema(readers);
        YAMLFactory yaml = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(yaml)
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        this.writer = mapper.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
    }

    /** Reads and resolves a config file. */
    public ExperimentConfig read(Path file) {
        return read(file, Map.of());
    }

    /**
     * Reads a config file, then replaces the values at the given dotted key paths (e.g.
     * {@code training.iterations -> 500}); each value is parsed as YAML, so {@code [1, 2]} is a list.
     * Every unknown key, wrongly typed value and impossible value is reported together in one
     * {@link ConfigException}, one line each with its file line (or {@code --set}) and key path.
     */
    public ExperimentConfig read(Path file, Map<String, String> overrides) {
        return read(file, overrides, false);
    }

    /**
     * As {@link #read(Path, Map)}, and also reads the source file (when the config names one) to
     * check that it reads, that {@code transform.neurons} is not above the neurons it holds and that
     * truncated ranks and {@code transform.truncate} are not above N; these problems are reported
     * together with every other one. This is what {@code richlazy run} uses, so a config is refused
     * whole before any work starts.
     */
    public ExperimentConfig readForRun(Path file, Map<String, String> overrides) {
        return read(file, overrides, true);
    }

    private ExperimentConfig read(Path file, Map<String, String> overrides, boolean checkSource) {
        String text = text(file);
        return parse(text, file.toString(), YamlLines.of(mapper.getFactory(), text), overrides, checkSource);
    }

    /**
     * Reads a theory config ({@code richlazy theory}) with overrides as {@link #read(Path, Map)}: unknown keys,
     * wrong types and impossible values ({@link org.richlazy.train.theory.TheorySpec#problems}) reported together.
     */
    public TheoryConfig readTheory(Path file, Map<String, String> overrides) {
        String text = text(file);
        String name = file.toString();
        ConfigProblems problems = new ConfigProblems(name, YamlLines.of(mapper.getFactory(), text), overrides);
        ObjectNode root = tree(text, name, overrides, problems);
        ConfigSchema.check(root, TheoryConfig.class, readerOptions, problems);
        problems.throwIfAny();
        TheoryConfig config = bind(root, TheoryConfig.class, name);
        problems.addAll("theory", config.theory().problems());
        problems.throwIfAny();
        return config;
    }

    /** Writes a resolved theory config to {@code file}. */
    public void write(TheoryConfig config, Path file) {
        try {
            AtomicFile.writeString(file, writer.writeValueAsString(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The config file's text; a path that is not a regular file (a FIFO, {@code /dev/zero}) or a file above
     * {@link #MAX_CONFIG_BYTES} is refused before it is read.
     */
    private static String text(Path file) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ConfigException(file + ": not a regular file (a folder, device, pipe or socket); expected "
                        + "a config file");
            }
            long size = Files.size(file);
            if (size > MAX_CONFIG_BYTES) {
                throw new ConfigException(file + ": a config file of " + size + " bytes, above the limit of "
                        + MAX_CONFIG_BYTES + " bytes (4 MiB); expected a config of a few kilobytes");
            }
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": config file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read config file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and resolves a config from a stream with overrides as in {@link #read(Path, Map)};
     * {@code name} is used in error messages.
     */
    public ExperimentConfig parse(InputStream in, String name, Map<String, String> overrides) {
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(text, name, YamlLines.of(mapper.getFactory(), text), overrides, false);
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read config: " + e.getMessage(), e);
        }
    }

    /**
     * The tree, with the overrides set; then every problem of the tree against the records
     * ({@link ConfigSchema}), of its values ({@link ConfigRules}) and, when asked, of the source
     * ({@link SourceCheck}); then the binding.
     */
    private ExperimentConfig parse(String text, String name, YamlLines lines, Map<String, String> overrides,
                                   boolean checkSource) {
        ConfigProblems problems = new ConfigProblems(name, lines, overrides);
        ObjectNode root = tree(text, name, overrides, problems);
        ConfigSchema.check(root, ExperimentConfig.class, readerOptions, problems);
        ConfigTree values = new ConfigTree(root);
        ConfigRules.check(values, mapper, tasks, problems);
        if (checkSource) {
            SourceCheck.check(values, mapper, problems, sources, readerOptions);
        }
        problems.throwIfAny();
        return bind(root, ExperimentConfig.class, name);
    }

    private <T> T bind(ObjectNode root, Class<T> type, String name) {
        try {
            return mapper.treeToValue(root, type);
        } catch (JsonProcessingException e) {
            throw new ConfigException(describe(name, e), e);
        }
    }

    /** Whether a YAML text holds nothing but blank lines, comments and the document markers {@code ---} and {@code ...}. */
    private static boolean onlyDocumentMarkers(String text) {
        return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---")
                || l.startsWith("--- #") || l.equals("..."));
    }

    /** The YAML's top-level section with the overrides set (a malformed override is a problem). */
    private ObjectNode tree(String text, String name, Map<String, String> overrides, ConfigProblems problems) {
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(describe(name, e), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull() || tree.isObject() && tree.isEmpty()
                || onlyDocumentMarkers(text)) {
            throw new ConfigException(name + ": the config file holds no settings (empty, only comments, only the "
                    + "document marker --- or {});"
                    + " expected at least one section, e.g. 'source:' (examples/ has complete configs)");
        }
        ObjectNode root;
        if (tree instanceof ObjectNode object) {
            root = object;
        } else {
            throw new ConfigException(name + ": the config is a " + (tree.isArray() ? "list" : "single value")
                    + "; expected a section of 'key: value' lines");
        }
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            try {
                set(root, override.getKey(), mapper.readTree(override.getValue()), name);
            } catch (JsonProcessingException e) {
                problems.add(override.getKey(), "--set " + override.getKey() + ": malformed YAML value '"
                        + override.getValue() + "'");
            }
        }
        nulls(root, "", problems);
        return root;
    }

    /**
     * A null value ({@code ~}, {@code null} or a key with nothing after it) is a problem at its key: binding
     * would silently give the key its default.
     */
    private static void nulls(JsonNode node, String path, ConfigProblems problems) {
        if (node.isNull()) {
            problems.add(path, "'" + path + "' is null (~, null or nothing after the colon); expected a value, or"
                    + " the key left out for its default");
        } else if (node.isTextual() && node.textValue().isBlank()) {
            problems.add(path, "'" + path + "' is empty; expected a value, or the key left out for its default");
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> nulls(e.getValue(), ConfigPaths.key(path, e.getKey()), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nulls(node.get(i), ConfigPaths.element(path, i), problems);
            }
        }
    }

    private static void set(ObjectNode root, String dottedPath, JsonNode value, String name) {
        String[] keys = dottedPath.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode child = node.get(keys[i]);
            if (child == null || child.isNull()) {
                child = node.putObject(keys[i]);
            }
            if (!(child instanceof ObjectNode object)) {
                throw new ConfigException(name + ": cannot set '" + dottedPath + "': '" + keys[i]
                        + "' is not a section");
            }
            node = object;
        }
        node.set(keys[keys.length - 1], value);
    }

    /**
     * Reader options from {@code key=value} pairs with the config file's key names (e.g.
     * {@code edge-type=chemical}); each value is parsed as YAML. A key of no reader is refused here; whether the
     * format read takes a key, and its value, are checked when the file is read (docs/formats.md#options-ingestoptions).
     */
    public IngestOptions ingestOptions(Map<String, String> options) {
        ObjectNode node = mapper.createObjectNode();
        try {
            for (Map.Entry<String, String> option : options.entrySet()) {
                if (!readerOptions.keys().contains(option.getKey())) {
                    throw new ConfigException("--option: unknown key '" + option.getKey() + "'"
                            + OptionKeys.kebabHint(option.getKey()) + "; known keys here: "
                            + String.join(", ", readerOptions.keys()));
                }
                node.set(option.getKey(), mapper.readTree(option.getValue()));
            }
            return mapper.treeToValue(node, IngestOptions.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException(describe("--option", e), e);
        }
    }

    /** The resolved config as YAML, every default written out. */
    public String toYaml(ExperimentConfig config) {
        try {
            return writer.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the resolved config to {@code file}. */
    public void write(ExperimentConfig config, Path file) {
        try {
            AtomicFile.writeString(file, toYaml(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(String name, JsonProcessingException e) {
        JsonLocation at = e.getProcessor() instanceof JsonParser parser ? parser.currentTokenLocation()
                : e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return where + ": unknown key '" + path(unknown) + "'; known keys here: " + known;
        }
        if (e instanceof ValueInstantiationException bad && bad.getCause() != null) {
            return where + ": invalid value in '" + path(bad) + "': " + bad.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where + ": bad value for '" + path(mismatch) + "'; expected " + ConfigSchema.expectation(mismatch.getTargetType());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return where + ": bad value for '" + path(mapping) + "': " + e.getOriginalMessage();
        }
        String duplicate = "Duplicate field '";
        if (e.getOriginalMessage().startsWith(duplicate)) {
            String key = e.getOriginalMessage().substring(duplicate.length()).split("'")[0];
            return where + ": key '" + key + "' given twice in one section; expected each key once";
        }
        return where + ": malformed YAML: " + firstLine(e.getOriginalMessage()) + "; expected YAML 'key: value' lines"
                + " (docs/config.md)";
    }

    /**
     * The parser's own sentence without the excerpt of the file it adds below it (a few lines with a caret), so
     * the error stays one line; the position is already in front of it.
     */
    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().split("\\R", 2)[0];
        return line.isEmpty() ? "unreadable text" : line;
    }

    private static String path(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "(top level)";
        }
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
