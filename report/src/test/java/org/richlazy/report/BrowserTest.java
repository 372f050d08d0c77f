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
 * screenshot is not blank, at 400 px nothing is wider than the window (in the small and the large report), in a
 * dark colour scheme the page is dark, and it prints to PDF. The launches are independent and run side by side.
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
        Path dark = out.resolve("report-dark.png");
        Path pdf = out.resolve("report.pdf");
        Path large = Files.createDirectories(out.resolve("large"));
        Path largeShot = large.resolve("report.png");
        for (Path file : List.of(screenshot, dark, pdf, largeShot)) {
            Files.deleteIfExists(file);
        }

        // the launches are independent and run side by side, the large report rendered while the first ones run;
        // one launch screenshots, dumps and prints the page
        Launch pageLaunch = chromium(work.resolve("a"), "--screenshot=" + screenshot, "--window-size=1280,4000",
                "--dump-dom", "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        Launch darkLaunch = chromium(work.resolve("d"), "--force-dark-mode", "--screenshot=" + dark,
                "--window-size=1280,1200", page.toUri().toString());
        Path largePage = Fixtures.REPORT.write(large, Fixtures.largeExperiment());
        Launch frameLaunch = chromium(work.resolve("n"), "--virtual-time-budget=5000", "--dump-dom",
                narrowFrame(work, List.of(page, largePage)).toUri().toString());
        Launch largeLaunch = chromium(work.resolve("c"), "--screenshot=" + largeShot, "--window-size=1280,4000",
                largePage.toUri().toString());

        Result shot = pageLaunch.result();
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        assertThat(shot.consoleMessages()).isEmpty();
        assertThat(shot.pageRequests()).isEmpty();

        assertThat(shot.stdout()).contains("id=\"header\"", "id=\"undefined\"", "id=\"verdict\"", "id=\"connectivity\"",
                "id=\"learning\"", "id=\"left-out\"", "class=\"heatmap\"", "<svg class=\"plot\"");
        assertThat(countOf(shot.stdout(), "<svg class=\"plot\""))
                .isEqualTo(countOf(Files.readString(page), "<svg class=\"plot\""));

        String html = shot.stdout();
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

        Result small = frameLaunch.result();
        for (String framed : List.of("narrow-0.html", "narrow-1.html")) {
            java.util.regex.Matcher width = java.util.regex.Pattern.compile("<p class=\"width\">" + framed
                    + " (\\d+)/(\\d+)</p>").matcher(small.stdout());
            assertThat(width.find()).as("%s reported its width", framed).isTrue();
            assertThat(Integer.parseInt(width.group(1))).as("window width in the frame").isLessThanOrEqualTo(400);
            assertThat(Integer.parseInt(width.group(2))).as("page width in a 400 px frame")
                    .isLessThanOrEqualTo(Integer.parseInt(width.group(1)));
        }

        darkLaunch.result();
        assertThat(brightness(dark, 5, 5)).as("dark page background").isLessThan(60);
        assertThat(brightness(screenshot, 5, 5)).as("light page background").isGreaterThan(200);

        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Files.size(pdf)).isGreaterThan(50_000);

        Result big = largeLaunch.result();
        assertThat(largeShot).exists();
        assertThat(big.consoleMessages()).isEmpty();
        assertThat(big.pageRequests()).isEmpty();
    }

    /**
     * A page that holds each of {@code pages} in a 400 px frame ({@code narrow-<i>.html}) and lists the widths they
     * report: headless Chromium's window is at least 500 px wide, so each page is opened in a frame and posts its
     * file name, window width and page width to the frame's parent, which adds them as a {@code <p class="width">}.
     */
    private static Path narrowFrame(Path work, List<Path> pages) throws IOException {
        StringBuilder frame = new StringBuilder("<!DOCTYPE html><html><body><script>addEventListener('message', e =>"
                + " document.body.append(Object.assign(document.createElement('p'), {className: 'width', textContent:"
                + " e.data})))</script>");
        for (int i = 0; i < pages.size(); i++) {
            String name = "narrow-" + i + ".html";
            Files.writeString(work.resolve(name), Files.readString(pages.get(i)).replace("</body>", "<script>"
                    + "parent.postMessage('" + name + " ' + document.documentElement.clientWidth + '/'"
                    + " + document.documentElement.scrollWidth, '*')</script></body>"));
            frame.append("<iframe src=\"").append(name).append("\" width=\"400\" height=\"1500\"></iframe>");
        }
        return Files.writeString(work.resolve("frame.html"), frame.append("</body></html>").toString());
    }

    @Test
    void checksCatchConsoleErrorsAndRequests(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: browser check skipped");
        Path bad = work.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><script>console.error('boom');</script>"
                + "<img src=\"http://example.invalid/x.png\"></body></html>");
        Result r = chromium(work.resolve("p"), "--dump-dom", bad.toUri().toString()).result();
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

    /** A Chromium process started on a page, writing its output beside its profile. */
    private record Launch(Process process, List<String> command, Path stdout, Path stderr, Path netLog) {
        /** What the process printed and logged, once it has finished. */
        Result result() throws IOException, InterruptedException {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish within 90 s: " + command);
            }
            return new Result(Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8), netLog);
        }
    }

    /** Starts headless Chromium with its own profile, NetLog and console logging, and the given arguments. */
    private static Launch chromium(Path profile, String... args) throws IOException {
        Path netLog = profile.resolveSibling(profile.getFileName() + ".netlog.json");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--log-net-log=" + netLog));
        command.addAll(List.of(args));
        Path stdout = profile.resolveSibling(profile.getFileName() + ".out");
        Path stderr = profile.resolveSibling(profile.getFileName() + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        return new Launch(p, command, stdout, stderr, netLog);
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
