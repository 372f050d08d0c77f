package org.richlazy.ingest.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A release's standard file names looked up in a folder: a name is a file name, or a glob with {@code *} for the
 * part that changes between versions and datasets (e.g. {@code body-annotations-*.feather}).
 */
final class ReleaseFiles {
    private ReleaseFiles() {
    }

    /** The regular files of {@code folder} each name matches, in the order of {@code names} (a glob's in name order). */
    static List<Path> present(Path folder, List<String> names) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        for (String name : names) {
            if (!name.contains("*")) {
                Path p = folder.resolve(name);
                if (Files.isRegularFile(p) && !found.contains(p)) {
                    found.add(p);
                }
                continue;
            }
            List<Path> matches = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, name)) {
                entries.forEach(p -> {
                    if (Files.isRegularFile(p) && !found.contains(p)) {
                        matches.add(p);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
            matches.sort(null);
            found.addAll(matches);
        }
        return found;
    }

    /** The folder a file is in ({@code ""}, the working folder, for a bare file name). */
    static Path folderOf(Path file) {
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }
}
