package org.richlazy.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The hold one richlazy process has on a results folder while it writes there: an operating-system lock
 * ({@link FileChannel#tryLock}) on {@code <folder>/.richlazy.lock}, which holds the process id. The system releases
 * the lock when the process ends, however it ends (a {@code kill -9} included), so a stale file never blocks a later
 * run; the file itself stays.
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file's name inside the results folder. */
    public static final String FILE_NAME = ".richlazy.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code folder} (which must exist) and writes this process's id to the lock file.
     *
     * @throws ResultsFolderException when another process (or another run in this one) holds the lock, or the lock
     *                                file cannot be written
     */
    public static FolderLock take(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new ResultsFolderException("another richlazy run (pid " + holder(file) + ") is writing to "
                        + folder + "; wait until it ends (or stop it), then try again");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new FolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw new ResultsFolderException("cannot lock results folder " + folder + " (" + file + ": " + e + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(channel, e);
            throw e;
        }
    }

    /** The lock, or {@code null} when another process, or another channel of this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The process id the holder wrote, or "unknown" before it has written one. */
    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
            return pid.isEmpty() ? "unknown" : pid;
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void closeQuietly(FileChannel channel, Exception failure) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new ResultsFolderException("cannot release the lock " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }
}
