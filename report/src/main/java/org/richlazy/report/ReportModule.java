package org.richlazy.report;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import org.richlazy.train.task.TaskCatalog;

/**
 * The report stage's bindings: its sections, one binding each, in the order {@code report.html} (navigation bar and
 * body) and the Markdown summary show them (docs/extending.md#a-report-section). The order is the order of the
 * bindings below: Guice's set of a {@link Multibinder} iterates in binding order. The rules verdicts are held to
 * take the tasks' chance accuracies from the {@link TaskCatalog} of the train stage's module, which the composition
 * root installs beside this one (docs/architecture.md#the-composition-root).
 */
public final class ReportModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<Section> sections = Multibinder.newSetBinder(binder(), Section.class);
        sections.addBinding().to(RegimeSection.class);
        sections.addBinding().to(SummarySection.class);
        sections.addBinding().to(ActivitySection.class);
        sections.addBinding().to(HeaderSection.class);
        sections.addBinding().to(InitsSection.class);
        sections.addBinding().to(VerdictSection.class);
        sections.addBinding().to(DynamicsSection.class);
        sections.addBinding().to(MatchedPerformanceSection.class);
        sections.addBinding().to(ConstraintSection.class);
        sections.addBinding().to(LadderSection.class);
        sections.addBinding().to(RankTrendSection.class);
        sections.addBinding().to(ConnectivitySection.class);
        sections.addBinding().to(LearningSection.class);
        sections.addBinding().to(FinalValuesSection.class);
        sections.addBinding().to(HeldOutTable.class);
        sections.addBinding().to(ChangeSection.class);
        sections.addBinding().to(CostSection.class);
        sections.addBinding().to(DivergedSection.class);
        sections.addBinding().to(EveryRunSection.class);
        sections.addBinding().to(MethodsSection.class);
    }

    /** The documented verdict rules, against the chance accuracies of the bound tasks. */
    @Provides
    VerdictRules verdictRules(TaskCatalog tasks) {
        return VerdictRules.defaults(tasks);
    }
}
