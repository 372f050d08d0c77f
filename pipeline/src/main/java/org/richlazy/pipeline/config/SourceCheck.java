package org.richlazy.pipeline.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.pipeline.SourceFiles;

/**
 * The checks that need the source file: it exists and reads (the ingest error, when not), N is
 * not above the neurons it holds, and truncated ranks and {@code transform.truncate} are not above
 * N. The file is read here, so that these problems are reported with every other one before any work
 * starts, through {@link SourceFiles}, which hands what was read to the ingest stage (the file is read
 * once per run).
 */
final class SourceCheck {
    private SourceCheck() {
    }

    /** The key path an ingest error is about: the option it names ({@code option edge-type}), else the source path. */
    private static String keyAt(IngestException e) {
        String option = "option ";
        return e.location() != null && e.location().startsWith(option)
                ? "source.options." + e.location().substring(option.length()).split(" ")[0] : "source.path";
    }

    static void check(ConfigTree tree, ObjectMapper mapper, ConfigProblems problems, SourceFiles sources,
                      ReaderOptionsSchema readerOptions) {
        String path = tree.text("source.path");
        if (path == null || tree.has("source.preset")) {
            return;
        }
        Path file = Path.of(path);
        if (!Files.exists(file)) {
            problems.bad("source.path", "names " + file.toAbsolutePath().normalize() + ", which does not exist",
                    "an existing connectivity file or folder");
            return;
        }
        IngestOptions options;
        try {
            options = tree.has("source.options")
                    ? mapper.treeToValue(tree.node("source.options"), IngestOptions.class) : IngestOptions.defaults();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return; // the schema has reported the options' problem
        }
        if (!readerOptions.keys().containsAll(options.given().keySet()) || problems.anyAt("source.options")) {
            return; // the schema has reported the unknown key or the bad value; reading would report it again
        }
        Ingested source;
        try {
            source = sources.read(file, options);
        } catch (IngestException e) {
            problems.add(keyAt(e), "cannot read the source: " + e.getMessage());
            return;
        }
        Long neurons = tree.whole("transform.neurons");
        if (source instanceof Ingested.Matrix m) {
            int available = m.connectome().size();
            if (neurons != null && neurons > available) {
                problems.bad("transform.neurons", "= " + neurons + " is above the " + available + " neurons of " + path,
                        "at most " + available);
                return;
            }
            if (neurons == null) {
                String whereNFrom = "N = " + available + " (every neuron of " + path + ")";
                ConfigRules.ranksWithin(tree, problems, available, whereNFrom);
                MemoryCheck.check(tree, problems, available, "unset: " + whereNFrom, false);
            } else if (neurons >= 1) {
                MemoryCheck.check(tree, problems, neurons, "= " + neurons, false);
            }
        } else if (neurons == null) {
            ConfigRules.ranksWithin(tree, problems, ConfigRules.DEFAULT_SAMPLED_N,
                    "N = " + ConfigRules.DEFAULT_SAMPLED_N + " (the default for a cell-type table)");
        } else if (neurons >= 1) {
            MemoryCheck.check(tree, problems, neurons, "= " + neurons, false);
        }
    }
}
