package org.richlazy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a Python script with the machine's Python, for cross-checks against the libraries users read our files with. */
final class PythonScript {
    private PythonScript() {
    }

    /** {@code python3} on the PATH, or Debian's {@code /usr/bin/python3}, if either imports every one of {@code modules}. */
    static String pythonWith(String... modules) {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                if (exitCode(List.of(python, "-c", "import " + String.join(", ", modules))) == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not installed: the next
            }
        }
        return null;
    }

    /** The standard output lines of {@code script} run by {@code python} with {@code args}; fails the test if it fails. */
    static List<String> run(String python, Path dir, String script, String... args) throws IOException {
        Path file = Files.writeString(dir.resolve("check.py"), script, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(python, file.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(waitFor(p)).as(String.join("\n", out)).isZero();
        return out;
    }

    private static int exitCode(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return waitFor(p);
    }

    private static int waitFor(Process p) {
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
