package org.richlazy.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A named text input: a file on disk or a class-path resource. The name is what errors and
 * provenance show.
 */
public final class TextSource {

    /** Opens the bytes of a source. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;

    private TextSource(String name, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** A file; its name is the path as given. */
    public static TextSource of(Path file) {
        return new TextSource(file.toString(), () -> Files.newInputStream(file));
    }

    /**
     * A class-path resource next to {@code anchor}; its name is {@code resource:<absolute path>}.
     *
     * @param resourcePath absolute resource path, e.g. {@code /org/richlazy/ingest/presets/x.csv}
     */
    public static TextSource resource(Class<?> anchor, String resourcePath) {
        return new TextSource("resource:" + resourcePath, () -> {
            InputStream in = anchor.getResourceAsStream(resourcePath);
            if (in == null) {
                throw new IOException("resource " + resourcePath + " is not on the class path");
            }
            return in;
        });
    }

    public String name() {
        return name;
    }

    InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return name;
    }
}
