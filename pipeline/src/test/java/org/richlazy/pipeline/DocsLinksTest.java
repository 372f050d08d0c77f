package org.richlazy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation of a section of {@code docs/} from the code, the configs and the docs finds that section, and
 * nothing cites a document the repository does not hold.
 */
class DocsLinksTest {
    /** Surefire runs in the module folder; the docs are at the repository root. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** {@code docs/<file>.md#<anchor>} in code, configs and Markdown. */
    private static final Pattern DOCS_ANCHOR = Pattern.compile("docs/([\\w-]+\\.md)#([\\w-]+)");
    /** {@code docs/<file>.md, "Heading"} or {@code docs/<file>.md, section "Heading"}, quotes escaped or not. */
    private static final Pattern DOCS_SECTION = Pattern.compile("docs/([\\w-]+\\.md),? (?:section )?\\\\?\"([^\"\\\\]{1,120})\\\\?\"");
    /** A Markdown link with an anchor, {@code ](<path>.md#<anchor>)}, resolved against the linking file. */
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([\\w./-]*\\.md)#([\\w-]+)\\)");
    /** Documents that are not in the repository. */
    private static final Pattern ABSENT = Pattern.compile("SPEC\\.md|SPEC (§|\\\\u00a7|&sect;)|DESIGN\\.md|DESIGN \"");

    @Test
    void everyCitedSectionExists() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : sources()) {
            String text = read(file);
            Matcher m = DOCS_ANCHOR.matcher(text);
            while (m.find()) {
                checked++;
                check(file, m.group(), ROOT.resolve("docs").resolve(m.group(1)), m.group(2), broken);
            }
            Matcher s = DOCS_SECTION.matcher(text);
            while (s.find()) {
                checked++;
                Path page = ROOT.resolve("docs").resolve(s.group(1));
                String title = s.group(2).replaceAll("\\s*\n\\s*(\\*|//)?\\s*", " ").toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(page) || headings(page).stream().map(DocsLinksTest::title)
                        .noneMatch(h -> h.startsWith(title))) {
                    broken.add(ROOT.relativize(file) + ": " + s.group());
                }
            }
            if (file.toString().endsWith(".md")) {
                Matcher l = MD_LINK.matcher(text);
                while (l.find()) {
                    checked++;
                    check(file, l.group(), file.getParent().resolve(l.group(1)).normalize(), l.group(2), broken);
                }
            }
        }
        assertThat(broken).as("citations of docs/ sections that do not exist").isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void nothingCitesADocumentOutsideTheRepository() {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (ABSENT.matcher(lines[i]).find() && !file.endsWith("DocsLinksTest.java")) {
                    found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(found).as("citations of SPEC or DESIGN, which are not in the repository").isEmpty();
    }

    /** The anchor test on GitHub's rules: the page exists and one of its headings gives the anchor. */
    private static void check(Path from, String citation, Path page, String anchor, List<String> broken) {
        if (!Files.isRegularFile(page) || headings(page).stream().map(DocsLinksTest::anchor).noneMatch(anchor::equals)) {
            broken.add(ROOT.relativize(from) + ": " + citation);
        }
    }

    /** Every *.java, *.yaml and *.md file of the repository, build output and hidden folders left out. */
    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        Path rel = ROOT.relativize(p);
                        for (Path part : rel) {
                            String name = part.toString();
                            if (name.equals("target") || name.startsWith(".") || name.equals("node_modules")) {
                                return false;
                            }
                        }
                        String name = p.getFileName().toString();
                        return name.endsWith(".java") || name.endsWith(".yaml") || name.endsWith(".md");
                    })
                    .filter(p -> !ROOT.relativize(p).startsWith("shared"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headings(Path page) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : read(page).split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.matches("#{1,6} .*")) {
                out.add(line.replaceFirst("^#+ ", "").strip());
            }
        }
        return out;
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** A heading as a quoted citation names it: lower case, without its number or code quotes. */
    private static String title(String heading) {
        return heading.replaceFirst("^[\\d.]+ ", "").replace("`", "").toLowerCase(Locale.ROOT);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
