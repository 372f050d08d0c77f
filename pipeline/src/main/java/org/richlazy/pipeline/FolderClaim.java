package org.richlazy.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A run's claim on its results folder: the folders it refuses before writing anything ({@link #check}), the
 * {@link FolderLock} it holds while it writes, and what it created there, so that a run that fails before any of
 * its runs completed can remove it again ({@link #undo}) and leave the folder as it found it.
 *
 * <p>A results folder is one that holds {@link #MARKER} (written by this version), {@link FolderLock#FILE_NAME} or
 * {@code experiment.yaml} (written by earlier versions); whether it holds this experiment is the
 * {@link Pipeline}'s to say.
 */
final class FolderClaim implements AutoCloseable {
    /** The file that marks a results folder; it holds the SHA-256 of its resolved experiment. */
    static final String MARKER = ".richlazy-experiment";

    private final Path folder;
    private final boolean created;
    private final Set<Path> before;
    private final FolderLock lock;

    private FolderClaim(Path folder, boolean created, Set<Path> before, FolderLock lock) {
        this.folder = folder;
        this.created = created;
        this.before = before;
        this.lock = lock;
    }

    /**
     * Refuses, before anything is written: the filesystem root, the home folder ({@code user.home} and
     * {@code $HOME}) and any folder above it, even with {@code force}; a path that is a file; and, unless
     * {@code force}, a folder that holds something and is not a results folder.
     *
     * @throws ResultsFolderException naming the folder and what to do
     */
    static void check(Path folder, boolean force) {
        Path real = real(folder);
        if (real.getParent() == null) {
            throw new ResultsFolderException("refusing to write results into the filesystem root " + folder
                    + "; choose a new folder with --out");
        }
        for (Path home : homes()) {
            if (home.startsWith(real)) {
                throw new ResultsFolderException("refusing to write results into " + folder + (home.equals(real)
                        ? ", your home folder" : ", which holds your home folder " + home)
                        + "; choose a new folder with --out, e.g. --out " + home.resolve("richlazy-results"));
            }
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ResultsFolderException(folder + " is a file, not a folder; choose a results folder with --out");
        }
        if (!force && !entries(folder).isEmpty() && Stream.of(MARKER, FolderLock.FILE_NAME, Pipeline.CONFIG_FILE)
                .noneMatch(name -> Files.exists(folder.resolve(name)))) {
            throw new ResultsFolderException(folder + " is not empty and is not a richlazy results folder (it has no "
                    + MARKER + "); choose a new or empty folder with --out, or add --force to write into it"
                    + " (a results.csv or report.html there is replaced)");
        }
    }

    /**
     * Creates {@code folder} when it does not exist and locks it ({@link FolderLock#take}), remembering what it
     * held before.
     */
    static FolderClaim take(Path folder) {
        boolean created = !Files.isDirectory(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create results folder " + folder, e);
        }
        Set<Path> before = new LinkedHashSet<>(entries(folder));
        return new FolderClaim(folder, created, before, FolderLock.take(folder));
    }

    /**
     * Removes what this claim created: the whole folder when it created it, else every entry that was not there
     * when it was taken (an earlier invocation's files are kept).
     */
    void undo() {
        List<Path> made = new ArrayList<>(entries(folder));
        made.removeAll(before);
        if (created) {
            made.add(folder);
        }
        for (Path p : made) {
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(q);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + p + " after the failed run", e);
            }
        }
    }

    @Override
    public void close() {
        lock.close();
    }

    /** The entries of {@code folder}; none when it does not exist. */
    private static List<Path> entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** The folders a run never writes into as a whole: {@code user.home} and {@code $HOME}, as real paths. */
    private static List<Path> homes() {
        List<Path> homes = new ArrayList<>();
        for (String home : new String[] {System.getProperty("user.home"), System.getenv("HOME")}) {
            if (home != null && !home.isBlank()) {
                homes.add(real(Path.of(home)));
            }
        }
        return homes;
    }

    /** {@code path} with links resolved when it exists, else absolute and normalised. */
    private static Path real(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + path, e);
        }
    }
}
