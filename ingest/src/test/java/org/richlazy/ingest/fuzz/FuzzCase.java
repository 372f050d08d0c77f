package org.richlazy.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.Ingested;

/**
 * One fuzz case: a sample, a mutation and the seed of its random draws; replaying the same three
 * damages the file the same way.
 *
 * @param id       the case number in its run
 * @param sample   the file to damage
 * @param mutation how to damage it
 * @param seed     the seed of the mutation's random draws
 */
record FuzzCase(int id, FuzzSample sample, Mutation mutation, long seed) {

    String describe() {
        return "case " + id + " (" + mutation + " of " + sample.file().getFileName() + ", case seed " + seed + ")";
    }

    /**
     * Writes the damaged file into a fresh folder {@code work/case-<id>} (its siblings linked), reads
     * it as the original is read, and removes the folder.
     */
    Ingested read(Path work) throws IOException {
        Path copy = work.resolve("case-" + id);
        try {
            prepare(copy);
            return TestReaders.READERS.read(sample.readPath(copy), sample.options());
        } finally {
            delete(copy);
        }
    }

    private void prepare(Path copy) throws IOException {
        Files.createDirectories(copy);
        Path original = sample.file();
        try (Stream<Path> siblings = Files.list(original.getParent())) {
            for (Path sibling : siblings.toList()) {
                if (!sibling.equals(original) && Files.isRegularFile(sibling)) {
                    Files.createSymbolicLink(copy.resolve(sibling.getFileName()), sibling.toAbsolutePath());
                }
            }
        }
        byte[] damaged = mutation.apply(Files.readAllBytes(original), sample.dims(), new SplittableRandom(seed));
        Files.write(copy.resolve(original.getFileName()), damaged);
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
