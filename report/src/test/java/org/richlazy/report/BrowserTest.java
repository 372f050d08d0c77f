package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a rendered report in headless Chromium (when {@code /usr/bin/chromium} exists): no console
 * error, the main sections and figures in the DOM, and a screenshot saved to
 * {@code target/browser/report.png} for a person to look at.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void opensInHeadlessChromiumWithoutErrors(@TempDir Path profile) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: browser check skipped");
        Path out = Path.of("target", "browser").toAbsolutePath();
        Files.createDirectories(out);
        Path page = Report.write(out, Fixtures.smallExperiment());
        Path screenshot = out.resolve("report.png");
        Files.deleteIfExists(screenshot);

        Result shot = chromium(profile.resolve("a"), "--screenshot=" + screenshot, "--window-size=1280,4000",
                page.toUri().toString());
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        assertThat(consoleErrors(shot.stderr())).isEmpty();

        Result dom = chromium(profile.resolve("b"), "--dump-dom", page.toUri().toString());
        assertThat(consoleErrors(dom.stderr())).isEmpty();
        assertThat(dom.stdout()).contains("id=\"header\"", "id=\"verdict\"", "id=\"connectivity\"",
                "id=\"learning\"", "id=\"diverged\"", "class=\"heatmap\"", "<svg class=\"plot\"");
        assertThat(countOf(dom.stdout(), "<svg class=\"plot\""))
                .isEqualTo(countOf(Files.readString(page), "<svg class=\"plot\""));

        Path large = Files.createDirectories(out.resolve("large"));
        Path largePage = Report.write(large, Fixtures.largeExperiment());
        Path largeShot = large.resolve("report.png");
        Files.deleteIfExists(largeShot);
        Result big = chromium(profile.resolve("c"), "--screenshot=" + largeShot, "--window-size=1280,4000",
                largePage.toUri().toString());
        assertThat(largeShot).exists();
        assertThat(consoleErrors(big.stderr())).isEmpty();
    }

    private record Result(String stdout, String stderr) {
    }

    private static Result chromium(Path profile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(profile.resolveSibling(profile.getFileName() + ".out")
                .toFile()).redirectError(profile.resolveSibling(profile.getFileName() + ".err").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s: " + command);
        }
        return new Result(read(profile, ".out"), read(profile, ".err"));
    }

    private static String read(Path profile, String suffix) throws IOException {
        return Files.readString(profile.resolveSibling(profile.getFileName() + suffix), StandardCharsets.UTF_8);
    }

    /** Console messages at error level and page errors in Chromium's log. */
    private static List<String> consoleErrors(String stderr) {
        return stderr.lines().filter(l -> l.contains("CONSOLE") && (l.contains("ERROR") || l.contains("Uncaught"))
                || l.contains("Refused to") || l.contains("net::ERR")).toList();
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
