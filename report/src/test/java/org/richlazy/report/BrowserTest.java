package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Opens rendered reports in headless Chromium (when {@code /usr/bin/chromium} exists): no console
 * message, no network request made by the page (counted in Chromium's NetLog: requests whose network
 * isolation key is the {@code file://} page), the main sections and figures in the DOM, and screenshots
 * saved to {@code target/browser/} for a person to look at. A deliberately bad page checks that the
 * console and request checks do catch what they look for.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void reportsOpenWithoutErrorsOrRequests(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: browser check skipped");
        Path out = Files.createDirectories(Path.of("target", "browser").toAbsolutePath());
        Path page = Report.write(out, Fixtures.smallExperiment());
        Path screenshot = out.resolve("report.png");
        Files.deleteIfExists(screenshot);

        Result shot = chromium(work.resolve("a"), "--screenshot=" + screenshot, "--window-size=1280,4000",
                page.toUri().toString());
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        assertThat(shot.consoleMessages()).isEmpty();
        assertThat(shot.pageRequests()).isEmpty();

        Result dom = chromium(work.resolve("b"), "--dump-dom", page.toUri().toString());
        assertThat(dom.consoleMessages()).isEmpty();
        assertThat(dom.stdout()).contains("id=\"header\"", "id=\"verdict\"", "id=\"connectivity\"",
                "id=\"learning\"", "id=\"diverged\"", "class=\"heatmap\"", "<svg class=\"plot\"");
        assertThat(countOf(dom.stdout(), "<svg class=\"plot\""))
                .isEqualTo(countOf(Files.readString(page), "<svg class=\"plot\""));

        Path large = Files.createDirectories(out.resolve("large"));
        Path largePage = Report.write(large, Fixtures.largeExperiment());
        Path largeShot = large.resolve("report.png");
        Files.deleteIfExists(largeShot);
        Result big = chromium(work.resolve("c"), "--screenshot=" + largeShot, "--window-size=1280,4000",
                largePage.toUri().toString());
        assertThat(largeShot).exists();
        assertThat(big.consoleMessages()).isEmpty();
        assertThat(big.pageRequests()).isEmpty();
    }

    @Test
    void checksCatchConsoleErrorsAndRequests(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: browser check skipped");
        Path bad = work.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><script>console.error('boom');</script>"
                + "<img src=\"http://example.invalid/x.png\"></body></html>");
        Result r = chromium(work.resolve("p"), "--dump-dom", bad.toUri().toString());
        assertThat(r.consoleMessages()).anyMatch(l -> l.contains("boom"));
        assertThat(r.pageRequests()).containsExactly("http://example.invalid/x.png");
    }

    private record Result(String stdout, String stderr, Path netLog) {
        /** Every console line the page produced (the report has no script, so any is unexpected). */
        List<String> consoleMessages() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }

        /** URLs of the requests the page itself started (Chromium's own background traffic excluded). */
        List<String> pageRequests() throws IOException {
            JsonNode log = new ObjectMapper().readTree(netLog.toFile());
            int start = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
            List<String> urls = new ArrayList<>();
            for (JsonNode event : log.path("events")) {
                JsonNode params = event.path("params");
                if (event.path("type").asInt() == start
                        && params.path("network_isolation_key").asText().startsWith("file://")) {
                    urls.add(params.path("url").asText());
                }
            }
            return urls;
        }
    }

    private static Result chromium(Path profile, String... args) throws IOException, InterruptedException {
        Path netLog = profile.resolveSibling(profile.getFileName() + ".netlog.json");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--log-net-log=" + netLog));
        command.addAll(List.of(args));
        Path stdout = profile.resolveSibling(profile.getFileName() + ".out");
        Path stderr = profile.resolveSibling(profile.getFileName() + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s: " + command);
        }
        return new Result(Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8), netLog);
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
