package org.richlazy.pipeline;

import java.nio.file.Path;

/**
 * A process that holds the {@link FolderLock} of the folder its argument names until its standard input closes,
 * as a running sweep does: it prints {@code locked} once it holds it.
 */
public final class HoldLock {
    private HoldLock() {
    }

    public static void main(String[] args) throws Exception {
        try (FolderLock lock = FolderLock.take(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close standard input
            }
        }
    }
}
