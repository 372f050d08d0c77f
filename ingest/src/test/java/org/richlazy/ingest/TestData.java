package org.richlazy.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where the shared lab data lives, and option records made the way the pipeline makes them. */
public final class TestData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestData() {
    }

    /** A file or folder under the shared data folder; skips the test when the folder is absent. */
    public static Path shared(String relative) {
        String root = System.getProperty("richlazy.shared.data");
        assumeTrue(root != null && Files.isDirectory(Path.of(root)),
                "shared lab data folder (../shared/data) is absent: real-data test skipped");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(p), "shared lab data file " + relative + " is absent: real-data test skipped");
        return p;
    }

    /** Options bound from a map by Jackson, exactly as the pipeline binds a YAML block. */
    public static IngestOptions options(Map<String, ?> values) {
        return JSON.convertValue(values, IngestOptions.class);
    }

    /** Writes a text file (UTF-8) and returns it. */
    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
