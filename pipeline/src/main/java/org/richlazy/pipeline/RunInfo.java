package org.richlazy.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code <out>/run-info.json}: the tool version, when the experiment was first started, and the
 * machine it ran on. Written once; a resumed sweep keeps the first record, so the report
 * (which shows this date) renders the same bytes every time.
 */
final class RunInfo {
    static final String FILE = "run-info.json";

    private RunInfo() {
    }

    /** Writes the record unless the folder already has one. */
    static void writeIfAbsent(Path resultsDir) {
        Path file = resultsDir.resolve(FILE);
        if (Files.exists(file)) {
            return;
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("tool", "richlazy");
        info.put("version", Version.current());
        info.put("started", Instant.now().toString());
        info.put("java", System.getProperty("java.version"));
        info.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        info.put("cores", Runtime.getRuntime().availableProcessors());
        try {
            Files.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(info) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
