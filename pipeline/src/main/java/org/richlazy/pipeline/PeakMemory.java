package org.richlazy.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The peak resident set size of this process: the kernel's high-water mark {@code VmHWM} in
 * {@code /proc/self/status} (Linux, proc(5)), the figure {@code /usr/bin/time -v} reports as "Maximum
 * resident set size". Empty where that file does not exist (macOS, Windows) or has no such line.
 */
public final class PeakMemory {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final String FIELD = "VmHWM:";

    private PeakMemory() {
    }

    /** This process's peak resident memory in kB, if the system reports it. */
    public static OptionalLong residentKilobytes() {
        if (!Files.isReadable(STATUS)) {
            return OptionalLong.empty();
        }
        try {
            return parse(Files.readAllLines(STATUS));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code VmHWM} value of a {@code /proc/<pid>/status} text, in kB (the unit the kernel writes). */
    static OptionalLong parse(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith(FIELD)) {
                String[] parts = line.substring(FIELD.length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB") && parts[0].chars().allMatch(Character::isDigit)) {
                    return OptionalLong.of(Long.parseLong(parts[0]));
                }
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}
