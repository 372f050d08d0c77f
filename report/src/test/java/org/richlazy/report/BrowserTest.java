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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens rendered reports in headless Chromium (when {@code /usr/bin/chromium} exists): no console
 * message, no network request made by the page (counted in Chromium's NetLog: requests whose network
 * isolation key is the {@code file://} page), the main sections and figures in the DOM, and screenshots
 * saved to {@code target/browser/} for a person to look at. A deliberately bad page checks that the
 * console and request checks do catch what they look for. The page's layout is checked as a reader meets it: the
 * summary is the first section after the title, every figure has both axis labels and its numbers as CSV, the
 * screenshot is not blank, at 400 px nothing is wider than the window, in a dark colour scheme the page is dark,
 * and it prints to PDF.
 */
@Tag("browser")
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void reportsOpenWithoutErrorsOrRequests(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: browser check skipped");
        Path out = Files.createDirectories(Path.of("target", "browser").toAbsolutePath());
        Path page = Fixtures.REPORT.write(out, Fixtures.withActivity(Fixtures.smallExperiment(),
                r -> r.init().equals("celltype") && r.task().equals("2af"), r -> false));
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
        assertThat(dom.stdout()).contains("id=\"header\"", "id=\"undefined\"", "id=\"verdict\"", "id=\"connectivity\"",
                "id=\"learning\"", "id=\"left-out\"", "class=\"heatmap\"", "<svg class=\"plot\"");
        assertThat(countOf(dom.stdout(), "<svg class=\"plot\""))
                .isEqualTo(countOf(Files.readString(page), "<svg class=\"plot\""));

        String html = dom.stdout();
        String afterTitle = html.substring(html.indexOf("</header>"));
        assertThat(afterTitle.substring(afterTitle.indexOf("<section"))).startsWith("<section id=\"summary\">");
        List<String> plots = svgs(html);
        assertThat(plots).hasSizeGreaterThan(10);
        for (String svg : plots) {
            List<String> labels = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"alabel\"[^>]*>([^<]+)</text>").matcher(svg);
            while (m.find()) {
                labels.add(m.group(1));
            }
            assertThat(labels).as("axis labels of %s", svg.substring(0, Math.min(160, svg.length()))).hasSize(2)
                    .allMatch(l -> !l.isBlank());
        }
        assertThat(countOf(html, "<a class=\"csv\" download=")).isEqualTo(plots.size() + 1);
        assertThat(nonBackgroundShare(screenshot)).isGreaterThan(0.05);

        // headless Chromium's window is at least 500 px wide, so the page is opened in a 400 px frame and reports
        // its own width to the frame's parent
        Path narrow = work.resolve("narrow.html");
        Files.writeString(narrow, Files.readString(page).replace("</body>", "<script>parent.postMessage("
                + "document.documentElement.clientWidth + '/' + document.documentElement.scrollWidth, '*')</script></body>"));
        Path frame = work.resolve("frame.html");
        Files.writeString(frame, "<!DOCTYPE html><html><body><script>addEventListener('message', e => "
                + "document.body.setAttribute('data-width', e.data))</script><iframe src=\"narrow.html\" width=\"400\" "
                + "height=\"1500\"></iframe></body></html>");
        Result small = chromium(work.resolve("n"), "--virtual-time-budget=5000", "--dump-dom", frame.toUri().toString());
        java.util.regex.Matcher width = java.util.regex.Pattern.compile("data-width=\"(\\d+)/(\\d+)\"")
                .matcher(small.stdout());
        assertThat(width.find()).as("the framed page reported its width").isTrue();
        assertThat(Integer.parseInt(width.group(1))).as("window width in the frame").isLessThanOrEqualTo(400);
        assertThat(Integer.parseInt(width.group(2))).as("page width in a 400 px frame")
                .isLessThanOrEqualTo(Integer.parseInt(width.group(1)));

        Path dark = out.resolve("report-dark.png");
        Files.deleteIfExists(dark);
        chromium(work.resolve("d"), "--force-dark-mode", "--screenshot=" + dark, "--window-size=1280,1200",
                page.toUri().toString());
        assertThat(brightness(dark, 5, 5)).as("dark page background").isLessThan(60);
        assertThat(brightness(screenshot, 5, 5)).as("light page background").isGreaterThan(200);

        Path pdf = out.resolve("report.pdf");
        Files.deleteIfExists(pdf);
        chromium(work.resolve("p"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Files.size(pdf)).isGreaterThan(50_000);

        Path large = Files.createDirectories(out.resolve("large"));
        Path largePage = Fixtures.REPORT.write(large, Fixtures.largeExperiment());
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

    /** Every {@code <svg class="plot">} element of the page, whole. */
    private static List<String> svgs(String html) {
        List<String> found = new ArrayList<>();
        for (int i = html.indexOf("<svg class=\"plot\""); i >= 0; i = html.indexOf("<svg class=\"plot\"", i + 1)) {
            // a plot holds one nested <svg> for its clipped marks: its end is the second </svg>
            int inner = html.indexOf("</svg>", i);
            found.add(html.substring(i, html.indexOf("</svg>", inner + 1) + 6));
        }
        return found;
    }

    /** The share of a screenshot's pixels that differ from its most common colour. */
    private static double nonBackgroundShare(Path png) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        return 1 - (double) most / (image.getWidth() * image.getHeight());
    }

    /** Mean of the red, green and blue values of one pixel, 0 to 255. */
    private static int brightness(Path png, int x, int y) throws IOException {
        int rgb = javax.imageio.ImageIO.read(png.toFile()).getRGB(x, y);
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
