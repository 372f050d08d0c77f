package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.theory.TheoryRun;
import org.richlazy.train.theory.TheorySpec;

class TheoryReportTest {

    /** One run of the rank sweep with the given kernel alignment. */
    private static TheoryRun run(String init, int rank, int teacher, double ka) {
        return new TheoryRun(init, rank, 1, 1, teacher, rank, ka, ka, ka, ka, ka, ka, 0.1, 0.1, 1, 1, 0.01, 1, 100,
                true, 0);
    }

    @Test
    void kernelAlignmentWhiskersAreCutToTheUnitIntervalAndTheCaptionSaysSo() {
        TheorySpec spec = new TheorySpec("rank", 10, 10, null, List.of(1, 10), null, null, 1, 3, null, null, null,
                null);
        List<TheoryRun> runs = new ArrayList<>();
        // rank 10: KA 0.90, 0.99, 1.00 over three teachers, a t-interval of the mean reaching past 1
        double[] high = {0.90, 0.99, 1.00};
        for (int t = 0; t < 3; t++) {
            runs.add(run("random", 1, t, 0.5 + 0.01 * t));
            runs.add(run("random", 10, t, high[t]));
        }
        String html = TheoryReport.render("theory", "x", "0.1.0", spec, runs);
        assertThat(html).contains("Whiskers cut to [0, 1], the values KA can take.");
        List<TheoryRun> narrow = runs.stream().map(r -> run("random", r.rank(), r.teacher(), 0.5 + 0.01 * r.teacher()))
                .toList();
        assertThat(TheoryReport.render("theory", "x", "0.1.0", spec, narrow)).doesNotContain("Whiskers cut");
    }
}
