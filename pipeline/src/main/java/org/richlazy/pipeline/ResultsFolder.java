package org.richlazy.pipeline;

import java.nio.file.Path;

/**
 * The experiment's results folder (docs/architecture.md#the-results-folder), absolute.
 *
 * @param path absolute path of the folder
 */
public record ResultsFolder(Path path) {
    public ResultsFolder {
        path = path.toAbsolutePath().normalize();
    }
}
