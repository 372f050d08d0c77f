package org.richlazy.train.task;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;

/**
 * The train stage's bindings: the tasks by the name {@code training.tasks} gives them, one binding each
 * (docs/extending.md#a-task), read through the {@link TaskCatalog}.
 */
public final class TaskModule extends AbstractModule {
    @Override
    protected void configure() {
        MapBinder<String, TaskDefinition> tasks = MapBinder.newMapBinder(binder(), String.class, TaskDefinition.class);
        tasks.addBinding("2af").toInstance(TaskDefinition.generated(PerceptualDecisionMaking::new));
        tasks.addBinding("dms").toInstance(TaskDefinition.generated(DelayMatchSample::new));
        tasks.addBinding("cxt").toInstance(TaskDefinition.generated(ContextDecisionMaking::new));
        tasks.addBinding("smnist").toInstance(SequentialMnist.DEFINITION);
    }
}
