package org.richlazy.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * {@code <out>/run-info.json}: which version of the tool produced a results folder, when the
 * experiment was first started, and on what machine. Written once by the first run; a resumed
 * sweep keeps it, so the report, which shows this date, renders the same bytes every time.
 *
 * @param version tool version that produced the results
 * @param started ISO-8601 instant the experiment was first started
 * @param java    Java version
 * @param os      operating system and architecture
 * @param cores   available processors
 */
public record RunInfo(String version, String started, String java, String os, int cores) {
    /** File name inside the results folder. */
    public static final String FILE = "run-info.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** This process: the current tool version, now, this JVM and machine. */
    public static RunInfo now() {
        return new RunInfo(toolVersion(), Instant.now().toString(), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
    }

    /** Writes {@link #now()} unless the folder already has a record. */
    public static void writeIfAbsent(Path resultsDir) {
        Path file = resultsDir.resolve(FILE);
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.writeString(file, JSON.writeValueAsString(now()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads the folder's record, or null when it has none (results from elsewhere). */
    static RunInfo readOrNull(Path resultsDir) {
        Path file = resultsDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), RunInfo.class);
        } catch (IOException e) {
            throw new ReportException("cannot read " + file + ": " + e.getMessage()
                    + "; expected the JSON record the run writes there", e);
        }
    }

    /** The version of the tool, filtered into {@code version.properties} by the build. */
    public static String toolVersion() {
        try (InputStream in = RunInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new ReportException("version.properties missing from the report module's resources");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
