package org.richlazy.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code richlazy} launcher script, run from a copy of the checkout that has its jars (empty files, so
 * nothing is built) and with {@code JAVA_HOME} naming a stand-in {@code java}, a shell script that writes
 * what the JVM would: it drops exactly the JVM's incubator-module warning from standard error and keeps
 * every other line, the standard output and the exit status.
 */
class LauncherTest {
    private static final String WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

    @TempDir
    Path root;

    private Path java;

    @BeforeEach
    void checkout() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "no bash: the launcher is a bash script");
        Files.copy(Path.of("../richlazy"), root.resolve("richlazy"), StandardCopyOption.COPY_ATTRIBUTES);
        for (String jar : new String[] {"pipeline/target/richlazy.jar", "ingest-formats/target/richlazy-formats.jar"}) {
            Files.createDirectories(root.resolve(jar).getParent());
            Files.createFile(root.resolve(jar));
        }
        java = Files.createDirectories(root.resolve("jdk/bin")).resolve("java");
    }

    private void javaDoes(String script) throws IOException {
        Files.writeString(java, "#!/bin/sh\n" + script);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Process start(Path out, Path err) throws IOException {
        ProcessBuilder launcher = new ProcessBuilder("bash", root.resolve("richlazy").toString(), "inspect", "x")
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        launcher.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        return launcher.start();
    }

    @Test
    void dropsOnlyTheIncubatorWarningAndKeepsEverythingElse() throws Exception {
        javaDoes("echo '" + WARNING + "' >&2\n"
                + "echo 'richlazy inspect: error: x: no such file or folder' >&2\n"
                + "echo \"arguments: $*\"\n"
                + "echo '" + WARNING + ", jdk.incubator.foreign' >&2\n"
                + "echo '  " + WARNING + "' >&2\n"
                + "printf 'last line without a newline' >&2\n"
                + "exit 3\n");
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process p = start(out, err);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(3);
        assertThat(Files.readString(err)).isEqualTo("richlazy inspect: error: x: no such file or folder\n"
                + WARNING + ", jdk.incubator.foreign\n  " + WARNING + "\nlast line without a newline\n"); // grep ends it
        assertThat(Files.readString(out)).startsWith("arguments: --add-modules jdk.incubator.vector ")
                .endsWith(" org.richlazy.pipeline.cli.Main inspect x\n");
    }

    @Test
    void aTermToTheLauncherReachesJava() throws Exception {
        Path ended = root.resolve("ended");
        javaDoes("trap 'echo term > " + ended + "; exit 143' TERM\n"
                + "echo started\n"
                + "while :; do sleep 0.1; done\n");
        Path out = root.resolve("out.txt");
        Process p = start(out, root.resolve("err.txt"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(out).contains("started") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(ended).hasContent("term");
    }
}
