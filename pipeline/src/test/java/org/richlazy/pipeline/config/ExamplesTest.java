package org.richlazy.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.Readers;
import org.richlazy.pipeline.TestRoot;

/**
 * Every config shipped in {@code examples/} parses with its every key known and valid, and every file it
 * names is in the repository, so that it runs from a fresh clone (from the repository root: paths are
 * relative to the working directory). Source files are not read here; {@code aligned-low-rank.yaml}'s
 * source exists only after {@code aligned-pretrain.yaml} has run, which {@code cli.AlignedExamplesTest}
 * does at a small size.
 */
class ExamplesTest {
    /** Surefire runs in the module folder; the examples are at the repository root. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path EXAMPLES = ROOT.resolve("examples");
    private static final Path DATA = EXAMPLES.resolve("data");
    /** Where the data an example tells the user to download go (ignored by git, not shipped). */
    private static final String DOWNLOADED = "data/";
    /** The most a shipped data file may weigh. */
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    private final ConfigLoader loader = TestRoot.get(ConfigLoader.class);

    private static List<Path> examples() throws IOException {
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static boolean isTheory(Path example) {
        return example.getFileName().toString().startsWith("theory-");
    }

    @Test
    void everyShippedExampleIsAValidConfig() throws IOException {
        List<Path> files = examples();
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            if (isTheory(file)) {
                TheoryConfig theory = loader.readTheory(file, Map.of());
                assertThat(theory.out()).as(file.toString()).startsWith("results/");
                continue;
            }
            ExperimentConfig config = loader.read(file);
            assertThat(config.out()).as(file.toString()).startsWith("results/");
            assertThat(config.training().schedule().iterations()).as(file.toString()).isEqualTo(10_000);
        }
    }

    /**
     * The source file and every file its options name are in the repository, except a source that another
     * example writes (under that example's {@code out}) and a release too large to ship, which the example's
     * comments tell how to download into {@code data/}; an MNIST folder is installed by the command its example
     * names.
     */
    @Test
    void everyFileAnExampleNamesIsInTheRepository() throws IOException {
        List<String> outs = new ArrayList<>();
        List<Path> configs = examples().stream().filter(p -> !isTheory(p)).toList();
        for (Path file : configs) {
            outs.add(loader.read(file).out());
        }
        for (Path file : configs) {
            ExperimentConfig config = loader.read(file);
            for (String named : namedFiles(config.source())) {
                Path path = ROOT.resolve(named).normalize();
                assertThat(path.startsWith(ROOT)).as("%s names %s, outside the repository", file, named).isTrue();
                if (named.startsWith(DOWNLOADED)) {
                    assertThat(Files.readString(file)).as("%s names %s: its comments say how to download it", file,
                            named).contains("download").contains(named);
                } else if (outs.stream().noneMatch(out -> named.startsWith(out + "/"))) {
                    assertThat(path).as("%s names %s", file, named).exists();
                }
            }
            if (config.training().mnistPath() != null) {
                assertThat(Files.readString(file)).as(file.toString()).contains("./richlazy data mnist");
            }
        }
    }

    private static List<String> namedFiles(SourceSpec source) {
        List<String> named = new ArrayList<>();
        if (source.path() != null) {
            named.add(source.path());
            source.options().withFiles(TestRoot.get(Readers.class), f -> {
                named.add(f);
                return f;
            });
        }
        return named;
    }

    /** The files README.md names under examples/data exist, and no example or README points outside the clone. */
    @Test
    void theReadmeNamesShippedFilesOnly() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher shipped = Pattern.compile("examples/data/[^\\s`)]+").matcher(readme);
        int count = 0;
        while (shipped.find()) {
            assertThat(ROOT.resolve(shipped.group())).as("README.md names %s", shipped.group()).exists();
            count++;
        }
        assertThat(count).isPositive();
        assertThat(readme).doesNotContain("path: ../");
        for (Path file : examples()) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("../shared");
        }
    }

    /** Every shipped data file is at most 2 MB, and every folder of them says where it comes from. */
    @Test
    void shippedDataIsSmallAndSourced() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(DATA)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).isNotEmpty();
        for (Path folder : folders) {
            assertThat(folder.resolve("SOURCE.md")).as(folder.toString()).isRegularFile();
            assertThat(Files.readString(folder.resolve("SOURCE.md"))).as(folder.toString())
                    .contains("repository: https://github.com/", "commit: ", "licence: ");
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.size(f)).as(f.toString()).isLessThanOrEqualTo(MAX_BYTES);
                }
            }
        }
    }
}
