package org.richlazy.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.Readers;
import org.richlazy.pipeline.TestRoot;
import org.richlazy.train.task.TaskCatalog;

/**
 * {@code docs/config.md} describes every config key and is what {@link ConfigReference} renders; with
 * {@code -Drichlazy.config-reference=write} this test writes it first.
 */
class ConfigReferenceTest {
    /** Surefire runs in the module folder; the docs are at the repository root. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String REGENERATE = "./mvnw -o -q -B -pl pipeline -am test -Dtest=ConfigReferenceTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Drichlazy.config-reference=write";

    @Test
    void everyKeyIsDescribedAndEveryDescriptionIsAKey() {
        List<String> undescribed = new ArrayList<>(ConfigReference.keys(TestRoot.get(Readers.class)));
        undescribed.removeAll(ConfigReference.described());
        List<String> stale = new ArrayList<>(ConfigReference.described());
        stale.removeAll(ConfigReference.keys(TestRoot.get(Readers.class)));
        assertThat(undescribed).as("config keys without a description in ConfigReference").isEmpty();
        assertThat(stale).as("descriptions in ConfigReference of keys no config has").isEmpty();
    }

    @Test
    void docsConfigMdIsTheRenderedReference() throws IOException {
        Path file = ROOT.resolve(ConfigReference.FILE);
        String rendered = ConfigReference.markdown(TestRoot.get(TaskCatalog.class), TestRoot.get(Readers.class));
        if ("write".equals(System.getProperty("richlazy.config-reference"))) {
            Files.writeString(file, rendered);
        }
        String written = Files.exists(file) ? Files.readString(file) : "";
        assertThat(written).as("%s is out of date; regenerate it from the repository root: %s", ConfigReference.FILE,
                REGENERATE).isEqualTo(rendered);
    }

    /** Types and defaults come from the records, words from the checks' lists, the rest from the descriptions. */
    @Test
    void rowsGiveTypeDefaultWordsAndLink() {
        String md = ConfigReference.markdown(TestRoot.get(TaskCatalog.class), TestRoot.get(Readers.class));
        assertThat(md).contains("| `training.learning-rate` | number | `0.003` |  | The learning rate (paper 0.003)."
                        + " ([science.md](science.md#model-transform---train)) |\n",
                "| `transform.baselines` | list of text | `[gaussian, rank-matched]` | `gaussian`, `truncated-rank`, ",
                "| `transform.selection` | text | `top-degree` when the file holds more than `neurons` neurons, else `all`"
                        + " | `all`, `first`, `random`, `top-degree`, `quotas` |",
                "| `theory.tolerance` | number | `1.0e-8` |", "| `training.divergence-loss` | number | `10000` |",
                "| `workers` | whole number | the machine's core count |",
                "\n### `training.stop-at`\n", "\n## Theory config\n");
    }

    /** Every link of the reference names a page that exists and one of its headings. */
    @Test
    void everyLinkFindsItsSection() throws IOException {
        String md = ConfigReference.markdown(TestRoot.get(TaskCatalog.class), TestRoot.get(Readers.class));
        Matcher link = Pattern.compile("\\]\\(([^)#]+)#([^)]+)\\)").matcher(md);
        int count = 0;
        while (link.find()) {
            Path page = ROOT.resolve("docs").resolve(link.group(1)).normalize();
            assertThat(page).as(link.group()).isRegularFile();
            List<String> anchors = Files.readAllLines(page).stream().filter(l -> l.matches("#{1,6} .*"))
                    .map(ConfigReferenceTest::anchor).toList();
            assertThat(anchors).as(link.group()).contains(link.group(2));
            count++;
        }
        assertThat(count).isGreaterThan(50);
    }

    /** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
    private static String anchor(String heading) {
        return heading.replaceFirst("^#+ ", "").strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    @Test
    void theReadmeLinksTheReference() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("](docs/config.md)");
    }
}
